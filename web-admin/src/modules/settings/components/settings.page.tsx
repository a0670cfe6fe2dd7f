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
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useLiveTenant } from '../../../app/live-tenant.provider';
import { PageHeader } from '../../../ui/page-header';
import { BrandingPanel } from './branding-panel';
import { ContactsSettingsPanel } from './contacts-settings-panel';
import { InformationPanel } from './information-panel';
import { RoomsPanel } from '../../rooms/components/rooms-panel';
import { MailTemplatesPanel } from './mail-templates-panel';
import { PipelineSettingsPanel } from './pipeline-settings-panel';
import { PortalLeadsPanel } from './portal-leads-panel';

const TABS = ['information', 'branding', 'clients', 'rooms', 'mail-templates', 'phases', 'portal-leads'] as const;
type SettingsTab = (typeof TABS)[number];

export function SettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const tenant = useLiveTenant();
  const tab: SettingsTab = (TABS as readonly string[]).includes(params.tab ?? '')
    ? (params.tab as SettingsTab)
    : 'information';

  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <Tabs value={tab} onChange={(value) => value && void navigate(`/settings/${value}`)} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="information" leftSection={<IconBuildingStore size={16} />}>
            {t('settings.tabs.information')}
          </Tabs.Tab>
          <Tabs.Tab value="branding" leftSection={<IconPalette size={16} />}>
            {t('settings.tabs.branding')}
          </Tabs.Tab>
          <Tabs.Tab value="clients" leftSection={<IconAddressBook size={16} />}>
            {t('contactsSettings.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="rooms" leftSection={<IconDoor size={16} />}>
            {t('settings.tabs.rooms')}
          </Tabs.Tab>
          <Tabs.Tab value="mail-templates" leftSection={<IconMail size={16} />}>
            {t('informContacts.templates.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="phases" leftSection={<IconTimeline size={16} />}>
            {t('properties.pipelineSettings.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="portal-leads" leftSection={<IconInbox size={16} />}>
            {t('portalLeads.tab')}
          </Tabs.Tab>
        </Tabs.List>
        {tenant ? (
          <>
            <Tabs.Panel value="information">
              <InformationPanel tenant={tenant} />
            </Tabs.Panel>
            <Tabs.Panel value="branding">
              <BrandingPanel tenant={tenant} />
            </Tabs.Panel>
            <Tabs.Panel value="clients">
              <ContactsSettingsPanel />
            </Tabs.Panel>
            <Tabs.Panel value="rooms">
              <RoomsPanel />
            </Tabs.Panel>
            <Tabs.Panel value="mail-templates">
              <MailTemplatesPanel />
            </Tabs.Panel>
            <Tabs.Panel value="phases">
              <PipelineSettingsPanel />
            </Tabs.Panel>
            <Tabs.Panel value="portal-leads">
              <PortalLeadsPanel />
            </Tabs.Panel>
          </>
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
