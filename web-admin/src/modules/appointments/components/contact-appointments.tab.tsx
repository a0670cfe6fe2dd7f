import { contactFullName, type Contact } from '@estate/domain';
import { Alert, Button, Card, Group, Skeleton, Text } from '@mantine/core';
import { IconCalendarEvent, IconCalendarPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { useAppointmentsViewer } from '../hooks/use-appointments-viewer';
import { contactAppointmentsOptions } from '../queries/appointments.queries';
import { PlanAppointmentModal } from './plan-appointment.button';
import { AppointmentsTable } from './appointments-table';

/** A client file's "Rendez-vous" tab: the client's appointments, visits of partners' properties included. */
export function ContactAppointmentsTab({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { viewer, error } = useAppointmentsViewer();
  const [planning, setPlanning] = useState(false);
  const appointments = useQuery({
    ...contactAppointmentsOptions(tenant.tenantId, viewer ?? { uid: '', role: null, visibility: 'own' }, contact.id),
    enabled: viewer !== null,
  });
  const list = appointments.data ?? [];
  return (
    <Card withBorder radius="lg" p="md">
      <Group justify="space-between" mb="sm">
        <Text fw={600}>{t('appointments.contactTitle', { name: contactFullName(contact) })}</Text>
        <Button variant="light" leftSection={<IconCalendarPlus size={16} />} onClick={() => setPlanning(true)}>
          {t('appointments.new')}
        </Button>
      </Group>
      {appointments.isError || error ? (
        <Alert color="red" role="alert">
          {describeError(t, appointments.error ?? error)}
        </Alert>
      ) : appointments.isPending ? (
        <Skeleton height={120} />
      ) : list.length === 0 ? (
        <EmptyState
          icon={<IconCalendarEvent size={28} />}
          title={t('appointments.emptyTitle')}
          description={t('appointments.emptyContact')}
        />
      ) : (
        <AppointmentsTable appointments={list} show="property" />
      )}
      <PlanAppointmentModal contact={contact} opened={planning} onClose={() => setPlanning(false)} />
    </Card>
  );
}
