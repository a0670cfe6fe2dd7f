import {
  CLIENT_TYPES,
  contactFullName,
  formatPhone,
  isCollaborator,
  type Contact,
  type ContactKind,
} from '@estate/domain';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconArrowsExchange,
  IconDots,
  IconHistory,
  IconMailForward,
  IconPencil,
  IconPlus,
  IconSend,
  IconUsers,
} from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ContactsFilter } from '../../data/contact.repository';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { ConfirmModal } from '../../../../ui/confirm.modal';
import { EmptyState } from '../../../../ui/empty-state';
import { notifyError, notifySuccess } from '../../../../ui/notify';
import { PageHeader } from '../../../../ui/page-header';
import { ExportContactsButton } from '../../import/components/export-contacts.button';
import { ImportContactsButton } from '../../import/components/import-contacts.button';
import { useActiveSession } from '../../../session';
import { teamMembersOptions } from '../../../team';
import { useInviteClient } from '../hooks/use-contact-mutations';
import { useContactsViewer } from '../hooks/use-contacts-viewer';
import { useLinkedContact } from '../hooks/use-linked-contact';
import { contactsSettingsOptions } from '../../settings/queries/contacts-settings.queries';
import { contactsListOptions } from '../queries/contacts.queries';
import { ContactFormModal } from './contact-form.modal';
import { ConvertProspectModal } from './convert-prospect.modal';
import { PortalBadge } from './portal-badge';

type Editing = { contact: Contact | null } | null;

const TABS: ContactKind[] = ['client', 'client-prospect', 'agent-prospect'];

function isKind(value: string | null): value is ContactKind {
  return value !== null && (TABS as string[]).includes(value);
}

