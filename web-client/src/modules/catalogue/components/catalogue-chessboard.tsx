import {
  chessboardLayout,
  matchesCatalogueFilters,
  moneyFormat,
  type Building,
  type CatalogueFilters,
  type CatalogueUnit,
  type UnitStatus,
} from '@estate/domain';
import { UNIT_STATUS_COLOURS } from '@estate/web-shared/unit-status-colours';
import { Box, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

const CELL_WIDTH = 64;
const CELL_HEIGHT = 48;
const LEGEND: UnitStatus[] = ['free', 'reserved', 'booked', 'sold', 'notForSale'];

/**
 * A building's chessboard ("шахматка") for buyers: per section, floors top first by positions, each
 * unit coloured by status; free ones show their price in thousands. Units outside the filters fade so
 * the board keeps its shape. Each section scrolls sideways on a phone.
 */
export function CatalogueChessboard({
  building,
  units,
  filters,
}: {
  building: Pick<Building, 'sections'>;
  units: readonly CatalogueUnit[];
  filters: CatalogueFilters;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const layout = useMemo(() => chessboardLayout(building, units), [building, units]);
  const compact = useMemo(
    () => new Intl.NumberFormat(i18n.language, { notation: 'compact', maximumFractionDigits: 1 }),
    [i18n.language],
  );
  const currency = units[0]?.currency;
  const money = currency ? moneyFormat(i18n.language, currency) : null;

  return (
    <Stack gap="md">
      <Group gap="xs">
        {LEGEND.map((status) => (
          <Group key={status} gap={4} wrap="nowrap">
            <Box
              w={14}
              h={14}
              style={{
                background: UNIT_STATUS_COLOURS[status].background,
                border: `1px solid ${UNIT_STATUS_COLOURS[status].border}`,
                borderRadius: 3,
              }}
            />
            <Text size="xs">{t(`catalogue.statuses.${status}`)}</Text>
          </Group>
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        {t('catalogue.chessboardHint')}
      </Text>
      {layout.sections.map((section) => (
        <Box key={section.name} data-testid="catalogue-section">
          <Text fw={600} size="sm" mb={4}>
            {t('catalogue.section', { name: section.name })}
          </Text>
          <Box style={{ overflowX: 'auto' }}>
            <table style={{ borderCollapse: 'separate', borderSpacing: 3 }}>
              <tbody>
                {layout.floors.map((floor) => (
                  <tr key={floor}>
                    <th
                      scope="row"
                      style={{ fontSize: 11, fontWeight: 500, color: 'var(--mantine-color-dimmed)', paddingRight: 4 }}
                    >
                      {t('catalogue.floorShort')} {floor}
                    </th>
                    {Array.from({ length: section.positions }, (_, index) => {
                      const unit = layout.unitAt(section.name, floor, index + 1);
                      if (!unit) return <td key={index} style={{ width: CELL_WIDTH, height: CELL_HEIGHT }} />;
                      const colours = UNIT_STATUS_COLOURS[unit.status];
                      const dimmed = !matchesCatalogueFilters(unit, filters);
                      const label = [
                        t('catalogue.unit.title', { number: unit.number }),
                        unit.rooms === 0 ? t('catalogue.studio') : t('catalogue.roomsCount', { count: unit.rooms }),
                        t('catalogue.unit.squareMetres', { value: unit.area }),
                        unit.price !== null && money
                          ? money.format(unit.price)
                          : t(`catalogue.statuses.${unit.status}`),
                      ].join(', ');
                      return (
                        <td key={index} style={{ padding: 0 }}>
                          <button
                            type="button"
                            aria-label={label}
                            title={label}
                            onClick={() => void navigate(`/catalogue/units/${unit.id}`)}
                            data-testid="catalogue-cell"
                            data-number={unit.number}
                            data-status={unit.status}
                            data-dimmed={dimmed ? 'true' : 'false'}
                            style={{
                              width: CELL_WIDTH,
                              height: CELL_HEIGHT,
                              borderRadius: 6,
                              background: colours.background,
                              border: `1px solid ${colours.border}`,
                              opacity: dimmed ? 0.25 : 1,
                              fontSize: 11,
                              lineHeight: '13px',
                              cursor: 'pointer',
                              padding: 2,
                              font: 'inherit',
                            }}
                          >
                            <b style={{ fontSize: 11 }}>{unit.number}</b>
                            <br />
                            <span style={{ fontSize: 10 }}>
                              {unit.rooms === 0 ? t('catalogue.studio') : unit.rooms}
                              {unit.price !== null ? ` · ${compact.format(unit.price)}` : ''}
                            </span>
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </Box>
        </Box>
      ))}
    </Stack>
  );
}
