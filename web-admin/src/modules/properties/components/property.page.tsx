import { Alert, Anchor, Button, Card, Group, SimpleGrid, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import {
  IconArrowLeft,
  IconCalendarPlus,
  IconEdit,
  IconHistory,
  IconInfoCircle,
  IconSignature,
  IconUsers,
} from '@tabler/icons-react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { contactFullName, type Property, type TaskSubject } from '@estate/domain';
import { useLiveTenant } from '../../tenancy';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { formatDateTime } from '../../../ui/format-date';
import { PageHeader } from '../../../ui/page-header';
import { contactOptions } from '../../contacts';
import { TaskFormModal } from '../../tasks';
import { PropertyMandatesTab } from '../../mandates';
import { teamMembersOptions } from '../../team';
import { propertyOptions } from '../queries/properties.queries';
import { PropertyStatusBadge } from './properties.page';
import { PropertyContactsTab } from './property-contacts.tab';
import { PropertyHistoryTab } from './property-history.tab';
import { formatPrice } from './property-format';
import { PropertyFormModal } from './property-form.modal';

const TABS = ['general', 'contacts', 'history', 'mandates'] as const;
type PropertyTab = (typeof TABS)[number];

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

function GeneralTab({ property }: { property: Property }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const liveTenant = useLiveTenant();
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const agent = members.data?.find((member) => member.uid === property.assignedAgentUid)?.displayName ?? '—';
  const sellers = useQueries({
    queries: property.sellerContactIds.map((id) => contactOptions(tenant.tenantId, id)),
  });
  return (
    <Card withBorder radius="lg" p="lg">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="lg">
        <Fact label={t('properties.fields.dealType')}>{t(`properties.dealTypes.${property.dealType}`)}</Fact>
        <Fact label={t('properties.fields.propertyType')}>{t(`properties.types.${property.propertyType}`)}</Fact>
        <Fact label={t('properties.fields.status')}>
          <PropertyStatusBadge status={property.status} />
        </Fact>
        <Fact label={t('properties.fields.price')}>{formatPrice(property.price, liveTenant?.currency)}</Fact>
        <Fact label={t('properties.fields.surface')}>
          {property.surface === null ? '—' : t('properties.surfaceValue', { surface: property.surface })}
        </Fact>
        <Fact label={t('properties.fields.rooms')}>{property.rooms ?? '—'}</Fact>
        <Fact label={t('properties.fields.city')}>
          {[property.address.postalCode, property.address.city].filter(Boolean).join(' ')}
        </Fact>
        <Fact label={t('properties.fields.agent')}>{agent}</Fact>
        <Fact label={t('properties.fields.sellers')}>
          {property.sellerContactIds.length === 0 ? (
            '—'
          ) : (
            <Stack gap={2}>
              {property.sellerContactIds.map((id, index) => {
                const contact = sellers[index]?.data;
                return (
                  <Anchor key={id} component={Link} to={`/clients/${id}/history`} size="sm">
                    {contact ? contactFullName(contact) || contact.email : '…'}
                  </Anchor>
                );
              })}
            </Stack>
          )}
        </Fact>
        <Fact label={t('properties.fields.counts')}>
          {t('properties.countsValue', { visits: property.visitCount, offers: property.offerCount })}
        </Fact>
        <Fact label={t('properties.fields.updatedAt')}>{formatDateTime(property.updatedAt)}</Fact>
      </SimpleGrid>
    </Card>
  );
}

/** `/properties/:propertyId/:tab?`: a property's general information, its contacts by phase and its history. */
export function PropertyPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const navigate = useNavigate();
  const params = useParams();
  const propertyId = params.propertyId ?? '';
  const tab: PropertyTab = (TABS as readonly string[]).includes(params.tab ?? '')
    ? (params.tab as PropertyTab)
    : 'general';
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
        description={loaded ? [loaded.address.postalCode, loaded.address.city].filter(Boolean).join(' ') : undefined}
        actions={
          loaded ? (
            <Group gap="sm">
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
            <Tabs.Tab value="general" leftSection={<IconInfoCircle size={16} />}>
              {t('properties.tabs.general')}
            </Tabs.Tab>
            <Tabs.Tab value="contacts" leftSection={<IconUsers size={16} />}>
              {t('properties.tabs.contacts')}
            </Tabs.Tab>
            <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
              {t('properties.tabs.history')}
            </Tabs.Tab>
            <Tabs.Tab value="mandates" leftSection={<IconSignature size={16} />} data-testid="property-tab-mandates">
              {t('mandates.tabLabel')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="general">
            <GeneralTab property={loaded} />
          </Tabs.Panel>
          <Tabs.Panel value="contacts">
            <PropertyContactsTab property={loaded} />
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <PropertyHistoryTab property={loaded} />
          </Tabs.Panel>
          <Tabs.Panel value="mandates">
            <Suspense fallback={<Skeleton height={80} />}>
              <PropertyMandatesTab property={loaded} />
            </Suspense>
          </Tabs.Panel>
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
