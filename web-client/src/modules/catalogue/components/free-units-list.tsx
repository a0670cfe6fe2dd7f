import type { CatalogueFilters } from '@estate/domain';
import { Button, Skeleton, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { freeUnitsQuery } from '../queries/catalogue.queries';
import { LoadFailed } from './load-failed';
import { UnitSummary } from './unit-summary';

/** A programme's free units, cheapest first, a page at a time. */
export function FreeUnitsList({ projectId, filters }: { projectId: string; filters: CatalogueFilters }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const pages = useInfiniteQuery(freeUnitsQuery(tenantId, projectId, filters));

  if (pages.isPending) {
    return (
      <Stack gap="sm" aria-busy="true">
        <Skeleton height={68} radius="lg" />
        <Skeleton height={68} radius="lg" />
        <Skeleton height={68} radius="lg" />
      </Stack>
    );
  }
  if (pages.isError) return <LoadFailed onRetry={() => void pages.refetch()} />;
  const units = pages.data.pages.flatMap((page) => page.units);
  if (units.length === 0) return <Text c="dimmed">{t('catalogue.noFreeUnits')}</Text>;
  return (
    <Stack gap="sm">
      {units.map((unit) => (
        <UnitSummary key={unit.id} unit={unit} />
      ))}
      {pages.hasNextPage ? (
        <Button
          variant="light"
          loading={pages.isFetchingNextPage}
          onClick={() => void pages.fetchNextPage()}
          data-testid="catalogue-more"
        >
          {t('catalogue.more')}
        </Button>
      ) : null}
    </Stack>
  );
}
