import { cancelReservationContract, type Reservation, type ReservationStatus } from '@estate/domain';
import { refusalOf } from '@estate/web-shared/callables';
import { Alert, Badge, Button, Card, Group, Modal, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconClockHour4 } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { call } from '../../../lib/firebase/callables';
import { useTenant } from '../../../tenant/tenant.context';
import { PageLoader } from '../../../ui/page-loader';
import { useSession } from '../../auth';
import { useNow } from '../hooks/use-now';
import { catalogueKeys, myReservationsQuery } from '../queries/catalogue.queries';
import { refusalText } from '../utils/refusal-text';
import { formatTimeLeft } from '../utils/time-left';
import { LoadFailed } from './load-failed';

const STATUS_COLOURS: Record<ReservationStatus, string> = {
  active: 'green',
  queued: 'blue',
  released: 'gray',
  expired: 'gray',
  cancelled: 'gray',
  converted: 'indigo',
};

/** The live countdown of an active reservation; its own component so only it renders every second. */
function TimeLeft({ until }: { until: Date }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const left = until.getTime() - now.getTime();
  return (
    <Group gap={6} wrap="nowrap">
      <IconClockHour4 size={18} />
      <Text fw={700} data-testid="reservation-time-left" aria-live="off">
        {left > 0
          ? t('catalogue.reservations.timeLeft', { time: formatTimeLeft(left, i18n.language) })
          : t('catalogue.reservations.ending')}
      </Text>
    </Group>
  );
}

function ReservationCard({ reservation, onCancel }: { reservation: Reservation; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const open = reservation.status === 'active' || reservation.status === 'queued';
  return (
    <Card withBorder radius="lg" p="md" data-testid="reservation-card" data-status={reservation.status}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} size="sm">
            {t('catalogue.reservations.unit', {
              project: reservation.projectName,
              building: reservation.buildingName,
              number: reservation.unitNumber,
            })}
          </Text>
          <Badge color={STATUS_COLOURS[reservation.status]} variant="light" data-testid="reservation-status">
            {t(`catalogue.reservations.statuses.${reservation.status}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t(`catalogue.reservations.kinds.${reservation.kind}`)}
        </Text>
        {reservation.status === 'active' && reservation.until ? (
          <>
            <TimeLeft until={reservation.until} />
            <Text size="sm" c="dimmed">
              {t('catalogue.reservations.until', {
                date: reservation.until.toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
              })}
            </Text>
          </>
        ) : null}
        {reservation.status === 'queued' && reservation.queuePosition !== null ? (
          <Text size="sm">{t('catalogue.reservations.queued', { position: reservation.queuePosition })}</Text>
        ) : null}
        {open ? (
          <Button
            variant="subtle"
            color="red"
            size="compact-sm"
            onClick={onCancel}
            style={{ alignSelf: 'flex-start' }}
            data-testid="reservation-cancel"
          >
            {t('catalogue.reservations.cancel')}
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}

function MyReservations({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  const reservations = useQuery(myReservationsQuery(tenantId, contactId));
  const [cancelling, setCancelling] = useState<Reservation | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const cancel = useMutation({
    mutationFn: (reservation: Reservation) => call(cancelReservationContract, { reservationId: reservation.id }),
    onSuccess: async () => {
      setCancelling(null);
      notifications.show({ message: t('catalogue.reservations.cancelled') });
      await queryClient.invalidateQueries({ queryKey: catalogueKeys.reservations(tenantId, contactId) });
      await queryClient.invalidateQueries({ queryKey: catalogueKeys.all(tenantId) });
    },
    onError: (error) => {
      setCancelling(null);
      const refused = refusalOf(cancelReservationContract, error);
      setFailure(refused ? refusalText(t, refused) : t('catalogue.reservations.cancelFailed'));
    },
  });

  return (
    <Stack gap="md">
      <Title order={2}>{t('catalogue.reservations.title')}</Title>
      {failure ? (
        <Alert
          color="red"
          icon={<IconAlertCircle size={18} />}
          role="alert"
          withCloseButton
          onClose={() => setFailure(null)}
        >
          {failure}
        </Alert>
      ) : null}
      {reservations.isPending ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={110} radius="lg" />
          <Skeleton height={110} radius="lg" />
        </Stack>
      ) : reservations.isError ? (
        <LoadFailed onRetry={() => void reservations.refetch()} />
      ) : reservations.data.length === 0 ? (
        <Stack gap="xs" align="flex-start">
          <Text c="dimmed">{t('catalogue.reservations.empty')}</Text>
          <Button component={Link} to="/catalogue" variant="light">
            {t('catalogue.reservations.browse')}
          </Button>
        </Stack>
      ) : (
        reservations.data.map((reservation) => (
          <ReservationCard
            key={reservation.id}
            reservation={reservation}
            onCancel={() => {
              setFailure(null);
              setCancelling(reservation);
            }}
          />
        ))
      )}
      <Modal
        opened={cancelling !== null}
        onClose={() => setCancelling(null)}
        title={t('catalogue.reservations.cancelTitle')}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('catalogue.reservations.cancelBody', { number: cancelling?.unitNumber ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setCancelling(null)} disabled={cancel.isPending}>
              {t('catalogue.reservations.keep')}
            </Button>
            <Button
              color="red"
              loading={cancel.isPending}
              onClick={() => cancelling && cancel.mutate(cancelling)}
              data-testid="reservation-cancel-confirm"
            >
              {t('catalogue.reservations.cancelConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** `/catalogue/reservations`: the signed-in client's reservations with the time left; visitors sign in first. */
export function ReservationsPage() {
  const { session } = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <PageLoader />;
  if (session.status === 'signedOut') return <Navigate to="/signin" replace state={{ from: location.pathname }} />;
  return <MyReservations contactId={session.contactId} />;
}
