import { CATALOGUE_ROOMS_MANY_FROM, type CatalogueFilters } from '@estate/domain';
import { Button, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { boundsInverted } from '../utils/filter-params';

const ROOM_CHOICES = Array.from({ length: CATALOGUE_ROOMS_MANY_FROM + 1 }, (_, rooms) => rooms);

/** Rooms, price and area: what a buyer filters a programme's units by. */
export function UnitFilters({
  filters,
  onChange,
}: {
  filters: CatalogueFilters;
  onChange: (filters: CatalogueFilters) => void;
}) {
  const { t } = useTranslation();
  const bound = (key: 'priceMin' | 'priceMax' | 'areaMin' | 'areaMax', label: string, decimals: number) => (
    <NumberInput
      label={label}
      value={filters[key] ?? ''}
      min={0}
      decimalScale={decimals}
      thousandSeparator=" "
      hideControls
      onChange={(value) => onChange({ ...filters, [key]: typeof value === 'number' ? value : null })}
      data-testid={`catalogue-filter-${key}`}
    />
  );
  const hasAny = Object.values(filters).some((value) => value !== null);

  return (
    <Stack gap="xs">
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('catalogue.filters.rooms')}
        </Text>
        <SegmentedControl
          fullWidth
          value={filters.rooms === null ? 'any' : String(filters.rooms)}
          onChange={(value) => onChange({ ...filters, rooms: value === 'any' ? null : Number(value) })}
          data={[
            { value: 'any', label: t('catalogue.filters.any') },
            ...ROOM_CHOICES.map((rooms) => ({
              value: String(rooms),
              label:
                rooms === 0
                  ? t('catalogue.filters.studio')
                  : rooms === CATALOGUE_ROOMS_MANY_FROM
                    ? t('catalogue.filters.many', { count: rooms })
                    : String(rooms),
            })),
          ]}
          data-testid="catalogue-filter-rooms"
        />
      </div>
      <SimpleGrid cols={2} spacing="xs">
        {bound('priceMin', t('catalogue.filters.priceMin'), 0)}
        {bound('priceMax', t('catalogue.filters.priceMax'), 0)}
        {bound('areaMin', t('catalogue.filters.areaMin'), 2)}
        {bound('areaMax', t('catalogue.filters.areaMax'), 2)}
      </SimpleGrid>
      <Group justify="space-between" wrap="nowrap">
        {boundsInverted(filters) ? (
          <Text size="sm" c="red" role="alert">
            {t('catalogue.filters.boundsInverted')}
          </Text>
        ) : (
          <span />
        )}
        {hasAny ? (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => onChange({ rooms: null, priceMin: null, priceMax: null, areaMin: null, areaMax: null })}
          >
            {t('catalogue.filters.clear')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
