import type { Appointment } from '@estate/domain';
import { Anchor, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../ui/format-date';
import { useContactLabels } from '../hooks/use-contact-labels';
import { AppointmentDetailModal } from './appointment-detail.modal';
import { AppointmentFormModal } from './appointment-form.modal';
import { AppointmentStatusBadge } from './appointment-status-badge';

function Visitors({ contactIds }: { contactIds: string[] }) {
  const labels = useContactLabels(contactIds);
  return (
    <>
      {contactIds.map((id, index) => (
        <Anchor key={id} component={Link} to={`/clients/${id}`} size="sm">
          {labels.get(id)}
          {index < contactIds.length - 1 ? ', ' : ''}
        </Anchor>
      ))}
    </>
  );
}

/**
 * Appointments as rows (date, kind, what was visited, with whom, status); a row opens the appointment.
 * `show` picks the column naming what was visited (a client's file) or who visited (a property).
 */
export function AppointmentsTable({
  appointments,
  show,
}: {
  appointments: Appointment[];
  show: 'visitors' | 'property';
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<Appointment | null>(null);
  const [editing, setEditing] = useState<Appointment | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('appointments.fields.start')}</Table.Th>
              <Table.Th>{t('appointments.fields.kind')}</Table.Th>
              <Table.Th>
                {show === 'visitors' ? t('appointments.visitors') : t('appointments.fields.property')}
              </Table.Th>
              <Table.Th>{t('appointments.fields.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {appointments.map((appointment) => (
              <Table.Tr
                key={appointment.id}
                onClick={() => setOpened(appointment)}
                style={{ cursor: 'pointer' }}
                data-testid="appointment-row"
              >
                <Table.Td>{formatDateTime(appointment.startsAt)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`appointmentKinds.${appointment.kind}`)}</Text>
                  <Text size="xs" c="dimmed">
                    {appointment.title}
                  </Text>
                </Table.Td>
                <Table.Td onClick={(event) => event.stopPropagation()}>
                  {show === 'visitors' ? (
                    <Visitors contactIds={appointment.contactIds} />
                  ) : appointment.propertyId ? (
                    <Anchor component={Link} to={`/properties/${appointment.propertyId}/visits`} size="sm">
                      {appointment.propertyLabel}
                    </Anchor>
                  ) : appointment.externalProperty ? (
                    <Text size="sm">
                      {t('appointments.partnerProperty', {
                        agency: appointment.externalProperty.agencyName,
                        address: appointment.externalProperty.address,
                      })}
                    </Text>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  <AppointmentStatusBadge status={appointment.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <AppointmentDetailModal
        appointment={opened}
        onClose={() => setOpened(null)}
        onEdit={(appointment) => {
          setOpened(null);
          setEditing(appointment);
        }}
      />
      <AppointmentFormModal opened={editing !== null} onClose={() => setEditing(null)} appointment={editing} />
    </>
  );
}
