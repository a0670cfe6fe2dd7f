import { Anchor, Badge, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { useDebounced } from '../hooks/use-debounced';
import { buildingsQuery, buildingUnitsQuery, projectQuery } from '../queries/catalogue.queries';
import { boundsInverted, filtersFromParams, withFilters } from '../utils/filter-params';
import { CatalogueChessboard } from './catalogue-chessboard';
import { FreeUnitsList } from './free-units-list';
import { LoadFailed } from './load-failed';
import { UnitFilters } from './unit-filters';

/** Typing a bound waits this long before the list asks again. */
const FILTER_DEBOUNCE_MS = 400;

function BuildingBoard({
  buildingId,
  building,
  filters,
}: {
  buildingId: string;
  building: Parameters<typeof CatalogueChessboard>[0]['building'];
  filters: ReturnType<typeof filtersFromParams>;
}) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const units = useQuery(buildingUnitsQuery(tenantId, buildingId));
  if (units.isPending) return <Skeleton height={320} radius="md" aria-busy="true" />;
  if (units.isError) return <LoadFailed onRetry={() => void units.refetch()} />;
  if (units.data.length === 0) return <Text c="dimmed">{t('catalogue.noUnits')}</Text>;
  return <CatalogueChessboard building={building} units={units.data} filters={filters} />;
}

/** `/catalogue/projects/:projectId`: a programme's free units as a list, or its buildings' chessboards. */
export function ProjectPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { projectId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const project = useQuery(projectQuery(tenantId, projectId));
  const buildings = useQuery(buildingsQuery(tenantId, projectId));
  const search = params.toString();
  // One object per address, so the debounce below settles instead of restarting at each render.
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(search)), [search]);
  const debounced = useDebounced(filters, FILTER_DEBOUNCE_MS);
  const view = params.get('view') === 'chessboard' ? 'chessboard' : 'list';
  const buildingId = params.get('building') ?? buildings.data?.[0]?.id ?? null;
  const building = buildings.data?.find((candidate) => candidate.id === buildingId) ?? null;

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    setParams(next, { replace: true });
  };

  if (project.isPending) return <Skeleton height={120} radius="lg" aria-busy="true" />;
  if (project.isError) return <LoadFailed onRetry={() => void project.refetch()} />;
  if (!project.data) return <Text c="dimmed">{t('catalogue.noProjects')}</Text>;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/catalogue" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={16} />
          {t('catalogue.back')}
        </Group>
      </Anchor>
      <div>
        <Group gap="xs">
          <Title order={2}>{project.data.name}</Title>
          <Badge variant="light">{t(`catalogue.stages.${project.data.stage}`)}</Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {project.data.address}, {project.data.city}
        </Text>
        {project.data.description ? <Text size="sm">{project.data.description}</Text> : null}
      </div>
      <SegmentedControl
        value={view}
        onChange={(value) => setParam('view', value)}
        data={[
          { value: 'list', label: t('catalogue.view.list') },
          { value: 'chessboard', label: t('catalogue.view.chessboard') },
        ]}
        data-testid="catalogue-view"
      />
      <UnitFilters filters={filters} onChange={(next) => setParams(withFilters(params, next), { replace: true })} />
      {view === 'list' ? (
        <>
          <Title order={3} size="h4">
            {t('catalogue.freeUnits')}
          </Title>
          {boundsInverted(debounced) ? null : <FreeUnitsList projectId={projectId} filters={debounced} />}
        </>
      ) : buildings.isPending ? (
        <Skeleton height={320} radius="md" aria-busy="true" />
      ) : buildings.isError ? (
        <LoadFailed onRetry={() => void buildings.refetch()} />
      ) : !building ? (
        <Text c="dimmed">{t('catalogue.noUnits')}</Text>
      ) : (
        <>
          {buildings.data.length > 1 ? (
            <SegmentedControl
              value={building.id}
              onChange={(value) => setParam('building', value)}
              data={buildings.data.map((one) => ({ value: one.id, label: one.name }))}
              aria-label={t('catalogue.building')}
              data-testid="catalogue-building"
            />
          ) : (
            <Text fw={600}>{building.name}</Text>
          )}
          <BuildingBoard key={building.id} buildingId={building.id} building={building} filters={filters} />
        </>
      )}
    </Stack>
  );
}
