import { isCollaborator, type Appointment } from '@estate/domain';
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconCalendarEvent, IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentLocale } from '../../../i18n/i18n';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { PageHeader } from '../../../ui/page-header';
import { useActiveSession } from '../../session';
import { addDays, formatTime, startOfDay } from '../../tasks';
import { teamMembersOptions } from '../../team';
import { useAppointmentsViewer } from '../hooks/use-appointments-viewer';
import { agentAppointmentsOptions, appointmentOptions } from '../queries/appointments.queries';
import { startOfWeek } from './appointment-dates';
import { AppointmentDetailModal } from './appointment-detail.modal';
import { AppointmentFormModal } from './appointment-form.modal';
import { AppointmentStatusBadge } from './appointment-status-badge';

type View = 'week' | 'agenda';
const AGENDA_DAYS = 30;

function dayLabel(date: Date): string {
  return new Intl.DateTimeFormat(currentLocale(), { weekday: 'long', day: 'numeric', month: 'long' }).format(date);
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

function AppointmentChip({ appointment, onOpen }: { appointment: Appointment; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton onClick={onOpen} data-testid="calendar-appointment" w="100%">
      <Card withBorder radius="md" p="xs" opacity={appointment.status === 'cancelled' ? 0.55 : 1}>
        <Text size="xs" c="dimmed">
          {formatTime(appointment.startsAt)}–{formatTime(appointment.endsAt)} ·{' '}
          {t(`appointmentKinds.${appointment.kind}`)}
        </Text>
        <Text size="sm" fw={600} lineClamp={2} td={appointment.status === 'cancelled' ? 'line-through' : undefined}>
          {appointment.title}
        </Text>
        {appointment.status !== 'scheduled' ? <AppointmentStatusBadge status={appointment.status} /> : null}
      </Card>
    </UnstyledButton>
  );
}

/**
 * `/calendar`: one agent's appointments, by week or as the agenda of the next 30 days; the user's own
 * by default, another agent's for owner, admin and managers. Each range is one bounded query
 * (agentUid + startsAt).
 */
export function CalendarPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user, claims } = useActiveSession();
  const { viewer, error: viewerError } = useAppointmentsViewer();
  const [params, setParams] = useSearchParams();
  const [view, setView] = useState<View>('week');
  const [weekStart, setWeekStart] = useState(() => startOfWeek(new Date()));
  const [agentUid, setAgentUid] = useState(user.uid);
  const [editing, setEditing] = useState<{ appointment: Appointment | null; start?: Date } | null>(null);
  const [opened, setOpened] = useState<Appointment | null>(null);
  const canPickAgent = claims.role === 'owner' || claims.role === 'admin' || claims.role === 'manager';
  const members = useQuery({ ...teamMembersOptions(tenant.tenantId), enabled: canPickAgent });

  const today = startOfDay(new Date());
  const from = view === 'week' ? weekStart : today;
  const to = view === 'week' ? addDays(weekStart, 7) : addDays(today, AGENDA_DAYS);
  const appointments = useQuery({
    ...agentAppointmentsOptions(
      tenant.tenantId,
      viewer ?? { uid: user.uid, role: null, visibility: 'own' },
      agentUid,
      from,
      to,
    ),
    enabled: viewer !== null,
  });
  // A mail's link names one appointment (`?appointment=`): it opens over the calendar.
  const linkedId = params.get('appointment');
  const linked = useQuery({ ...appointmentOptions(tenant.tenantId, linkedId ?? ''), enabled: linkedId !== null });
  const shown = opened ?? (linkedId ? (linked.data ?? null) : null);
  const closeDetail = () => {
    setOpened(null);
    if (!linkedId) return;
    const rest = new URLSearchParams(params);
    rest.delete('appointment');
    setParams(rest, { replace: true });
  };

  const agentOptions = (members.data ?? [])
    .filter((member) => member.status === 'active' && isCollaborator(member.role))
    .map((member) => ({ value: member.uid, label: member.displayName }));
  const list = appointments.data ?? [];
  const days = view === 'week' ? Array.from({ length: 7 }, (_, index) => addDays(weekStart, index)) : [];
  const agendaDays = [...new Set(list.map((appointment) => startOfDay(appointment.startsAt).getTime()))].map(
    (time) => new Date(time),
  );

  return (
    <>
      <PageHeader
        title={t('appointments.title')}
        description={t('appointments.description')}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing({ appointment: null })}
            data-testid="calendar-new"
          >
            {t('appointments.new')}
          </Button>
        }
      />
      <Group mb="md" gap="sm" wrap="wrap" align="flex-end">
        <SegmentedControl
          value={view}
          onChange={(value) => setView(value as View)}
          aria-label={t('appointments.view')}
          data={[
            { value: 'week', label: t('appointments.week') },
            { value: 'agenda', label: t('appointments.agenda') },
          ]}
        />
        {view === 'week' ? (
          <Group gap={4}>
            <ActionIcon
              variant="default"
              aria-label={t('appointments.previousWeek')}
              onClick={() => setWeekStart(addDays(weekStart, -7))}
            >
              <IconChevronLeft size={16} />
            </ActionIcon>
            <Button variant="default" size="xs" onClick={() => setWeekStart(startOfWeek(new Date()))}>
              {t('appointments.thisWeek')}
            </Button>
            <ActionIcon
              variant="default"
              aria-label={t('appointments.nextWeek')}
              onClick={() => setWeekStart(addDays(weekStart, 7))}
            >
              <IconChevronRight size={16} />
            </ActionIcon>
          </Group>
        ) : null}
        {canPickAgent ? (
          <Select
            label={t('appointments.fields.agent')}
            data={agentOptions}
            value={agentUid}
            onChange={(value) => value && setAgentUid(value)}
            allowDeselect={false}
            searchable
            w={220}
            data-testid="calendar-agent"
          />
        ) : null}
      </Group>
      {appointments.isError || viewerError ? (
        <Alert color="red" role="alert">
          {describeError(t, appointments.error ?? viewerError)}
        </Alert>
      ) : appointments.isPending ? (
        <Skeleton height={240} />
      ) : view === 'week' ? (
        <SimpleGrid cols={{ base: 1, sm: 7 }} spacing="xs" data-testid="calendar-week">
          {days.map((day) => {
            const ofDay = list.filter((appointment) => sameDay(appointment.startsAt, day));
            return (
              <Stack key={day.toISOString()} gap={6}>
                <UnstyledButton
                  onClick={() => {
                    const start = new Date(day);
                    start.setHours(10);
                    setEditing({ appointment: null, start });
                  }}
                  aria-label={t('appointments.newOn', { day: dayLabel(day) })}
                >
                  <Text size="sm" fw={sameDay(day, today) ? 700 : 500} tt="capitalize">
                    {dayLabel(day)}
                  </Text>
                </UnstyledButton>
                {ofDay.map((appointment) => (
                  <AppointmentChip
                    key={appointment.id}
                    appointment={appointment}
                    onOpen={() => setOpened(appointment)}
                  />
                ))}
              </Stack>
            );
          })}
        </SimpleGrid>
      ) : list.length === 0 ? (
        <EmptyState
          icon={<IconCalendarEvent size={28} />}
          title={t('appointments.emptyTitle')}
          description={t('appointments.emptyAgenda')}
        />
      ) : (
        <Stack gap="md" data-testid="calendar-agenda">
          {agendaDays.map((day) => (
            <Stack key={day.toISOString()} gap={6}>
              <Text fw={600} tt="capitalize">
                {dayLabel(day)}
              </Text>
              {list
                .filter((appointment) => sameDay(appointment.startsAt, day))
                .map((appointment) => (
                  <AppointmentChip
                    key={appointment.id}
                    appointment={appointment}
                    onOpen={() => setOpened(appointment)}
                  />
                ))}
            </Stack>
          ))}
        </Stack>
      )}
      <AppointmentDetailModal
        appointment={shown}
        onClose={closeDetail}
        onEdit={(appointment) => {
          closeDetail();
          setEditing({ appointment });
        }}
      />
      <AppointmentFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        appointment={editing?.appointment ?? null}
        preset={editing?.start ? { start: editing.start } : undefined}
      />
    </>
  );
}
