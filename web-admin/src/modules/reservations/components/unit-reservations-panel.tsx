import {
  compareQueued,
  DURATION_UNITS,
  STAFF_RESERVATION_KINDS,
  unitModel,
  extendReservationContract,
  joinQueueContract,
  reserveUnitContract,
  cancelReservationContract,
  type CallableContract,
  type Contact,
  type DurationUnit,
  type Reservation,
  type Unit,
} from '@estate/domain';
import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  NumberInput,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconClockPlus, IconLock, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalOf } from '../../../lib/firebase/callables';
import { modelKeys } from '../../../lib/query/model-keys';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { formatDateTime } from '../../../ui/format-date';
import { notifySuccess } from '../../../ui/notify';
import { AskApprovalForm } from '../../approvals';
import { ContactPicker } from '../../properties';
import {
  cancelReservation,
  extendReservation,
  joinQueue,
  newRequestId,
  reserveUnit,
} from '../data/reservations.repository';
import { formatTimeLeft, refusalText } from '../forms/reservation-texts';
import { reservationKeys, unitReservationsOptions } from '../queries/reservations.queries';
import { ReservationKindBadge } from './reservation-badges';
import { useNow } from './use-now';

type StaffKind = (typeof STAFF_RESERVATION_KINDS)[number];

/** The sentence for a failed call: the refusal explained, or the generic error. */
function useErrorText() {
  const { t } = useTranslation();
  return (contract: CallableContract, error: unknown): string => {
    const refused = refusalOf(contract, error);
    return (refused && refusalText(t, refused, formatDateTime)) ?? describeError(t, error);
  };
}

/** Everything the panel changes also changes the unit: its card and lists read it again. */
function useInvalidate(tenantId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: reservationKeys.all(tenantId) }),
      queryClient.invalidateQueries({ queryKey: modelKeys.of(tenantId, unitModel) }),
    ]);
}

/** A contact picker and a confirm button: reserving for a client, or putting them in the queue. */
function ContactAction({
  label,
  pickerLabel,
  testId,
  exclude,
  extra,
  pending,
  onSubmit,
}: {
  label: string;
  pickerLabel: string;
  testId: string;
  exclude: readonly string[];
  extra?: ReactNode;
  pending: boolean;
  onSubmit: (contact: Contact) => void;
}) {
  const { t } = useTranslation();
  const [contact, setContact] = useState<Contact | null>(null);
  return (
    <Stack gap="xs">
      <Suspense fallback={<Loader size="sm" />}>
        <ContactPicker
          label={pickerLabel}
          keepName
          exclude={exclude}
          onPick={setContact}
          onType={() => setContact(null)}
        />
      </Suspense>
      {extra}
      <Group justify="flex-end">
        <Button data-testid={testId} disabled={!contact} loading={pending} onClick={() => contact && onSubmit(contact)}>
          {label}
        </Button>
      </Group>
      {!contact && (
        <Text size="xs" c="dimmed">
          {t('reservations.panel.pickFirst')}
        </Text>
      )}
    </Stack>
  );
}

