import { isTeamManager, isTemplateEditor, type Role, type Tenant } from '@estate/domain';
import { Card, Skeleton, Stack, Tabs } from '@mantine/core';
import {
  IconAddressBook,
  IconBuildingStore,
  IconDoor,
  IconInbox,
  IconMail,
  IconPalette,
  IconTimeline,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useLiveTenant } from '../../../app/live-tenant.provider';
import { PageHeader } from '../../../ui/page-header';
import { BrandingPanel } from './branding-panel';
import { ContactsSettingsPanel } from './contacts-settings-panel';
import { InformationPanel } from './information-panel';
import { RoomsPanel } from '../../rooms/components/rooms-panel';
import { MailTemplatesPanel } from './mail-templates-panel';
import { PipelineSettingsPanel } from './pipeline-settings-panel';
import { PortalLeadsPanel } from './portal-leads-panel';
import { useActiveSession } from '../../session/session.context';

const MAIL_TEMPLATES = 'mail-templates';

interface Section {
  value: string;
  label: string;
  icon: ReactNode;
  panel: (tenant: Tenant) => ReactNode;
}

/** Every section of the settings, in the order of the tabs. */
const SECTIONS: readonly Section[] = [
  {
    value: 'information',
    label: 'settings.tabs.information',
    icon: <IconBuildingStore size={16} />,
    panel: (tenant) => <InformationPanel tenant={tenant} />,
  },
  {
    value: 'branding',
    label: 'settings.tabs.branding',
    icon: <IconPalette size={16} />,
    panel: (tenant) => <BrandingPanel tenant={tenant} />,
  },
  {
    value: 'clients',
    label: 'contactsSettings.tab',
    icon: <IconAddressBook size={16} />,
    panel: () => <ContactsSettingsPanel />,
  },
  { value: 'rooms', label: 'settings.tabs.rooms', icon: <IconDoor size={16} />, panel: () => <RoomsPanel /> },
  {
    value: MAIL_TEMPLATES,
    label: 'informContacts.templates.tab',
    icon: <IconMail size={16} />,
    panel: () => <MailTemplatesPanel />,
  },
  {
    value: 'phases',
    label: 'properties.pipelineSettings.tab',
    icon: <IconTimeline size={16} />,
    panel: () => <PipelineSettingsPanel />,
  },
  { value: 'portal-leads', label: 'portalLeads.tab', icon: <IconInbox size={16} />, panel: () => <PortalLeadsPanel /> },
];

/**
 * The sections this role may use: owner and admin all of them; a manager only the mail templates,
 * which firestore.rules `isTemplateEditor` lets them write.
 */
function sectionsFor(role: Role): readonly Section[] {
  if (isTeamManager(role)) return SECTIONS;
  return isTemplateEditor(role) ? SECTIONS.filter((section) => section.value === MAIL_TEMPLATES) : [];
}

export function SettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const tenant = useLiveTenant();
  const { claims } = useActiveSession();
  const sections = sectionsFor(claims.role);
  const first = sections[0];
  if (!first) return <Navigate to="/clients" replace />;
  const requested = sections.find((section) => section.value === params.tab);
  if (params.tab !== undefined && !requested) return <Navigate to={`/settings/${first.value}`} replace />;
  const tab = (requested ?? first).value;

  return (
    <>
      <PageHeader
        title={t('settings.title')}
        description={t(isTeamManager(claims.role) ? 'settings.description' : 'settings.descriptionTemplates')}
      />
      <Tabs value={tab} onChange={(value) => value && void navigate(`/settings/${value}`)} keepMounted={false}>
        <Tabs.List mb="lg">
          {sections.map((section) => (
            <Tabs.Tab key={section.value} value={section.value} leftSection={section.icon}>
              {t(section.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tenant ? (
          sections.map((section) => (
            <Tabs.Panel key={section.value} value={section.value}>
              {section.panel(tenant)}
            </Tabs.Panel>
          ))
        ) : (
          <Card withBorder radius="lg" p="lg">
            <Stack gap="sm">
              {[0, 1, 2, 3].map((row) => (
                <Skeleton key={row} height={36} />
              ))}
            </Stack>
          </Card>
        )}
      </Tabs>
    </>
  );
}
