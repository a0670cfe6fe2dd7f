import { summariseComparables, suggestedRange, type ComparableSale } from '@estate/domain';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../../tenancy';

/** What the comparables say per square metre, and the range they suggest for the property's surface. */
export function ComparablesSummary({
  comparables,
  surface,
  onUseRange,
}: {
  comparables: readonly ComparableSale[];
  surface: number | null;
  onUseRange?: (range: { low: number; high: number }) => void;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const summary = summariseComparables(comparables);
  if (!summary) return null;
  const range = suggestedRange(summary, surface);
  return (
    <Stack gap={2} data-testid="comparables-summary">
      <Text size="sm" fw={600}>
        {t('estimations.comparables.median', { value: money(summary.median) })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('estimations.comparables.quartiles', {
          low: money(summary.lowerQuartile),
          high: money(summary.upperQuartile),
        })}
      </Text>
      {range && surface && (
        <Group gap="xs">
          <Text size="xs">
            {t('estimations.comparables.suggested', { surface, low: money(range.low), high: money(range.high) })}
          </Text>
          {onUseRange && (
            <Button size="compact-xs" variant="light" onClick={() => onUseRange(range)}>
              {t('estimations.comparables.useSuggested')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
