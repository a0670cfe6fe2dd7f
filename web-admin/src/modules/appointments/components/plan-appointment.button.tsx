import { contactFullName, type Contact } from '@estate/domain';
import { ActionIcon, Tooltip } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppointmentFormModal, type AppointmentPreset } from './appointment-form.modal';

/** The appointment form for one client, its preset kept stable while the client is unchanged. */
export function PlanAppointmentModal({
  contact,
  opened,
  onClose,
}: {
  contact: Contact;
  opened: boolean;
  onClose: () => void;
}) {
  const preset = useMemo<AppointmentPreset>(
    () => ({ contacts: [{ id: contact.id, label: contactFullName(contact) }] }),
    [contact],
  );
  return <AppointmentFormModal opened={opened} onClose={onClose} appointment={null} preset={preset} />;
}

/** The calendar icon at the top of a client file (seed 001): a new appointment with this client. */
export function PlanAppointmentButton({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Tooltip label={t('appointments.new')}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('appointments.new')}
          onClick={() => setOpened(true)}
          data-testid="client-file-new-appointment"
        >
          <IconCalendarPlus size={18} />
        </ActionIcon>
      </Tooltip>
      <PlanAppointmentModal contact={contact} opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
