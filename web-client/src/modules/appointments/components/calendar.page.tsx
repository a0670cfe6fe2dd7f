import { APPOINTMENT_REQUEST_TEXT_MAX, type Appointment } from '@estate/domain';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCalendarPlus, IconMapPin, IconMessage } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { useClientSession } from '../../auth';
import { requestAppointmentChange } from '../data/appointment.repository';
import { addCalendarTexts } from '../i18n/calendar-texts';
import { clientAppointmentsQuery } from '../queries/appointments.queries';
import { downloadIcs } from './appointment-ics';

addCalendarTexts();

type When = 'upcoming' | 'past';

function useFormatters() {
  const { i18n } = useTranslation();
  const locale = { fr: 'fr-FR', ru: 'ru-RU', en: 'en-GB' }[i18n.language] ?? i18n.language;
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return { day: (date: Date) => day.format(date), time: (date: Date) => time.format(date) };
}

function whereOf(appointment: Appointment, partner: (agency: string, address: string) => string): string {
  if (appointment.place) return appointment.place;
  if (appointment.externalProperty)
    return partner(appointment.externalProperty.agencyName, appointment.externalProperty.address);
  return appointment.propertyLabel;
}

function AppointmentCard({ appointment, onAsk }: { appointment: Appointment; onAsk: () => void }) {
  const { t } = useTranslation();
  const { tenantId, domain } = useTenant();
  const format = useFormatters();
  const where = whereOf(appointment, (agency, address) => t('calendar.partnerProperty', { agency, address }));
  const kind = t(`calendar.kinds.${appointment.kind}`);
  const scheduled = appointment.status === 'scheduled';
  const upcoming = appointment.startsAt.getTime() > Date.now();
  return (
    <Paper withBorder radius="lg" p="md" data-testid="client-appointment">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Badge variant="light">{kind}</Badge>
          {scheduled ? null : (
            <Badge color={appointment.status === 'done' ? 'teal' : 'gray'} variant="outline">
              {t(`calendar.statuses.${appointment.status}`)}
            </Badge>
          )}
        </Group>
        <Text fw={700} td={appointment.status === 'cancelled' ? 'line-through' : undefined}>
          {appointment.title}
        </Text>
        <Text size="sm" tt="capitalize" data-testid="client-appointment-when">
          {format.day(appointment.startsAt)}, {format.time(appointment.startsAt)}–{format.time(appointment.endsAt)}
        </Text>
        {where ? (
          <Group gap={4} wrap="nowrap" align="flex-start">
            <IconMapPin size={16} style={{ flexShrink: 0, marginTop: 2 }} />
            <Text size="sm">{where}</Text>
          </Group>
        ) : null}
        {appointment.cancelReason ? (
          <Text size="sm" c="dimmed">
            {t('calendar.cancelledBecause', { reason: appointment.cancelReason })}
          </Text>
        ) : null}
        {appointment.status !== 'done' && upcoming ? (
          <Stack gap="xs" mt="xs">
            <Button
              variant="light"
              fullWidth
              leftSection={<IconCalendarPlus size={18} />}
              onClick={() =>
                downloadIcs(tenantId, appointment, {
                  summary: `${kind} · ${appointment.title}`,
                  description: [where, domain.name].filter(Boolean).join('\n'),
                })
              }
              data-testid="appointment-ics"
            >
              {scheduled ? t('calendar.addToCalendar') : t('calendar.updateCalendar')}
            </Button>
            {scheduled ? (
              <Button
                variant="default"
                fullWidth
                leftSection={<IconMessage size={18} />}
                onClick={onAsk}
                data-testid="appointment-ask-change"
              >
                {t('calendar.askChange')}
              </Button>
            ) : null}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

function AskChangeModal({ appointment, onClose }: { appointment: Appointment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { contactId } = useClientSession();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState(false);
  const trimmed = text.trim();
  const tooLong = [...trimmed].length > APPOINTMENT_REQUEST_TEXT_MAX;

  const send = async () => {
    if (!appointment || trimmed === '' || tooLong) return;
    setSending(true);
    setFailed(false);
    try {
      await requestAppointmentChange(tenantId, { appointmentId: appointment.id, contactId, text: trimmed });
      notifications.show({ color: 'green', message: t('calendar.askSent'), id: 'change-request-sent' });
      setText('');
      onClose();
    } catch {
      setFailed(true);
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal opened={appointment !== null} onClose={onClose} title={t('calendar.askTitle')} fullScreen={false} centered>
      <Stack gap="sm">
        <Text size="sm">{t('calendar.askHint')}</Text>
        {failed ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />}>
            {t('calendar.askFailed')}
          </Alert>
        ) : null}
        <Textarea
          label={t('calendar.askLabel')}
          placeholder={t('calendar.askPlaceholder')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={3}
          error={tooLong ? t('calendar.tooLong') : undefined}
          data-autofocus
          data-testid="change-request-text"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => void send()}
            loading={sending}
            disabled={trimmed === '' || tooLong}
            data-testid="change-request-send"
          >
            {t('calendar.askSend')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** `/calendar`: the client's appointments, upcoming or past, each with its .ics and a change request. */
export function CalendarPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { contactId } = useClientSession();
  const [when, setWhen] = useState<When>('upcoming');
  const [now] = useState(() => {
    const minute = new Date();
    minute.setSeconds(0, 0);
    return minute;
  });
  const [asking, setAsking] = useState<Appointment | null>(null);
  const appointments = useQuery(clientAppointmentsQuery(tenantId, contactId, when, now));
  const list = appointments.data ?? [];

  return (
    <Stack maw={640} mx="auto" gap="md" data-testid="calendar-page">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('calendar.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('calendar.intro')}
        </Text>
      </Stack>
      <SegmentedControl
        fullWidth
        value={when}
        onChange={(value) => setWhen(value as When)}
        data={[
          { value: 'upcoming', label: t('calendar.upcoming') },
          { value: 'past', label: t('calendar.past') },
        ]}
      />
      {appointments.isError ? (
        <Alert color="red" icon={<IconAlertCircle size={20} />} title={t('calendar.loadFailed')}>
          <Button size="xs" variant="white" color="red" onClick={() => void appointments.refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      ) : appointments.isPending ? (
        <Stack gap="sm">
          {[0, 1].map((row) => (
            <Skeleton key={row} height={140} radius="lg" />
          ))}
        </Stack>
      ) : list.length === 0 ? (
        <Paper withBorder radius="lg" p="lg">
          <Text size="sm" c="dimmed" ta="center">
            {when === 'upcoming' ? t('calendar.emptyUpcoming') : t('calendar.emptyPast')}
          </Text>
        </Paper>
      ) : (
        list.map((appointment) => (
          <AppointmentCard key={appointment.id} appointment={appointment} onAsk={() => setAsking(appointment)} />
        ))
      )}
      <AskChangeModal appointment={asking} onClose={() => setAsking(null)} />
    </Stack>
  );
}
