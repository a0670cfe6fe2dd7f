import { contactFullName, type Contact } from '@estate/domain';
import { Alert, Anchor, Badge, Button, Group, ScrollArea, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowsExchange, IconMessages, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { ContactFormModal } from '../../list/components/contact-form.modal';
import { ConvertProspectModal } from '../../list/components/convert-prospect.modal';
import { ContactDeletionActions } from '../../deletions/components/contact-deletion-actions';
import { clientThreadsPath } from '../../../chat';
import { contactOptions } from '../../../history';
import { ClientSpaceTab } from '../../../listings';
import { BuyerMatchingSection } from '../../../matching';
import { ContactOffersTab } from '../../../offers';
import { ClientPlacesSection } from '../../../places';
import { ContactAppointmentsTab, PlanAppointmentButton } from '../../../appointments';
import { ContactFinancingPanel } from '../../../financing';
import { teamMembersOptions } from '../../../team';
import { DocumentsTab } from './documents-tab';
import { EmailsTab } from './emails-tab';
import { GeneralTab } from './general-tab';
import { HistoryTab } from './history-tab';
import { NotesTab } from './notes-tab';
import { PropertiesTab } from './properties-tab';
import { QuestionnaireTab } from './questionnaire-tab';
import { SavedSearchTab } from './saved-search-tab';
import { SignatoriesTab } from './signatories-tab';
import { TracfinTab } from './tracfin-tab';

const COMMON_TABS = [
  'general',
  'properties',
  'client-space',
  'appointments',
  'signatories',
  'documents',
  'emails',
  'notes',
  'history',
] as const;
/** A buyer's file adds these after the signatories. */
const BUYER_TABS = ['questionnaire', 'saved-search', 'tracfin', 'offers'] as const;
type Tab = (typeof COMMON_TABS)[number] | (typeof BUYER_TABS)[number];

/** The tabs of a client file, as seed 000 lists them: buyers also have their questionnaire, search and Tracfin. */
function tabsOf(contact: Pick<Contact, 'clientType'>): readonly Tab[] {
  if (contact.clientType !== 'buyer') return COMMON_TABS;
  const [general, properties, clientSpace, appointments, signatories, ...rest] = COMMON_TABS;
  return [general, properties, clientSpace, appointments, signatories, ...BUYER_TABS, ...rest];
}

function panelOf(tab: Tab, contact: Contact): ReactNode {
  switch (tab) {
    case 'general':
      return (
        <Stack gap="md">
          <GeneralTab contact={contact} />
          <Suspense fallback={<Skeleton height={80} />}>
            <ContactFinancingPanel contact={contact} />
          </Suspense>
        </Stack>
      );
    case 'properties':
      return <PropertiesTab contact={contact} />;
    case 'client-space':
      return (
        <>
          <ClientSpaceTab contact={contact} />
          <ClientPlacesSection contact={contact} />
        </>
      );
    case 'appointments':
      return (
        <Suspense fallback={<Skeleton height={120} />}>
          <ContactAppointmentsTab contact={contact} />
        </Suspense>
      );
    case 'signatories':
      return <SignatoriesTab contact={contact} />;
    case 'documents':
      return <DocumentsTab contact={contact} />;
    case 'emails':
      return <EmailsTab contact={contact} />;
    case 'notes':
      return <NotesTab contact={contact} />;
    case 'history':
      return <HistoryTab contact={contact} />;
    case 'questionnaire':
      return <QuestionnaireTab contact={contact} />;
    case 'saved-search':
      return (
        <>
          <SavedSearchTab contact={contact} />
          <BuyerMatchingSection contact={contact} />
        </>
      );
    case 'tracfin':
      return <TracfinTab contact={contact} />;
    case 'offers':
      return (
        <Suspense fallback={<Skeleton height={80} />}>
          <ContactOffersTab contactId={contact.id} />
        </Suspense>
      );
  }
}

/** `/clients/:contactId/:tab?`: a client's file, one tab per part, the tab in the address. */
export function ClientFilePage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const navigate = useNavigate();
  const params = useParams();
  const contactId = params.contactId ?? '';
  const contact = useQuery(contactOptions(tenant.tenantId, contactId));
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const [editing, setEditing] = useState(false);
  const [converting, setConverting] = useState(false);

  const back = (
    <Anchor component={Link} to="/clients" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('clientFile.back')}
      </Group>
    </Anchor>
  );

  if (contact.isPending) {
    return (
      <Stack>
        {back}
        <Skeleton height={36} width="40%" />
        <Skeleton height={240} />
      </Stack>
    );
  }
  if (contact.isError || contact.data === null) {
    return (
      <Stack>
        {back}
        <Alert color="red" role="alert">
          {contact.isError ? describeError(t, contact.error) : t('clientFile.notFound')}
        </Alert>
      </Stack>
    );
  }

  const file = contact.data;
  const tabs = tabsOf(file);
  const tab: Tab = tabs.find((candidate) => candidate === params.tab) ?? 'general';
  const agent = members.data?.find((member) => member.uid === file.assignedAgentUid)?.displayName;

  return (
    <Stack gap="md">
      {back}
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6}>
          <Title order={2} data-testid="client-file-name">
            {contactFullName(file)}
          </Title>
          <Group gap="xs">
            <Badge variant="light">{t(`clientFile.kinds.${file.kind}`)}</Badge>
            {file.clientType ? <Badge variant="outline">{t(`clientTypes.${file.clientType}`)}</Badge> : null}
            {file.identityType === 'company' ? <Badge variant="outline">{t('clientFile.company')}</Badge> : null}
            <Text size="sm" c="dimmed">
              {t('clientFile.agent', { name: agent ?? '—' })}
            </Text>
          </Group>
        </Stack>
        <Group gap="sm">
          <Button
            component={Link}
            to={clientThreadsPath(file.id)}
            variant="light"
            leftSection={<IconMessages size={16} />}
            data-testid="client-file-messages"
          >
            {t('chat.clientFileLink')}
          </Button>
          {file.kind === 'client' ? (
            <Suspense fallback={null}>
              <PlanAppointmentButton contact={file} />
            </Suspense>
          ) : null}
          {file.kind === 'client' ? null : (
            <Button
              variant="light"
              leftSection={<IconArrowsExchange size={16} />}
              onClick={() => setConverting(true)}
              data-testid="client-file-convert"
            >
              {t('contacts.convert.action')}
            </Button>
          )}
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
          <ContactDeletionActions contact={file} />
        </Group>
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => {
          if (value) void navigate(`/clients/${contactId}/${value}`);
        }}
        keepMounted={false}
      >
        <ClientFileTabBar tabs={tabs} active={tab} />
        {/* Only the open tab's panel exists: the others would be empty regions named like their tab. */}
        <Tabs.Panel value={tab} pt="md">
          {panelOf(tab, file)}
        </Tabs.Panel>
      </Tabs>
      <ConvertProspectModal
        contact={converting ? file : null}
        onClose={() => {
          setConverting(false);
          // The same file, now a client: its kind, type and tabs are read again.
          void contact.refetch();
        }}
      />
      <ContactFormModal
        opened={editing}
        onClose={() => setEditing(false)}
        contact={file}
        onOpenContact={(id) => {
          setEditing(false);
          void navigate(`/clients/${id}`);
        }}
      />
    </Stack>
  );
}

/**
 * Up to eleven tabs: one line that scrolls sideways rather than a lone tab wrapped below, the open tab
 * brought into view (a link to the history opens on the last one).
 */
function ClientFileTabBar({ tabs, active }: { tabs: readonly Tab[]; active: Tab }) {
  const { t } = useTranslation();
  const activeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);
  return (
    <ScrollArea type="auto" scrollbarSize={6} offsetScrollbars="x">
      <Tabs.List style={{ flexWrap: 'nowrap' }}>
        {tabs.map((value) => (
          <Tabs.Tab
            key={value}
            value={value}
            ref={value === active ? activeRef : undefined}
            data-testid={`client-tab-${value}`}
            style={{ flexShrink: 0 }}
          >
            {t(`clientFile.tabs.${value}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </ScrollArea>
  );
}
