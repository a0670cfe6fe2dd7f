import { Alert, Anchor, Button, Card, Group, Skeleton, Stack, Tabs } from '@mantine/core';
import {
  IconArrowLeft,
  IconCalculator,
  IconCalendarPlus,
  IconEdit,
  IconFiles,
  IconHistory,
  IconInfoCircle,
  IconPhoto,
  IconSend,
  IconSignature,
  IconGavel,
  IconUserSearch,
  IconUsers,
  IconWalk,
  type Icon,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { type Property, type TaskSubject } from '@estate/domain';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { PageHeader } from '../../../ui/page-header';
import { TaskFormModal } from '../../tasks';
import { propertyOptions } from '../queries/properties.queries';
import { ContactPicker } from './contact-picker';
import { PropertyContactsTab } from './property-contacts.tab';
import { PropertyFormModal } from './property-form.modal';
import { PropertyGeneralTab } from './property-general.tab';
import { PropertyDocumentsTab } from './property-documents.tab';
import { PropertyHistoryTab } from './property-history.tab';
import { PropertyPhotosTab } from './property-photos.tab';
import { PropertyEstimationsTab } from '../../estimations';
import { PropertyListingsTab } from '../../listings';
import { PropertyMatchingTab } from '../../matching';
import { PropertyMandatesTab } from '../../mandates';
import { PropertyOffersTab } from '../../offers';
import { PropertyVisitsTab } from '../../appointments';
import { PropertyLifecycleActions } from './property-lifecycle';
import { PropertyStatusBadge } from './property-status-badge';

interface PropertyTabSpec {
  value: string;
  label: string;
  icon: Icon;
  Panel: ComponentType<{ property: Property }>;
}

/** "Assign to clients" with the properties module's contact search. */
function PropertyClientsTab({ property }: { property: Property }) {
  return <PropertyListingsTab property={property} Picker={ContactPicker} />;
}

/** The page's tabs, one component file each: a capability adds its tab with one line here. */
const TABS: PropertyTabSpec[] = [
  { value: 'general', label: 'properties.tabs.general', icon: IconInfoCircle, Panel: PropertyGeneralTab },
  { value: 'contacts', label: 'properties.tabs.contacts', icon: IconUsers, Panel: PropertyContactsTab },
  { value: 'history', label: 'properties.tabs.history', icon: IconHistory, Panel: PropertyHistoryTab },
  { value: 'visits', label: 'appointments.visitsTab', icon: IconWalk, Panel: PropertyVisitsTab },
  { value: 'photos', label: 'properties.tabs.photos', icon: IconPhoto, Panel: PropertyPhotosTab },
  { value: 'documents', label: 'properties.tabs.documents', icon: IconFiles, Panel: PropertyDocumentsTab },
  { value: 'matching', label: 'matching.tab', icon: IconUserSearch, Panel: PropertyMatchingTab },
  { value: 'clients', label: 'listings.tab', icon: IconSend, Panel: PropertyClientsTab },
  { value: 'estimations', label: 'estimations.tab', icon: IconCalculator, Panel: PropertyEstimationsTab },
  { value: 'mandates', label: 'mandates.tabLabel', icon: IconSignature, Panel: PropertyMandatesTab },
  { value: 'offers', label: 'offers.tabLabel', icon: IconGavel, Panel: PropertyOffersTab },
];

/** `/properties/:propertyId/:tab?`: a property's general information, its contacts by phase and its history. */
export function PropertyPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const navigate = useNavigate();
  const params = useParams();
  const propertyId = params.propertyId ?? '';
  const tab = TABS.some((spec) => spec.value === params.tab) ? (params.tab ?? 'general') : 'general';
  const property = useQuery(propertyOptions(tenant.tenantId, propertyId));
  const [editing, setEditing] = useState(false);
  const [planning, setPlanning] = useState(false);
  const loadedProperty = property.data ?? null;
  // Stable while the property is unchanged: the task form resets whenever its subject changes.
  const taskSubject = useMemo<TaskSubject | null>(
    () =>
      loadedProperty
        ? {
            kind: 'property',
            id: loadedProperty.id,
            label: `${loadedProperty.reference} · ${loadedProperty.title}`.slice(0, 160),
          }
        : null,
    [loadedProperty],
  );

  const back = (
    <Anchor component={Link} to="/properties" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('properties.back')}
      </Group>
    </Anchor>
  );

  if (property.isError || (property.isSuccess && property.data === null)) {
    return (
      <Stack>
        {back}
        <Alert color="red">{property.isError ? describeError(t, property.error) : t('properties.notFound')}</Alert>
      </Stack>
    );
  }
  const loaded = property.data ?? null;

  return (
    <>
      {back}
      <PageHeader
        title={loaded ? `${loaded.reference} · ${loaded.title}` : t('properties.loading')}
        description={
          loaded
            ? [loaded.address.street, [loaded.address.postalCode, loaded.address.city].filter(Boolean).join(' ')]
                .filter(Boolean)
                .join(', ')
            : undefined
        }
        actions={
          loaded ? (
            <Group gap="sm">
              <PropertyStatusBadge status={loaded.status} />
              <PropertyLifecycleActions property={loaded} />
              <Button
                variant="default"
                leftSection={<IconCalendarPlus size={16} />}
                onClick={() => setPlanning(true)}
                data-testid="property-plan-task"
              >
                {t('properties.planTask')}
              </Button>
              <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            </Group>
          ) : undefined
        }
      />
      {loaded ? (
        <Tabs
          value={tab}
          onChange={(value) => value && void navigate(`/properties/${propertyId}/${value}`, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List mb="lg">
            {TABS.map(({ value, label, icon: TabIcon }) => (
              <Tabs.Tab key={value} value={value} leftSection={<TabIcon size={16} />}>
                {t(label)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {TABS.map(({ value, Panel }) => (
            <Tabs.Panel key={value} value={value}>
              {/* A tab may load its code when opened (lazy): it waits here, not in the page. */}
              <Suspense fallback={<Skeleton height={80} />}>
                <Panel property={loaded} />
              </Suspense>
            </Tabs.Panel>
          ))}
        </Tabs>
      ) : (
        <Card withBorder radius="lg" p="lg">
          <Stack gap="sm">
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} height={36} />
            ))}
          </Stack>
        </Card>
      )}
      <PropertyFormModal opened={editing} onClose={() => setEditing(false)} property={loaded} />
      <TaskFormModal opened={planning} onClose={() => setPlanning(false)} task={null} subject={taskSubject} />
    </>
  );
}