function ExtendModal({
  reservation,
  onClose,
  onDone,
}: {
  reservation: Reservation | null;
  onClose: () => void;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [amount, setAmount] = useState<number>(1);
  const [unit, setUnit] = useState<DurationUnit>('days');
  const extend = useMutation({
    mutationFn: (reservationId: string) => extendReservation({ reservationId, by: { amount, unit } }),
    onSuccess: async () => {
      notifySuccess(t('reservations.panel.extended'));
      await onDone();
      onClose();
    },
  });
  const valid = Number.isInteger(amount) && amount >= 1;
  return (
    <Modal
      opened={reservation !== null}
      onClose={onClose}
      title={<Text fw={700}>{t('reservations.panel.extendTitle')}</Text>}
      centered
    >
      <Stack gap="md">
        <Text size="sm">
          {t('reservations.panel.extendText', {
            until: reservation?.until ? formatDateTime(reservation.until) : '—',
          })}
        </Text>
        <Group align="flex-end" grow>
          <NumberInput
            label={t('reservations.panel.extendBy')}
            min={1}
            allowDecimal={false}
            value={amount}
            onChange={(value) => setAmount(typeof value === 'number' ? value : 0)}
            error={valid ? undefined : t('reservations.settings.wholeNumber')}
            data-autofocus
          />
          <SegmentedControl
            aria-label={t('reservations.settings.unit')}
            value={unit}
            onChange={(value) => setUnit(value as DurationUnit)}
            data={DURATION_UNITS.map((value) => ({ value, label: t(`reservations.units.${value}`) }))}
          />
        </Group>
        {extend.isError && <Alert color="orange">{errorText(extendReservationContract, extend.error)}</Alert>}
        {reservation &&
          extend.isError &&
          refusalOf(extendReservationContract, extend.error)?.reason === 'extension-needs-approval' && (
            <Suspense fallback={<Skeleton h={120} />}>
              <AskApprovalForm
                action={{ kind: 'reservationExtension', reservationId: reservation.id, by: { amount, unit } }}
              />
            </Suspense>
          )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            data-testid="reservation-extend-confirm"
            disabled={!valid}
            loading={extend.isPending}
            onClick={() => reservation && extend.mutate(reservation.id)}
          >
            {t('reservations.panel.extend')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * A unit's reservations, for its card: who holds it and for how long (extend, cancel), its waiting
 * queue (join, leave), or the form to reserve it for a client when it is free. Every change goes
 * through the reservations functions, which write the unit's status and hold in the same transaction.
 */
export function UnitReservationsPanel({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const now = useNow();
  const errorText = useErrorText();
  const invalidate = useInvalidate(tenant.tenantId);
  const reservations = useQuery(unitReservationsOptions(tenant.tenantId, unit.id));
  const [kind, setKind] = useState<StaffKind>('offline');
  const [extending, setExtending] = useState<Reservation | null>(null);
  const [cancelling, setCancelling] = useState<Reservation | null>(null);

  const reserve = useMutation({
    mutationFn: (contact: Contact) =>
      reserveUnit({ requestId: newRequestId(), unitId: unit.id, contactId: contact.id, kind }),
    onSuccess: async () => {
      notifySuccess(t('reservations.panel.reserved'));
      await invalidate();
    },
  });
  const queue = useMutation({
    mutationFn: (contact: Contact) => joinQueue({ requestId: newRequestId(), unitId: unit.id, contactId: contact.id }),
    onSuccess: async () => {
      notifySuccess(t('reservations.panel.queued'));
      await invalidate();
    },
  });
  const cancel = useMutation({
    mutationFn: (reservationId: string) => cancelReservation(reservationId),
    onSuccess: async () => {
      notifySuccess(t('reservations.panel.cancelled'));
      setCancelling(null);
      await invalidate();
    },
  });

  const list = reservations.data ?? [];
  const active = list.find((reservation) => reservation.status === 'active') ?? null;
  const queued = list.filter((reservation) => reservation.status === 'queued').sort(compareQueued);
  const involved = list.map((reservation) => reservation.contactId);

  return (
    <Card withBorder radius="lg" p="lg" data-testid="unit-reservations-panel">
      <Stack gap="md">
        <Group gap="xs">
          <IconLock size={18} />
          <Title order={4}>{t('reservations.panel.title')}</Title>
        </Group>
        {reservations.isPending ? (
          <Stack gap="xs">
            <Skeleton height={24} />
            <Skeleton height={24} />
          </Stack>
        ) : reservations.isError ? (
          <Alert color="red">{describeError(t, reservations.error)}</Alert>
        ) : (
          <>
            {active ? (
              <Stack gap="xs" data-testid="reservation-holder">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2}>
                    <Text fw={600}>{active.contactName}</Text>
                    <Group gap="xs">
                      <ReservationKindBadge kind={active.kind} />
                      <Text size="sm" c="dimmed">
                        {t('reservations.panel.until', { until: formatDateTime(active.until) })}
                      </Text>
                    </Group>
                  </Stack>
                  <Text fw={700} data-testid="reservation-time-left">
                    {active.until ? formatTimeLeft(t, active.until, now) : '—'}
                  </Text>
                </Group>
                <Group gap="xs">
                  <Button
                    variant="light"
                    leftSection={<IconClockPlus size={16} />}
                    onClick={() => setExtending(active)}
                    data-testid="reservation-extend"
                  >
                    {t('reservations.panel.extend')}
                  </Button>
                  <Button
                    variant="subtle"
                    color="red"
                    leftSection={<IconX size={16} />}
                    onClick={() => setCancelling(active)}
                    data-testid="reservation-cancel"
                  >
                    {t('reservations.panel.cancel')}
                  </Button>
                </Group>
              </Stack>
            ) : unit.status === 'free' ? (
              <Stack gap="xs">
                <Text size="sm" c="dimmed">
                  {t('reservations.panel.free')}
                </Text>
                <ContactAction
                  label={t('reservations.panel.reserve')}
                  pickerLabel={t('reservations.panel.client')}
                  testId="reservation-reserve"
                  exclude={involved}
                  pending={reserve.isPending}
                  onSubmit={(contact) => reserve.mutate(contact)}
                  extra={
                    <SegmentedControl
                      aria-label={t('reservations.panel.kind')}
                      value={kind}
                      onChange={(value) => setKind(value as StaffKind)}
                      data={STAFF_RESERVATION_KINDS.map((value) => ({
                        value,
                        label: t(`reservations.kinds.${value}`),
                      }))}
                    />
                  }
                />
                {reserve.isError && <Alert color="orange">{errorText(reserveUnitContract, reserve.error)}</Alert>}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {t('reservations.panel.notAvailable', { status: t(`reservations.unitStatuses.${unit.status}`) })}
              </Text>
            )}

            {active && (
              <Stack gap="xs">
                <Text fw={600} size="sm">
                  {t('reservations.panel.queue', { count: queued.length })}
                </Text>
                {queued.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('reservations.panel.queueEmpty')}
                  </Text>
                ) : (
                  <Table verticalSpacing="xs" data-testid="reservation-queue">
                    <Table.Tbody>
                      {queued.map((reservation, index) => (
                        <Table.Tr key={reservation.id}>
                          <Table.Td w={40}>{index + 1}</Table.Td>
                          <Table.Td>{reservation.contactName}</Table.Td>
                          <Table.Td>
                            <Text size="xs" c="dimmed">
                              {t('reservations.panel.queuedAt', { at: formatDateTime(reservation.queuedAt) })}
                            </Text>
                          </Table.Td>
                          <Table.Td w={48}>
                            <Button
                              variant="subtle"
                              color="red"
                              size="compact-sm"
                              aria-label={t('reservations.panel.leaveQueue', { name: reservation.contactName })}
                              onClick={() => setCancelling(reservation)}
                            >
                              <IconX size={14} />
                            </Button>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
                {active.kind === 'offline' ? (
                  <>
                    <ContactAction
                      label={t('reservations.panel.joinQueue')}
                      pickerLabel={t('reservations.panel.queueClient')}
                      testId="reservation-join-queue"
                      exclude={involved}
                      pending={queue.isPending}
                      onSubmit={(contact) => queue.mutate(contact)}
                    />
                    {queue.isError && <Alert color="orange">{errorText(joinQueueContract, queue.error)}</Alert>}
                  </>
                ) : (
                  <Text size="xs" c="dimmed">
                    {t('reservations.panel.queueOfflineOnly')}
                  </Text>
                )}
              </Stack>
            )}
          </>
        )}
      </Stack>
      <ExtendModal reservation={extending} onClose={() => setExtending(null)} onDone={invalidate} />
      <ConfirmModal
        opened={cancelling !== null}
        title={t(cancelling?.status === 'queued' ? 'reservations.panel.leaveTitle' : 'reservations.panel.cancelTitle')}
        message={t(cancelling?.status === 'queued' ? 'reservations.panel.leaveText' : 'reservations.panel.cancelText', {
          name: cancelling?.contactName ?? '',
          count: queued.length,
        })}
        confirmLabel={t('reservations.panel.confirmCancel')}
        danger
        loading={cancel.isPending}
        onConfirm={() => cancelling && cancel.mutate(cancelling.id)}
        onClose={() => setCancelling(null)}
      >
        {cancel.isError && <Alert color="orange">{errorText(cancelReservationContract, cancel.error)}</Alert>}
      </ConfirmModal>
    </Card>
  );
}
