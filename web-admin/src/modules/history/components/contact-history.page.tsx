import { contactFullName } from '@estate/domain';
import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { PageHeader } from '../../../ui/page-header';
import { contactOptions } from '../queries/history.queries';
import { ContactHistory } from './contact-history';

/** `/clients/:contactId/history`: what happened with a client, newest first, and a form to log more. */
export function ContactHistoryPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const contactId = useParams().contactId ?? '';
  const contact = useQuery(contactOptions(tenant.tenantId, contactId));

  const back = (
    <Anchor component={Link} to="/clients" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('history.backToClients')}
      </Group>
    </Anchor>
  );

  if (contact.isError || (contact.isSuccess && contact.data === null)) {
    return (
      <Stack>
        {back}
        <Alert color="red">{contact.isError ? describeError(t, contact.error) : t('history.contactNotFound')}</Alert>
      </Stack>
    );
  }

  return (
    <>
      {back}
      <PageHeader
        title={contact.data ? t('history.title', { name: contactFullName(contact.data) }) : t('history.titleLoading')}
        description={t('history.description')}
      />
      <ContactHistory contactId={contactId} />
    </>
  );
}
