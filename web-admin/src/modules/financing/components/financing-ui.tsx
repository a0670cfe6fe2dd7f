import { type BankStatus, type CallableContract } from '@estate/domain';
import { Badge } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { refusalOf } from '../../../lib/firebase/callables';
import { describeError } from '../../../ui/auth-error';
import { financingRefusalText } from '../forms/application.form';
import { financingKeys } from '../queries/financing.queries';

const STATUS_COLOURS: Record<BankStatus, string> = {
  draft: 'gray',
  sent: 'blue',
  underReview: 'yellow',
  approved: 'teal',
  declined: 'red',
};

/** A bank line's or an application's status; an approval with conditions says so. */
export function BankStatusBadge({ status, conditional = false }: { status: BankStatus; conditional?: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" data-testid="financing-status" data-status={status}>
      {conditional ? t('financing.statuses.approvedWithConditions') : t(`financing.statuses.${status}`)}
    </Badge>
  );
}

/** A day as the user's calendar shows it, or a dash. */
export function formatDay(date: Date | null): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' }).format(date);
}

/** The sentence for a failed call: the refusal explained, or the generic error. */
export function useFinancingErrorText() {
  const { t } = useTranslation();
  return (contract: CallableContract, error: unknown): string => {
    const refused = refusalOf(contract, error);
    return (refused && financingRefusalText(t, refused)) ?? describeError(t, error);
  };
}

/** Every change to an application changes the lists, its page, the panels and the report. */
export function useInvalidateFinancing(tenantId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: financingKeys.all(tenantId) }),
      queryClient.invalidateQueries({ queryKey: financingKeys.report(tenantId) }),
    ]);
}

/** Banks offered as the user types a name, before the tenant's own: the country's usual lenders. */
const USUAL_BANKS: Record<string, readonly string[]> = {
  FR: [
    'BNP Paribas',
    "Caisse d'Épargne",
    'CIC',
    'Crédit Agricole',
    'Crédit Mutuel',
    'La Banque Postale',
    'LCL',
    'Banque Populaire',
    'Société Générale',
  ],
  RU: ['Сбербанк', 'ВТБ', 'Газпромбанк', 'Альфа-Банк', 'Россельхозбанк', 'Банк ДОМ.РФ', 'Совкомбанк'],
};

export function usualBanks(country: string | undefined, known: readonly string[]): string[] {
  return [...new Set([...known, ...(USUAL_BANKS[country ?? ''] ?? [])])].sort((a, b) => a.localeCompare(b));
}
