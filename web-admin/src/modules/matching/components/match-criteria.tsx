import type { CriterionResult } from '@estate/domain/matching';
import { Badge, Group } from '@mantine/core';
import { IconCheck, IconAlertTriangle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** Why a criterion is missed, in a sentence: `450 000 €, 5 % over the budget of 430 000 €`. */
function missedText(t: TFunction, result: CriterionResult, money: (amount: number) => string): string {
  const { reason, expected, actual } = result;
  const number = (value: number | null) => (value === null ? '—' : String(value));
  switch (reason) {
    case 'over-budget':
      return t('matching.reasons.over-budget', {
        actual: money(actual ?? 0),
        expected: money(expected ?? 0),
        percent: expected ? Math.ceil((((actual ?? 0) - expected) / expected) * 100) : 0,
      });
    case 'under-budget':
      return t('matching.reasons.under-budget', { actual: money(actual ?? 0), expected: money(expected ?? 0) });
    case 'smaller':
      return t('matching.reasons.smaller', { actual: number(actual), expected: number(expected) });
    case 'fewer-rooms':
      return t('matching.reasons.fewer-rooms', { actual: number(actual), expected: number(expected) });
    case 'unknown':
      return result.criterion === 'surface'
        ? t('matching.reasons.unknown-surface', { expected: number(expected) })
        : t('matching.reasons.unknown-rooms', { expected: number(expected) });
    case 'other-kind':
    case 'other-deal':
    case 'other-place':
      return t(`matching.reasons.${reason}`);
    default:
      return t('matching.met');
  }
}

/** Each criterion as a badge: met in green, the one a near miss misses in orange with why. */
export function MatchCriteria({
  criteria,
  money,
}: {
  criteria: readonly CriterionResult[];
  money: (amount: number) => string;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      {criteria.map((result) =>
        result.outcome === 'match' ? (
          <Badge
            key={result.criterion}
            color="teal"
            variant="light"
            size="sm"
            leftSection={<IconCheck size={12} aria-hidden />}
          >
            {t(`matching.criteria.${result.criterion}`)}
          </Badge>
        ) : (
          <Badge
            key={result.criterion}
            color="orange"
            variant="light"
            size="sm"
            tt="none"
            leftSection={<IconAlertTriangle size={12} aria-hidden />}
            data-testid="match-missed"
          >
            {`${t(`matching.criteria.${result.criterion}`)} : ${missedText(t, result, money)}`}
          </Badge>
        ),
      )}
    </Group>
  );
}