export function ClientsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user } = useActiveSession();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const kind: ContactKind = isKind(params.get('kind')) ? (params.get('kind') as ContactKind) : 'client';
  const [clientType, setClientType] = useState<string | null>(null);
  const [tagTyped, setTagTyped] = useState('');
  const [tag] = useDebouncedValue(tagTyped.trim(), 300);
  const [originId, setOriginId] = useState<string | null>(null);
  const [agentUid, setAgentUid] = useState<string | null>(null);

  const settings = useQuery(contactsSettingsOptions(tenant.tenantId));
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const { viewer } = useContactsViewer();
  const filter: ContactsFilter = {
    kind,
    clientType: kind === 'agent-prospect' ? null : (clientType as ContactsFilter['clientType']),
    tag: tag || null,
    originId,
    assignedAgentUid: agentUid,
  };
  const list = useInfiniteQuery({
    ...contactsListOptions(tenant.tenantId, viewer ?? { visibility: 'shared', uid: user.uid, role: null }, filter),
    enabled: viewer !== null,
  });
  const invite = useInviteClient(tenant.tenantId);
  const [editing, setEditing] = useState<Editing>(null);
  const [inviting, setInviting] = useState<Contact | null>(null);
  const [converting, setConverting] = useState<Contact | null>(null);
  // Links of the first version (`?contact=<id>`) still open that contact's form over the list.
  const linked = useLinkedContact(tenant.tenantId);
  const contacts = list.data?.pages.flatMap((page) => page.contacts) ?? [];
  const filtered = clientType !== null || tag !== '' || originId !== null || agentUid !== null;

  const memberName = (uid: string) => members.data?.find((member) => member.uid === uid)?.displayName ?? '—';
  const agentOptions = (members.data ?? [])
    .filter((member) => isCollaborator(member.role))
    .map((member) => ({ value: member.uid, label: member.displayName }));
  const originOptions = (settings.data?.origins ?? []).map((origin) => ({ value: origin.id, label: origin.label }));

  const chooseTab = (value: string | null) => {
    if (!isKind(value)) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === 'client') next.delete('kind');
        else next.set('kind', value);
        return next;
      },
      { replace: true },
    );
  };

  const openContact = (contactId: string) => void navigate(`/clients/${contactId}`);

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
      {t(`contacts.list.new.${kind}`)}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('clients.title')}
        description={t('contacts.list.description')}
        actions={
          <>
            <ImportContactsButton />
            <ExportContactsButton />
            {newButton}
          </>
        }
      />
      <Tabs value={kind} onChange={chooseTab} mb="md">
        <Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`contacts.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" mb="md">
        {kind === 'agent-prospect' ? null : (
          <Select
            label={t('fields.clientType')}
            placeholder={t('contacts.list.all')}
            data={CLIENT_TYPES.map((type) => ({ value: type, label: t(`clientTypes.${type}`) }))}
            value={clientType}
            onChange={setClientType}
            clearable
          />
        )}
        <TextInput
          label={t('contacts.fields.tag')}
          placeholder={t('contacts.list.tagHint')}
          value={tagTyped}
          onChange={(event) => setTagTyped(event.currentTarget.value)}
        />
        <Select
          label={t('contacts.fields.origin')}
          placeholder={t('contacts.list.all')}
          data={originOptions}
          value={originId}
          onChange={setOriginId}
          clearable
        />
        <Select
          label={t('contacts.fields.assignedAgent')}
          placeholder={t('contacts.list.all')}
          data={agentOptions}
          value={agentUid}
          onChange={setAgentUid}
          clearable
          searchable
        />
      </SimpleGrid>
      {list.isError || settings.isError ? (
        <Alert color="red" mb="md">
          {describeError(t, list.error ?? settings.error)}
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
            title={filtered ? t('contacts.list.noMatchTitle') : t(`contacts.list.emptyTitle.${kind}`)}
            description={filtered ? t('contacts.list.noMatchText') : t(`contacts.list.emptyText.${kind}`)}
            action={filtered ? null : newButton}
          />
        ) : (
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover data-testid="clients-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('clients.columns.name')}</Table.Th>
                  <Table.Th>{t('clients.columns.type')}</Table.Th>
                  <Table.Th>{t('clients.columns.email')}</Table.Th>
                  <Table.Th>{t('clients.columns.phone')}</Table.Th>
                  <Table.Th>{t('contacts.fields.assignedAgent')}</Table.Th>
                  {kind === 'client' ? <Table.Th>{t('clients.columns.portal')}</Table.Th> : null}
                  <Table.Th w={60} aria-label={t('common.actions')} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {contacts.map((contact) => (
                  <Table.Tr key={contact.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/clients/${contact.id}`} fw={600} size="sm" c="inherit">
                        {contactFullName(contact)}
                      </Anchor>
                      {contact.tags.length > 0 ? (
                        <Group gap={4} mt={2}>
                          {contact.tags.slice(0, 3).map((value) => (
                            <Badge key={value} size="xs" variant="light" color="gray">
                              {value}
                            </Badge>
                          ))}
                        </Group>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {contact.clientType
                          ? t(`clientTypes.${contact.clientType}`)
                          : t('contacts.kinds.agent-prospect')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={contact.email ? undefined : 'dimmed'}>
                        {contact.email || '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={contact.phone ? undefined : 'dimmed'}>
                        {contact.phone ? formatPhone(contact.phone) : '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{memberName(contact.assignedAgentUid)}</Text>
                    </Table.Td>
                    {kind === 'client' ? (
                      <Table.Td>
                        <PortalBadge status={contact.portal.status} />
                      </Table.Td>
                    ) : null}
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
                          {contact.kind !== 'client' ? (
                            <Menu.Item
                              leftSection={<IconArrowsExchange size={16} />}
                              onClick={() => setConverting(contact)}
                            >
                              {t('contacts.convert.action')}
                            </Menu.Item>
                          ) : null}
                          <Menu.Item
                            component={Link}
                            to={`/clients/${contact.id}/history`}
                            leftSection={<IconHistory size={16} />}
                          >
                            {t('history.menu')}
                          </Menu.Item>
                          {contact.kind === 'client' && contact.email && contact.portal.status !== 'active' ? (
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
        kind={kind}
        onOpenContact={openContact}
        onClose={() => {
          setEditing(null);
          linked.release();
        }}
      />
      <ConvertProspectModal contact={converting} onClose={() => setConverting(null)} />
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
