import type { Appointment } from '@estate/domain';
import { Alert, Anchor, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck, IconEdit, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { formatDateTime } from '../../../ui/format-date';
import { notifySuccess } from '../../../ui/notify';
import { useCancelAppointment, useMarkAppointmentDone } from '../hooks/use-appointment-mutations';
import { useContactLabels } from '../hooks/use-contact-labels';
import { AppointmentStatusBadge } from './appointment-status-badge';

interface AppointmentDetailModalProps {
  appointment: Appointment | null;
  onClose: () => void;
  onEdit: (appointment: Appointment) => void;
}

/** One appointment: when, where, with whom; edit, mark done (once started) or cancel with a reason. */
export function AppointmentDetailModal({ appointment, onClose, onEdit }: AppointmentDetailModalProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const cancel = useCancelAppointment(tenant.tenantId);
  const markDone = useMarkAppointmentDone(tenant.tenantId);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const labels = useContactLabels(appointment?.contactIds ?? []);

  useEffect(() => {
    setCancelling(false);
    setReason('');
    setFailure(null);
  }, [appointment?.id]);

  if (!appointment) return null;
  const scheduled = appointment.status === 'scheduled';
  const started = appointment.startsAt.getTime() <= Date.now();
  const external = appointment.externalProperty;

  const run = async (action: () => Promise<unknown>, done: string) => {
    setFailure(null);
    try {
      await action();
      notifySuccess(done);
      onClose();
    } catch (caught) {
      setFailure(describeError(t, caught));
    }
  };

  return (
    <>
      <Modal opened={!cancelling} onClose={onClose} title={appointment.title} size="md">
        <Stack gap="xs" data-testid="appointment-detail">
          {failure ? (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          ) : null}
          <Group gap="xs">
            <Text fw={600}>{t(`appointmentKinds.${appointment.kind}`)}</Text>
            <AppointmentStatusBadge status={appointment.status} />
          </Group>
          <Text size="sm">
            {formatDateTime(appointment.startsAt)} – {formatDateTime(appointment.endsAt)}
          </Text>
          {appointment.place ? <Text size="sm">{appointment.place}</Text> : null}
          {appointment.propertyId ? (
            <Anchor component={Link} to={`/properties/${appointment.propertyId}/visits`} size="sm">
              {appointment.propertyLabel}
            </Anchor>
          ) : null}
          {external ? (
            <Text size="sm">
              {t('appointments.partnerProperty', {
                agency: external.agencyName,
                address: external.address,
              })}
              {external.price === null ? '' : ` · ${external.price.toLocaleString()} €`}
            </Text>
          ) : null}
          <Group gap={6}>
            <Text size="sm" c="dimmed">
              {t('appointments.fields.contacts')}:
            </Text>
            {appointment.contactIds.map((id, index) => (
              <Anchor key={id} component={Link} to={`/clients/${id}`} size="sm">
                {labels.get(id)}
                {index < appointment.contactIds.length - 1 ? ',' : ''}
              </Anchor>
            ))}
          </Group>
          {appointment.cancelReason ? (
            <Text size="sm" c="dimmed">
              {t('appointments.cancelReason', { reason: appointment.cancelReason })}
            </Text>
          ) : null}
          {scheduled ? (
            <Group justify="flex-end" mt="sm" gap="sm">
              <Button
                variant="default"
                color="red"
                leftSection={<IconX size={16} />}
                onClick={() => setCancelling(true)}
              >
                {t('appointments.cancel')}
              </Button>
              {started ? (
                <Button
                  variant="light"
                  leftSection={<IconCheck size={16} />}
                  loading={markDone.isPending}
                  onClick={() =>
                    void run(
                      () => markDone.mutateAsync({ appointmentId: appointment.id }),
                      t('appointments.markedDone'),
                    )
                  }
                  data-testid="appointment-mark-done"
                >
                  {t('appointments.markDone')}
                </Button>
              ) : null}
              <Button leftSection={<IconEdit size={16} />} onClick={() => onEdit(appointment)}>
                {t('common.edit')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Modal>
      <ConfirmModal
        opened={cancelling}
        title={t('appointments.cancelTitle')}
        message={t('appointments.cancelMessage')}
        confirmLabel={t('appointments.cancelConfirm')}
        danger
        loading={cancel.isPending}
        onClose={() => setCancelling(false)}
        onConfirm={() => {
          if (reason.trim() === '') return;
          void run(
            () => cancel.mutateAsync({ appointmentId: appointment.id, reason: reason.trim() }),
            t('appointments.cancelled'),
          );
        }}
      >
        <Textarea
          label={t('appointments.fields.cancelReason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          maxLength={500}
          required
          autosize
          minRows={2}
          error={reason.trim() === '' ? t('appointments.reasonRequired') : undefined}
        />
      </ConfirmModal>
    </>
  );
}
