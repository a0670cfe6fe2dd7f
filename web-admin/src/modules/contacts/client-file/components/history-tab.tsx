import { contactFullName, type Contact } from '@estate/domain';
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContactHistory } from '../../../history';

/** The client's history with the form to log an action: the history module's own component. */
export function HistoryTab({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={3}>{t('history.title', { name: contactFullName(contact) })}</Title>
      <ContactHistory contactId={contact.id} />
    </Stack>
  );
}
