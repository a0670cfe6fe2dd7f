import { isCollaborator, PROPERTY_STATUSES, PROPERTY_TYPES } from '@estate/domain';
import { Button, Group, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilterOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { teamMembersOptions } from '../../team';
import { DEFAULT_PROPERTY_FILTERS, PROPERTY_SORTS, type PropertyListFilters } from '../data/property-list';

interface PropertyFiltersProps {
  value: PropertyListFilters;
  onChange: (filters: PropertyListFilters) => void;
}

const ACTIVE = 'active';

/** The list's filters (kind, status, city, agent, price range) and sort; the city waits for typing to pause. */
export function PropertyFilters({ value, onChange }: PropertyFiltersProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const [city, setCity] = useState(value.city);
  const [debouncedCity] = useDebouncedValue(city, 300);
  // Only a new pause in typing applies the city, so clearing the filters is not undone by an older one.
  const applied = useRef(debouncedCity);
  useEffect(() => {
    if (debouncedCity === applied.current) return;
    applied.current = debouncedCity;
    if (debouncedCity !== value.city) onChange({ ...value, city: debouncedCity });
  }, [debouncedCity, value, onChange]);
  const agents = (members.data ?? [])
    .filter((member) => member.status === 'active' && isCollaborator(member.role))
    .map((member) => ({ value: member.uid, label: member.displayName }));
  const number = (input: string | number) => (typeof input === 'number' ? input : null);

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" data-testid="property-filters">
      <Select
        label={t('properties.filters.kind')}
        placeholder={t('properties.filters.any')}
        data={PROPERTY_TYPES.map((type) => ({ value: type, label: t(`properties.types.${type}`) }))}
        value={value.propertyType}
        onChange={(next) => onChange({ ...value, propertyType: (next as PropertyListFilters['propertyType']) ?? null })}
        clearable
      />
      <Select
        label={t('properties.filters.status')}
        data={[
          { value: ACTIVE, label: t('properties.filters.active') },
          ...PROPERTY_STATUSES.map((status) => ({ value: status, label: t(`properties.statuses.${status}`) })),
        ]}
        value={value.status ?? ACTIVE}
        onChange={(next) =>
          onChange({ ...value, status: !next || next === ACTIVE ? null : (next as PropertyListFilters['status']) })
        }
        allowDeselect={false}
      />
      <TextInput
        label={t('properties.filters.city')}
        placeholder={t('properties.filters.cityPlaceholder')}
        value={city}
        onChange={(event) => setCity(event.currentTarget.value)}
      />
      <Select
        label={t('properties.filters.agent')}
        placeholder={t('properties.filters.any')}
        data={agents}
        value={value.agentUid}
        onChange={(next) => onChange({ ...value, agentUid: next ?? null })}
        clearable
        searchable
      />
      <NumberInput
        label={t('properties.filters.priceMin')}
        min={0}
        allowDecimal={false}
        thousandSeparator=" "
        value={value.priceMin ?? ''}
        onChange={(next) => onChange({ ...value, priceMin: number(next) })}
      />
      <NumberInput
        label={t('properties.filters.priceMax')}
        min={0}
        allowDecimal={false}
        thousandSeparator=" "
        value={value.priceMax ?? ''}
        onChange={(next) => onChange({ ...value, priceMax: number(next) })}
      />
      <Select
        label={t('properties.filters.sort')}
        data={PROPERTY_SORTS.map((sort) => ({ value: sort, label: t(`properties.sorts.${sort}`) }))}
        value={value.sort}
        onChange={(next) => next && onChange({ ...value, sort: next as PropertyListFilters['sort'] })}
        allowDeselect={false}
      />
      <Group align="flex-end">
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => {
            setCity('');
            onChange(DEFAULT_PROPERTY_FILTERS);
          }}
        >
          {t('properties.filters.reset')}
        </Button>
      </Group>
    </SimpleGrid>
  );
}
