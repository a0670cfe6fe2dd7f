import {
  RESERVATION_KINDS,
  RESERVATION_STATUSES,
  unitModel,
  type ReservationKind,
  type ReservationStatus,
  type Unit,
} from '@estate/domain';
import { converterOf, readDoc } from '@estate/web-shared/firestore';
import { Alert, Anchor, Button, Card, Drawer, Group, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { doc, getDoc } from 'firebase/firestore';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '@estate/domain';
import { db } from '../../../lib/firebase/firebase-app';
import { modelKeys } from '../../../lib/query/model-keys';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { formatDateTime } from '../../../ui/format-date';
import { PageHeader } from '../../../ui/page-header';
import { formatTimeLeft } from '../forms/reservation-texts';
import { reservationsPageOptions } from '../queries/reservations.queries';
import { ReservationKindBadge, ReservationStatusBadge } from './reservation-badges';
import { UnitReservationsPanel } from './unit-reservations-panel';
import { useNow } from './use-now';

const unitConverter = converterOf(unitModel);

/** The unit a row names, read when its drawer opens (the inventory module owns units). */
function UnitDrawerContent({ tenantId, unitId }: { tenantId: string; unitId: string }) {
  const { t } = useTranslation();
  const unit = useQuery({
    queryKey: [...modelKeys.of(tenantId, unitModel), 'one', unitId] as const,
    queryFn: async (): Promise<Unit | null> =>
      readDoc(await getDoc(doc(db, paths.unit(tenantId, unitId)).withConverter(unitConverter))) ?? null,
  });
  if (unit.isPending) return <Skeleton height={120} />;
  if (unit.isError) return <Alert color="red">{describeError(t, unit.error)}</Alert>;
  if (!unit.data) return <Alert color="orange">{t('reservations.page.unitGone')}</Alert>;
  return <UnitReservationsPanel unit={unit.data} />;
}

/**
 * `/reservations`: the tenant's reservations of one status (active ones with the time left, soonest
 * end first; queued ones in joining order), filtered by kind, a page at a time. A row opens its unit's
 * panel: holder, queue, extend, cancel.
 */
export function ReservationsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const now = useNow();
  const [status, setStatus] = useState<ReservationStatus>('active');
  const [kind, setKind] = useState<ReservationKind | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const reservations = useInfiniteQuery(reservationsPageOptions(tenant.tenantId, { status, kind }));
  const rows = reservations.data?.pages.flatMap((page) => page.reservations) ?? [];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('reservations.page.title')}
        description={t('reservations.page.description')}
        actions={
          <Group gap="sm">
            <Select
              aria-label={t('reservations.page.statusFilter')}
              value={status}
              onChange={(value) => value && setStatus(value as ReservationStatus)}
              data={RESERVATION_STATUSES.map((value) => ({ value, label: t(`reservations.statuses.${value}`) }))}
              allowDeselect={false}
              w={180}
            />
            <Select
              aria-label={t('reservations.page.kindFilter')}
              value={kind ?? 'all'}
              onChange={(value) => setKind(!value || value === 'all' ? null : (value as ReservationKind))}
              data={[
                { value: 'all', label: t('reservations.page.allKinds') },
                ...RESERVATION_KINDS.map((value) => ({ value, label: t(`reservations.kinds.${value}`) })),
              ]}
              allowDeselect={false}
              w={180}
            />
          </Group>
        }
      />
      <Card withBorder radius="lg" p="lg">
        {reservations.isPending ? (
          <Stack gap="sm">
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} height={40} />
            ))}
          </Stack>
        ) : reservations.isError ? (
          <Alert color="red">{describeError(t, reservations.error)}</Alert>
        ) : rows.length === 0 ? (
          <EmptyState
            icon={<IconLock size={28} />}
            title={t('reservations.page.emptyTitle')}
            description={t('reservations.page.emptyText', { status: t(`reservations.statuses.${status}`) })}
          />
        ) : (
          <Stack gap="md">
            <Table.ScrollContainer minWidth={720}>
              <Table highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reservations.page.unit')}</Table.Th>
                    <Table.Th>{t('reservations.page.client')}</Table.Th>
                    <Table.Th>{t('reservations.page.kind')}</Table.Th>
                    <Table.Th>{t('reservations.page.status')}</Table.Th>
                    <Table.Th>
                      {status === 'queued' ? t('reservations.page.position') : t('reservations.page.until')}
                    </Table.Th>
                    <Table.Th>{t('reservations.page.createdBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((reservation) => (
                    <Table.Tr key={reservation.id} data-testid={`reservation-row-${reservation.id}`}>
                      <Table.Td>
                        <Anchor component="button" type="button" fw={600} onClick={() => setUnitId(reservation.unitId)}>
                          {t('reservations.page.unitNumber', { number: reservation.unitNumber })}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {[reservation.buildingName, reservation.projectName].filter(Boolean).join(' · ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>{reservation.contactName}</Table.Td>
                      <Table.Td>
                        <ReservationKindBadge kind={reservation.kind} />
                      </Table.Td>
                      <Table.Td>
                        <ReservationStatusBadge status={reservation.status} />
                      </Table.Td>
                      <Table.Td>
                        {reservation.status === 'queued' ? (
                          <Text size="sm">{reservation.queuePosition ?? '—'}</Text>
                        ) : (
                          <Stack gap={0}>
                            <Text size="sm">{formatDateTime(reservation.until)}</Text>
                            {reservation.status === 'active' && reservation.until && (
                              <Text size="xs" fw={600} c="teal">
                                {formatTimeLeft(t, reservation.until, now)}
                              </Text>
                            )}
                          </Stack>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{reservation.createdByName}</Text>
                        <Text size="xs" c="dimmed">
                          {formatDateTime(reservation.createdAt)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {reservations.hasNextPage && (
              <Group justify="center">
                <Button
                  variant="default"
                  loading={reservations.isFetchingNextPage}
                  onClick={() => void reservations.fetchNextPage()}
                >
                  {t('reservations.page.loadMore')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Card>
      <Drawer
        opened={unitId !== null}
        onClose={() => setUnitId(null)}
        position="right"
        size="lg"
        title={<Text fw={700}>{t('reservations.page.unitDrawer')}</Text>}
      >
        {unitId && <UnitDrawerContent tenantId={tenant.tenantId} unitId={unitId} />}
      </Drawer>
    </Stack>
  );
}
