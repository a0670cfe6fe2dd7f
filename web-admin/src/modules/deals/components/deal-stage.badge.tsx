import type { Deal } from '@estate/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS = { accepted: 'blue', preliminary: 'grape', deed: 'green', cancelled: 'gray' } as const;

/** A deal's stage, with "fees collected" once they are. */
export function DealStageBadge({ deal }: { deal: Pick<Deal, 'stage' | 'collectedAt' | 'dealType'> }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[deal.stage]} variant="light" data-testid="deal-stage">
      {t(`deals.stages.${deal.stage}`, { context: deal.dealType })}
      {deal.collectedAt ? ` · ${t('deals.collected')}` : ''}
    </Badge>
  );
}
