import { isInventoryEditor, unitRecords, type Unit, type UnitLayout } from '@estate/domain';
import { Alert, Anchor, Button, Card, Group, Menu, Progress, Skeleton, Stack, Text } from '@mantine/core';
import { IconBuilding, IconDownload, IconPercentage, IconPlus, IconUpload } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale } from '../../../i18n/i18n';
import { useActiveSession } from '../../session';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { notifyError } from '../../../ui/notify';
import { PageHeader } from '../../../ui/page-header';
import { fetchBuildingUnits } from '../data/projects.repository';
import { buildingOptions, projectKeys, projectOptions } from '../queries/projects.queries';
import { hasFilters, matchesFilters, NO_FILTERS, statusCounts, type UnitFilters } from '../utils/chessboard';
import { download, unitsCsvBlob, unitsXlsxBlob } from '../utils/unit-spreadsheet';
import { BulkPriceModal } from './bulk-price.modal';
import { Chessboard } from './chessboard';
import { ImportUnitsModal } from './import-units.modal';
import { UnitCardDrawer } from './unit-card.drawer';
import { UnitFiltersBar } from './unit-filters';
import { UnitFormModal, type UnitEditing } from './unit-form.modal';

/** `/projects/:projectId/buildings/:buildingId`: the building's chessboard, its filters, import and export. */
export function BuildingPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const { projectId = '', buildingId = '' } = useParams();
  const { claims } = useActiveSession();
  const editor = isInventoryEditor(claims.role);
  const project = useQuery(projectOptions(tenant.tenantId, projectId));
  const building = useQuery(buildingOptions(tenant.tenantId, buildingId));
  const [loadedCount, setLoadedCount] = useState(0);
  const unitsKey = [...projectKeys.units(tenant.tenantId), 'building', buildingId] as const;
  const units = useQuery({
    queryKey: unitsKey,
    queryFn: () => fetchBuildingUnits(tenant.tenantId, buildingId, (loaded) => setLoadedCount(loaded.length)),
  });
  const [filters, setFilters] = useState<UnitFilters>(NO_FILTERS);
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<UnitEditing | null>(null);
  const [importing, setImporting] = useState(false);
  const [repricing, setRepricing] = useState(false);
  const [exporting, setExporting] = useState(false);

  const list = useMemo(() => units.data ?? [], [units.data]);
  const matches = useCallback((unit: Unit) => matchesFilters(unit, filters), [filters]);
  const filtered = useMemo(() => list.filter(matches), [list, matches]);
  const counts = useMemo(() => statusCounts(list), [list]);
  const open = list.find((unit) => unit.id === openId) ?? null;
  const onOpen = useCallback((unit: Unit) => setOpenId(unit.id), []);
  const onEmpty = useCallback(
    (place: { section: string; floor: number; position: number }) => setEditing({ unit: null, place }),
    [],
  );
  // The card saw one unit's layout change: that unit is updated in place, the building is not read again
  // (the same list is kept when nothing changed, so the chessboard does not render again).
  const onLayoutChanged = useCallback(
    (unitId: string, layout: UnitLayout | null) =>
      queryClient.setQueryData<Unit[]>([...projectKeys.units(tenant.tenantId), 'building', buildingId], (units) =>
        units?.some((unit) => unit.id === unitId && unit.layout?.id !== layout?.id)
          ? units.map((unit) => (unit.id === unitId ? { ...unit, layout } : unit))
          : units,
      ),
    [queryClient, tenant.tenantId, buildingId],
  );
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: unitsKey });
    await queryClient.invalidateQueries({ queryKey: projectKeys.history(tenant.tenantId) });
  };

  if (building.isError) return <Alert color="red">{describeError(t, building.error)}</Alert>;
  if (building.isPending) return <Skeleton height={160} />;
  if (!building.data || building.data.projectId !== projectId) {
    return (
      <EmptyState
        icon={<IconBuilding size={28} />}
        title={t('projects.building.notFound')}
        description={t('projects.building.notFoundText')}
        action={
          <Button component={Link} to="/projects" variant="default">
            {t('projects.backToList')}
          </Button>
        }
      />
    );
  }
  const current = building.data;
  const exportAs = async (kind: 'xlsx' | 'csv') => {
    setExporting(true);
    try {
      const locale = currentLocale();
      const records = unitRecords(hasFilters(filters) ? filtered : list, locale);
      const base = `${current.name}-${new Date().toISOString().slice(0, 10)}`;
      download(
        kind === 'xlsx' ? await unitsXlsxBlob(current.name, records) : unitsCsvBlob(records, locale),
        `${base}.${kind}`,
      );
    } catch (caught) {
      notifyError(describeError(t, caught));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Anchor component={Link} to={`/projects/${projectId}`} size="sm">
        ← {project.data?.name ?? t('projects.title')}
      </Anchor>
      <PageHeader
        title={current.name}
        description={t('projects.chessboard.description', { count: list.length })}
        actions={
          <Group gap="sm">
            {editor ? (
              <>
                <Button
                  variant="default"
                  leftSection={<IconPlus size={16} />}
                  onClick={() => setEditing({ unit: null, place: null })}
                  data-testid="unit-new"
                >
                  {t('projects.unit.new')}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconUpload size={16} />}
                  onClick={() => setImporting(true)}
                  data-testid="units-import"
                >
                  {t('projects.import.button')}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconPercentage size={16} />}
                  onClick={() => setRepricing(true)}
                  disabled={filtered.length === 0}
                  data-testid="units-bulk-price"
                >
                  {t('projects.bulk.button', { count: filtered.length })}
                </Button>
              </>
            ) : null}
            <Menu>
              <Menu.Target>
                <Button
                  variant="default"
                  leftSection={<IconDownload size={16} />}
                  loading={exporting}
                  disabled={list.length === 0}
                  data-testid="units-export"
                >
                  {t('projects.export.button')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => void exportAs('xlsx')}>{t('projects.export.xlsx')}</Menu.Item>
                <Menu.Item onClick={() => void exportAs('csv')}>{t('projects.export.csv')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        }
      />
      <Card withBorder radius="lg" p="md" mb="md">
        <UnitFiltersBar filters={filters} counts={counts} onChange={setFilters} />
        {hasFilters(filters) ? (
          <Text size="sm" c="dimmed" mt="xs" data-testid="filters-count">
            {t('projects.filters.count', { count: filtered.length, total: list.length })}
          </Text>
        ) : null}
      </Card>
      <Card withBorder radius="lg" p="sm">
        {units.isError ? (
          <Alert color="red">{describeError(t, units.error)}</Alert>
        ) : units.isPending ? (
          <Stack gap="xs">
            <Text size="sm">{t('projects.chessboard.loading', { count: loadedCount })}</Text>
            <Progress value={100} animated />
          </Stack>
        ) : list.length === 0 && !editor ? (
          <EmptyState
            icon={<IconBuilding size={28} />}
            title={t('projects.chessboard.emptyTitle')}
            description={t('projects.chessboard.emptyReader')}
          />
        ) : (
          <>
            {list.length === 0 ? (
              <Text size="sm" c="dimmed" mb="sm">
                {t('projects.chessboard.emptyEditor')}
              </Text>
            ) : null}
            <Chessboard
              building={current}
              units={list}
              matches={matches}
              onOpen={onOpen}
              onEmpty={editor ? onEmpty : undefined}
            />
          </>
        )}
      </Card>
      <UnitCardDrawer
        unit={open}
        editor={editor}
        onClose={() => setOpenId(null)}
        onEdit={(unit) => setEditing({ unit })}
        onLayoutChanged={onLayoutChanged}
      />
      <UnitFormModal
        building={current}
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={() => void reload()}
      />
      <ImportUnitsModal
        building={current}
        opened={importing}
        onClose={() => setImporting(false)}
        onImported={() => void reload()}
      />
      <BulkPriceModal
        building={current}
        units={filtered}
        opened={repricing}
        onClose={() => setRepricing(false)}
        onChanged={() => void reload()}
      />
    </>
  );
}
