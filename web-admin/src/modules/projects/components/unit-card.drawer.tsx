import { unitPricePerSquareMetre, type Unit, type UnitHistoryEntry, type UnitLayout } from '@estate/domain';
import { Alert, Badge, Button, Drawer, Group, SimpleGrid, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitBookingPanel } from '../../bookings';
import { UnitFinancingPanel } from '../../financing';
import { UnitPriceBreakdown } from '../../promotions';
import { UnitReservationsPanel } from '../../reservations';
import { useMoney } from '../../tenancy';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { formatDateTime } from '../../../ui/format-date';
import { unitHistoryOptions } from '../queries/projects.queries';
import { UnitLayoutPanel } from './unit-layout.panel';
import { STATUS_COLOURS } from './unit-status';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={500} data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

function HistoryLine({ entry }: { entry: UnitHistoryEntry }) {
  const { t } = useTranslation();
  const money = useMoney();
  const what =
    entry.kind === 'created'
      ? t('projects.history.created', { price: money(entry.priceAfter ?? 0) })
      : entry.kind === 'price'
        ? t('projects.history.price', { before: money(entry.priceBefore ?? 0), after: money(entry.priceAfter ?? 0) })
        : t('projects.history.status', {
            before: t(`projects.statuses.${entry.statusBefore ?? 'free'}`),
            after: t(`projects.statuses.${entry.statusAfter ?? 'free'}`),
          });
  return (
    <Timeline.Item title={what} data-testid="unit-history-entry" data-kind={entry.kind}>
      <Text size="xs" c="dimmed">
        {t('projects.history.by', {
          who: entry.authorName,
          when: formatDateTime(entry.at),
          source: t(`projects.history.sources.${entry.source}`),
        })}
      </Text>
    </Timeline.Item>
  );
}

/**
 * The unit card: every field, the price per m², the status and who holds the unit until when, its
 * layout, and its history of prices and statuses (newest first).
 */
export function UnitCardDrawer({
  unit,
  editor,
  onClose,
  onEdit,
  onLayoutChanged,
}: {
  unit: Unit | null;
  editor: boolean;
  onClose: () => void;
  onEdit: (unit: Unit) => void;
  /** The layout changed on the card: the building's list takes it. */
  onLayoutChanged: (unitId: string, layout: UnitLayout | null) => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const money = useMoney();
  const history = useQuery({ ...unitHistoryOptions(tenant.tenantId, unit?.id ?? ''), enabled: unit !== null });
  const area = (value: number | null) => (value === null ? '—' : t('projects.unit.areaValue', { area: value }));

  return (
    <Drawer
      opened={unit !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={unit ? <Title order={4}>{t('projects.unit.cardTitle', { number: unit.number })}</Title> : null}
    >
      {unit ? (
        <Stack gap="md" data-testid="unit-card">
          <Group justify="space-between">
            <Badge color={STATUS_COLOURS[unit.status].badge} size="lg" data-testid="unit-card-status">
              {t(`projects.statuses.${unit.status}`)}
            </Badge>
            {editor ? (
              <Button size="xs" variant="default" onClick={() => onEdit(unit)} data-testid="unit-edit">
                {t('projects.unit.edit')}
              </Button>
            ) : null}
          </Group>
          {unit.hold ? (
            <Alert color="yellow" title={t('projects.unit.holdTitle')} data-testid="unit-hold">
              {t('projects.unit.hold', {
                who: unit.hold.contactName,
                until: formatDateTime(unit.hold.until),
                kind: t(`projects.holdKinds.${unit.hold.kind}`),
              })}
            </Alert>
          ) : null}
          <SimpleGrid cols={2} spacing="sm">
            <Field label={t('projects.unit.price')} testId="unit-card-price">
              {money(unit.price)}
            </Field>
            <Field label={t('projects.unit.pricePerMetre')} testId="unit-card-price-per-metre">
              {money(unitPricePerSquareMetre(unit))}
            </Field>
            <Field label={t('projects.unit.kind')}>{t(`projects.kinds.${unit.kind}`)}</Field>
            <Field label={t('projects.unit.rooms')}>{unit.rooms === 0 ? t('projects.unit.studio') : unit.rooms}</Field>
            <Field label={t('projects.unit.area')}>{area(unit.area)}</Field>
            <Field label={t('projects.unit.livingArea')}>{area(unit.livingArea)}</Field>
            <Field label={t('projects.unit.kitchenArea')}>{area(unit.kitchenArea)}</Field>
            <Field label={t('projects.unit.finish')}>{t(`projects.finishes.${unit.finish}`)}</Field>
            <Field label={t('projects.unit.section')}>{unit.section}</Field>
            <Field label={t('projects.unit.floor')}>{unit.floor}</Field>
            <Field label={t('projects.unit.position')}>{unit.position}</Field>
            <Field label={t('projects.unit.priceFixed')}>
              {unit.priceFixed ? t('projects.unit.priceFixedYes') : t('projects.unit.priceFixedNo')}
            </Field>
          </SimpleGrid>
          <UnitLayoutPanel key={unit.id} unit={unit} editor={editor} onChanged={onLayoutChanged} />
          <Suspense fallback={<Skeleton h={120} />}>
            <UnitReservationsPanel unit={unit} />
          </Suspense>
          <Suspense fallback={<Skeleton h={120} />}>
            <UnitPriceBreakdown unit={unit} />
          </Suspense>
          <Suspense fallback={<Skeleton h={120} />}>
            <UnitBookingPanel unit={unit} />
          </Suspense>
          <Suspense fallback={<Skeleton h={120} />}>
            <UnitFinancingPanel unit={unit} />
          </Suspense>
          <div>
            <Group gap="xs" mb="xs">
              <IconHistory size={16} />
              <Text fw={600}>{t('projects.history.title')}</Text>
            </Group>
            {history.isError ? (
              <Alert color="red">{describeError(t, history.error)}</Alert>
            ) : history.isPending ? (
              <Skeleton height={60} />
            ) : history.data.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('projects.history.empty')}
              </Text>
            ) : (
              <Timeline bulletSize={12} lineWidth={2} data-testid="unit-history">
                {history.data.map((entry) => (
                  <HistoryLine key={entry.id} entry={entry} />
                ))}
              </Timeline>
            )}
          </div>
        </Stack>
      ) : null}
    </Drawer>
  );
}
