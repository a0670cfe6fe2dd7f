import { contactFullName, type Contact } from '@estate/domain';
import { ActionIcon, Alert, Button, Card, Group, Menu, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconDots, IconHistory, IconMailForward, IconPencil, IconPlus, IconSend, IconUsers } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { EmptyState } from '../../../ui/empty-state';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/page-header';
import { useInviteClient } from '../hooks/use-contact-mutations';
import { useLinkedContact } from '../hooks/use-linked-contact';
import { contactsListOptions } from '../queries/contacts.queries';
import { ContactFormModal } from './contact-form.modal';
import { PortalBadge } from './portal-badge';

type Editing = { contact: Contact | null } | null;

export function ClientsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const list = useInfiniteQuery(contactsListOptions(tenant.tenantId));
  const invite = useInviteClient(tenant.tenantId);
  const [editing, setEditing] = useState<Editing>(null);
  const [inviting, setInviting] = useState<Contact | null>(null);
  // Opened from the quick search (`?contact=<id>`): that contact's form opens over the list.
  const linked = useLinkedContact(tenant.tenantId);
  const contacts = list.data?.pages.flatMap((page) => page.contacts) ?? [];

  const confirmInvite = async () => {
    if (!inviting) return;
    try {
      await invite.mutateAsync(inviting.id);
      notifySuccess(t('clients.invited', { email: inviting.email }));
      setInviting(null);
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  };

  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ contact: null })}>
      {t('clients.new')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('clients.title')}
        description={t('clients.description')}
        actions={contacts.length > 0 ? newButton : null}
      />
      {list.isError ? (
        <Alert color="red" mb="md">
          {describeError(t, list.error)}
        </Alert>
      ) : null}
      <Card withBorder radius="lg" p={0}>
        {list.isPending ? (
          <Stack p="lg" gap="sm">
            {[0, 1, 2, 3].map((row) => (
              <Skeleton key={row} height={28} />
            ))}
          </Stack>
        ) : contacts.length === 0 ? (
          <EmptyState
            icon={<IconUsers size={28} />}
            title={t('clients.emptyTitle')}
            description={t('clients.emptyText')}
            action={newButton}
          />
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover data-testid="clients-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('clients.columns.name')}</Table.Th>
                  <Table.Th>{t('clients.columns.type')}</Table.Th>
                  <Table.Th>{t('clients.columns.email')}</Table.Th>
                  <Table.Th>{t('clients.columns.phone')}</Table.Th>
                  <Table.Th>{t('clients.columns.portal')}</Table.Th>
                  <Table.Th w={60} aria-label={t('common.actions')} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {contacts.map((contact) => (
                  <Table.Tr key={contact.id}>
                    <Table.Td>
                      <Text fw={600} size="sm">
                        {contactFullName(contact)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`clientTypes.${contact.clientType}`)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{contact.email}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={contact.phone ? undefined : 'dimmed'}>
                        {contact.phone || '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <PortalBadge status={contact.portal.status} />
                    </Table.Td>
                    <Table.Td>
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t('clients.actionsFor', { name: contactFullName(contact) })}
                          >
                            <IconDots size={18} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setEditing({ contact })}>
                            {t('common.edit')}
                          </Menu.Item>
                          <Menu.Item
                            component={Link}
                            to={`/clients/${contact.id}/history`}
                            leftSection={<IconHistory size={16} />}
                          >
                            {t('history.menu')}
                          </Menu.Item>
                          {contact.portal.status !== 'active' ? (
                            <Menu.Item
                              leftSection={
                                contact.portal.status === 'invited' ? (
                                  <IconMailForward size={16} />
                                ) : (
                                  <IconSend size={16} />
                                )
                              }
                              onClick={() => setInviting(contact)}
                            >
                              {contact.portal.status === 'invited' ? t('clients.resendInvite') : t('clients.invite')}
                            </Menu.Item>
                          ) : null}
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {list.hasNextPage ? (
        <Group justify="center" mt="md">
          <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('clients.loadMore')}
          </Button>
        </Group>
      ) : null}
      <ContactFormModal
        opened={editing !== null || linked.contact !== null}
        contact={editing ? editing.contact : linked.contact}
        onClose={() => {
          setEditing(null);
          linked.release();
        }}
      />
      <ConfirmModal
        opened={inviting !== null}
        title={inviting?.portal.status === 'invited' ? t('clients.resendInvite') : t('clients.invite')}
        message={inviting ? t('clients.inviteConfirm', { name: contactFullName(inviting), email: inviting.email }) : ''}
        confirmLabel={t('clients.sendInvite')}
        loading={invite.isPending}
        onConfirm={() => void confirmInvite()}
        onClose={() => setInviting(null)}
      />
    </>
  );
}
