import type { Property } from '@estate/domain';
import { Alert, Button, Card, Group, Skeleton, Text } from '@mantine/core';
import { IconCalendarPlus, IconWalk } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { useAppointmentsViewer } from '../hooks/use-appointments-viewer';
import { propertyAppointmentsOptions } from '../queries/appointments.queries';
import { AppointmentFormModal, type AppointmentPreset } from './appointment-form.modal';
import { AppointmentsTable } from './appointments-table';

/** A property's "Visites" tab: its visits (planned, done, cancelled) with their visitors; plan another. */
export function PropertyVisitsTab({ property }: { property: Property }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { viewer, error } = useAppointmentsViewer();
  const [planning, setPlanning] = useState(false);
  const appointments = useQuery({
    ...propertyAppointmentsOptions(tenant.tenantId, viewer ?? { uid: '', role: null, visibility: 'own' }, property.id),
    enabled: viewer !== null,
  });
  const preset = useMemo<AppointmentPreset>(
    () => ({ kind: 'visit', property: { id: property.id, label: `${property.reference} · ${property.title}` } }),
    [property.id, property.reference, property.title],
  );
  const visits = (appointments.data ?? []).filter((appointment) => appointment.kind === 'visit');
  const done = visits.filter((visit) => visit.status === 'done').length;
  const plan = (
    <Button
      leftSection={<IconCalendarPlus size={16} />}
      onClick={() => setPlanning(true)}
      data-testid="property-plan-visit"
    >
      {t('appointments.planVisit')}
    </Button>
  );

  return (
    <Card withBorder radius="lg" p="md">
      <Group justify="space-between" mb="sm">
        <Text fw={600}>{t('appointments.visitsSummary', { count: done })}</Text>
        {plan}
      </Group>
      {appointments.isError || error ? (
        <Alert color="red" role="alert">
          {describeError(t, appointments.error ?? error)}
        </Alert>
      ) : appointments.isPending ? (
        <Skeleton height={120} />
      ) : visits.length === 0 ? (
        <EmptyState
          icon={<IconWalk size={28} />}
          title={t('appointments.noVisits')}
          description={t('appointments.noVisitsHint')}
        />
      ) : (
        <AppointmentsTable appointments={visits} show="visitors" />
      )}
      <AppointmentFormModal opened={planning} onClose={() => setPlanning(false)} appointment={null} preset={preset} />
    </Card>
  );
}
