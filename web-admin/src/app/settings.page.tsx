import { type Capability, isTeamManager, isTemplateEditor, type Role, withCapabilities } from '@estate/domain';
import { Card, Skeleton, Stack, Tabs } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import type { SettingsSection } from '../lib/app-module';
import { useActiveSession } from '../modules/session';
import { useLiveTenant } from '../modules/tenancy';
import { useTenant } from '../tenant/tenant.context';
import { PageHeader } from '../ui/page-header';
import { APP_MODULES } from './modules';

/** Every module's sections, in the order of the tabs. */
const SECTIONS: readonly SettingsSection[] = APP_MODULES.flatMap((module) => module.settings ?? []).sort(
  (a, b) => a.order - b.order,
);

/**
 * The sections this role may use among those of the tenant's capabilities: owner and admin all of them;
 * a manager those open to template editors (the mail templates, which firestore.rules `isTemplateEditor`
 * lets them write).
 */
function sectionsFor(role: Role, capabilities: readonly Capability[]): readonly SettingsSection[] {
  const sections = withCapabilities(SECTIONS, capabilities);
  if (isTeamManager(role)) return sections;
  return isTemplateEditor(role) ? sections.filter((section) => section.gate === 'template-editor') : [];
}

function PanelSkeleton() {
  return (
    <Card withBorder radius="lg" p="lg">
      <Stack gap="sm">
        {[0, 1, 2, 3].map((row) => (
          <Skeleton key={row} height={36} />
        ))}
      </Stack>
    </Card>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const tenant = useLiveTenant();
  const { capabilities } = useTenant();
  const { claims } = useActiveSession();
  const sections = sectionsFor(claims.role, capabilities);
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
            <Tabs.Tab key={section.value} value={section.value} leftSection={<section.icon size={16} />}>
              {t(section.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tenant ? (
          sections.map((section) => (
            <Tabs.Panel key={section.value} value={section.value}>
              <Suspense fallback={<PanelSkeleton />}>
                <section.Panel tenant={tenant} />
              </Suspense>
            </Tabs.Panel>
          ))
        ) : (
          <PanelSkeleton />
        )}
      </Tabs>
    </>
  );
}
