import type { Offer } from '@estate/domain';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The signings are appointments: their day and time in the device's zone, as the calendar shows them. */
const SIGNING_FORMAT: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** An offer's amount, buyers, conditions, validity and, once answered, its dates or refusal reason. */
export function OfferSummary({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const loan = offer.conditions.loan;
  return (
    <Stack gap={2}>
      <Text fw={700} data-testid="offer-amount-text">
        {offer.round > 1 ? t('offers.tab.counter', { round: offer.round - 1 }) : t('offers.tab.offer')} ·{' '}
        {offer.amount.toLocaleString()}
      </Text>
      <Text size="sm">{offer.buyers.map((buyer) => buyer.name).join(', ')}</Text>
      <Text size="sm" c="dimmed">
        {loan
          ? t('offers.tab.loan', {
              amount: loan.amount.toLocaleString(),
              rate: loan.ratePercent,
              months: loan.durationMonths,
            })
          : t('offers.tab.noLoan')}
        {' · '}
        {t('offers.tab.validUntil', { date: offer.validUntil.toLocaleDateString(undefined, { timeZone: 'UTC' }) })}
      </Text>
      {offer.conditions.other.length > 0 ? (
        <Text size="sm" c="dimmed">
          {offer.conditions.other.join(' · ')}
        </Text>
      ) : null}
      {offer.status === 'accepted' && offer.preliminaryContractDate && offer.deedDate ? (
        <Text size="sm" data-testid="offer-dates">
          {t('offers.tab.dates', {
            preliminary: offer.preliminaryContractDate.toLocaleString(undefined, SIGNING_FORMAT),
            deed: offer.deedDate.toLocaleString(undefined, SIGNING_FORMAT),
          })}
        </Text>
      ) : null}
      {offer.answer?.kind === 'refuse' && offer.answer.reason ? (
        <Text size="sm">{t('offers.tab.refusedBecause', { reason: offer.answer.reason })}</Text>
      ) : null}
    </Stack>
  );
}
