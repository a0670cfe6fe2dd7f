import { CATALOGUE_ROOMS_MANY_FROM, NO_CATALOGUE_FILTERS, type CatalogueFilters } from '@estate/domain';
import { Box, Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { boundsInverted, parseBound } from '../utils/filter-params';

type BoundKey = 'priceMin' | 'priceMax' | 'areaMin' | 'areaMax';

function textsOf(filters: CatalogueFilters): Record<BoundKey, string> {
  const text = (value: number | null) => (value === null ? '' : String(value));
  return {
    priceMin: text(filters.priceMin),
    priceMax: text(filters.priceMax),
    areaMin: text(filters.areaMin),
    areaMax: text(filters.areaMax),
  };
}

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
  // What is typed in each bound, as typed ("8 450 000", "54,5"); the filters keep the numbers read.
  const [texts, setTexts] = useState(() => textsOf(filters));
  const bound = (key: BoundKey, label: string, decimal: boolean) => (
    <TextInput
      label={label}
      inputMode={decimal ? 'decimal' : 'numeric'}
      value={texts[key]}
      onChange={(event) => {
        const text = event.currentTarget.value;
        setTexts((current) => ({ ...current, [key]: text }));
        onChange({ ...filters, [key]: parseBound(text) });
      }}
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
      <Box style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 'var(--mantine-spacing-xs)' }}>
        {bound('priceMin', t('catalogue.filters.priceMin'), false)}
        {bound('priceMax', t('catalogue.filters.priceMax'), false)}
        {bound('areaMin', t('catalogue.filters.areaMin'), true)}
        {bound('areaMax', t('catalogue.filters.areaMax'), true)}
      </Box>
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
            onClick={() => {
              setTexts(textsOf(NO_CATALOGUE_FILTERS));
              onChange(NO_CATALOGUE_FILTERS);
            }}
          >
            {t('catalogue.filters.clear')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
