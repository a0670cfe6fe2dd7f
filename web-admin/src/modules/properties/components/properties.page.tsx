import { referencePrefixes } from '@estate/domain';
import {
  Alert,
  Button,
  Card,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingEstate, IconPlus, IconSearch } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useLiveTenant } from '../../tenancy';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { PageHeader } from '../../../ui/page-header';
import { teamMembersOptions } from '../../team';
import { propertiesListOptions, propertySearchOptions } from '../queries/properties.queries';
import { formatPrice } from './property-format';
import { PropertyFormModal } from './property-form.modal';
import { PropertyCoverThumbnail } from './property-photo-thumbnail';
import { PropertiesMap } from './properties-map';
import { PropertyStatusBadge } from './property-status-badge';
import { PropertyFilters } from './property-filters';
import { DEFAULT_PROPERTY_FILTERS, propertyListQuery, type PropertyListFilters } from '../data/property-list';

/** `/properties`: the agency's properties by reference, a search by reference, and new properties. */
export function PropertiesPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const liveTenant = useLiveTenant();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [typed, setTyped] = useState('');
  const [debounced] = useDebouncedValue(typed.trim(), 200);
  const searching = debounced !== '';
  const searchable = referencePrefixes(debounced).length > 0;
  const [filters, setFilters] = useState<PropertyListFilters>(DEFAULT_PROPERTY_FILTERS);
  // The view is in the address, so coming back from a property opened on the map finds the map.
  const [searchParams, setSearchParams] = useSearchParams();
  const view = searchParams.get('view') === 'map' ? 'map' : 'list';
  const showView = (next: string) =>
    setSearchParams(
      (params) => {
        if (next === 'map') params.set('view', 'map');
        else params.delete('view');
        return params;
      },
      { replace: true },
    );
  const plan = propertyListQuery(filters);
  const list = useInfiniteQuery({ ...propertiesListOptions(tenant.tenantId, filters), enabled: !searching });
  const search = useQuery({ ...propertySearchOptions(tenant.tenantId, debounced), enabled: searching && searchable });
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const agentName = (uid: string) => members.data?.find((member) => member.uid === uid)?.displayName ?? '—';

  const properties = searching ? (search.data ?? []) : (list.data?.pages.flatMap((page) => page.properties) ?? []);
  const filtered = JSON.stringify(filters) !== JSON.stringify(DEFAULT_PROPERTY_FILTERS);
  const pending = searching ? searchable && search.isPending : list.isPending;
  const error = searching ? search.error : list.error;

  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
      {t('properties.new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('properties.title')} description={t('properties.description')} actions={newButton} />
      <Card withBorder radius="lg" p="md" mb="md">
        <TextInput
          label={t('properties.searchLabel')}
          placeholder={t('properties.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          type="search"
          maw={360}
          description={searching && !searchable ? t('properties.searchHint') : undefined}
          mb={searching ? 0 : 'md'}
        />
        {searching ? null : <PropertyFilters value={filters} onChange={setFilters} />}
        <SegmentedControl
          mt="md"
          value={view}
          onChange={showView}
          aria-label={t('properties.map.view')}
          data-testid="properties-view"
          data={[
            { value: 'list', label: t('properties.map.list') },
            { value: 'map', label: t('properties.map.map') },
          ]}
        />
        {!searching && plan.sortReplaced ? (
          <Text size="xs" c="dimmed" mt="xs">
            {t('properties.filters.sortReplaced')}
          </Text>
        ) : null}
      </Card>
      {error ? (
        <Alert color="red" mb="md">
          {describeError(t, error)}
        </Alert>
      ) : null}
      <Card withBorder radius="lg" p={0}>
        {pending ? (
          <Stack gap="sm" p="md">
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} height={36} />
            ))}
          </Stack>
        ) : properties.length === 0 ? (
          <EmptyState
            icon={<IconBuildingEstate size={28} />}
            title={
              searching
                ? t('properties.noMatch')
                : filtered
                  ? t('properties.filters.noMatch')
                  : t('properties.emptyTitle')
            }
            description={
              searching
                ? t('properties.noMatchText')
                : filtered
                  ? t('properties.filters.noMatchText')
                  : t('properties.emptyText')
            }
            action={searching ? undefined : newButton}
          />
        ) : view === 'map' ? (
          <PropertiesMap properties={properties} currency={liveTenant?.currency} />
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table highlightOnHover verticalSpacing="sm" data-testid="properties-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th aria-label={t('properties.photos.cover')} w={80} />
                  <Table.Th>{t('properties.fields.reference')}</Table.Th>
                  <Table.Th>{t('properties.fields.title')}</Table.Th>
                  <Table.Th>{t('properties.fields.propertyType')}</Table.Th>
                  <Table.Th>{t('properties.fields.city')}</Table.Th>
                  <Table.Th ta="right">{t('properties.fields.price')}</Table.Th>
                  <Table.Th>{t('properties.fields.status')}</Table.Th>
                  <Table.Th>{t('properties.fields.agent')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {properties.map((property) => (
                  <Table.Tr
                    key={property.id}
                    style={{ cursor: 'pointer' }}
                    onClick={() => void navigate(`/properties/${property.id}`)}
                  >
                    <Table.Td>
                      <PropertyCoverThumbnail property={property} />
                    </Table.Td>
                    <Table.Td>
                      <UnstyledButton component={Link} to={`/properties/${property.id}`} fw={600}>
                        {property.reference}
                      </UnstyledButton>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={1}>
                        {property.title}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`properties.types.${property.propertyType}`)}</Table.Td>
                    <Table.Td>{property.address.city}</Table.Td>
                    <Table.Td ta="right">{formatPrice(property.price, liveTenant?.currency)}</Table.Td>
                    <Table.Td>
                      <PropertyStatusBadge status={property.status} />
                    </Table.Td>
                    <Table.Td>{agentName(property.assignedAgentUid)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {!searching && list.hasNextPage ? (
        <Group justify="center" mt="md">
          <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('properties.loadMore')}
          </Button>
        </Group>
      ) : null}
      <PropertyFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        property={null}
        onSaved={(propertyId) => void navigate(`/properties/${propertyId}`)}
      />
    </>
  );
}
