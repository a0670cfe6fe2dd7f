import { UNIT_STATUSES, type UnitStatus } from '@estate/domain';
import { Button, Chip, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NO_FILTERS, ROOMS_MANY_FROM, hasFilters, type UnitFilters } from '../utils/chessboard';
import { STATUS_COLOURS } from './unit-status';

const ROOM_CHOICES = [0, 1, 2, 3, ROOMS_MANY_FROM];

/** The chessboard's filters: rooms, price and area ranges, statuses (with each status's count). */
export function UnitFiltersBar({
  filters,
  counts,
  onChange,
}: {
  filters: UnitFilters;
  counts: Record<UnitStatus, number>;
  onChange: (filters: UnitFilters) => void;
}) {
  const { t } = useTranslation();
  const bound = (value: number | string) => (typeof value === 'number' ? value : null);
  const roomLabel = (rooms: number) =>
    rooms === 0 ? t('projects.unit.studioShort') : rooms === ROOMS_MANY_FROM ? `${rooms}+` : String(rooms);
  return (
    <Stack gap="xs">
      <Group gap="md" align="flex-end" wrap="wrap">
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('projects.filters.rooms')}
          </Text>
          <Chip.Group
            multiple
            value={filters.rooms.map(String)}
            onChange={(values) => onChange({ ...filters, rooms: values.map(Number) })}
          >
            <Group gap={4}>
              {ROOM_CHOICES.map((rooms) => (
                <Chip key={rooms} value={String(rooms)} size="sm" data-testid={`filter-rooms-${rooms}`}>
                  {roomLabel(rooms)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </div>
        <NumberInput
          label={t('projects.filters.priceMin')}
          value={filters.priceMin ?? ''}
          onChange={(value) => onChange({ ...filters, priceMin: bound(value) })}
          thousandSeparator=" "
          min={0}
          w={140}
          data-testid="filter-price-min"
        />
        <NumberInput
          label={t('projects.filters.priceMax')}
          value={filters.priceMax ?? ''}
          onChange={(value) => onChange({ ...filters, priceMax: bound(value) })}
          thousandSeparator=" "
          min={0}
          w={140}
          data-testid="filter-price-max"
        />
        <NumberInput
          label={t('projects.filters.areaMin')}
          value={filters.areaMin ?? ''}
          onChange={(value) => onChange({ ...filters, areaMin: bound(value) })}
          decimalScale={2}
          min={0}
          w={110}
        />
        <NumberInput
          label={t('projects.filters.areaMax')}
          value={filters.areaMax ?? ''}
          onChange={(value) => onChange({ ...filters, areaMax: bound(value) })}
          decimalScale={2}
          min={0}
          w={110}
        />
        {hasFilters(filters) ? (
          <Button variant="subtle" onClick={() => onChange(NO_FILTERS)} data-testid="filters-reset">
            {t('projects.filters.reset')}
          </Button>
        ) : null}
      </Group>
      <Chip.Group
        multiple
        value={filters.statuses}
        onChange={(values) => onChange({ ...filters, statuses: values as UnitStatus[] })}
      >
        <Group gap={6}>
          {UNIT_STATUSES.map((status) => (
            <Chip
              key={status}
              value={status}
              size="sm"
              color={STATUS_COLOURS[status].badge}
              data-testid={`filter-status-${status}`}
            >
              {t(`projects.statuses.${status}`)} · {counts[status]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Stack>
  );
}
