import { moneyFormat, unitPricePerSquareMetre, type CatalogueUnit } from '@estate/domain';
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UNIT_STATUS_COLOURS } from '@estate/web-shared/unit-status-colours';

/** A unit in the list: what it is, where, and its price. */
export function UnitSummary({ unit }: { unit: CatalogueUnit }) {
  const { t, i18n } = useTranslation();
  const money = moneyFormat(i18n.language, unit.currency);
  const area = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(unit.area);
  return (
    <Card
      withBorder
      radius="lg"
      p="sm"
      component={Link}
      to={`/catalogue/units/${unit.id}`}
      data-testid="catalogue-unit"
      data-number={unit.number}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Text fw={700}>
            {t('catalogue.unit.title', { number: unit.number })} ·{' '}
            {unit.rooms === 0 ? t('catalogue.studio') : t('catalogue.roomsCount', { count: unit.rooms })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('catalogue.unit.squareMetres', { value: area })} · {t('catalogue.unit.floor')} {unit.floor} ·{' '}
            {t(`catalogue.finishes.${unit.finish}`)}
          </Text>
        </Stack>
        <Stack gap={2} align="flex-end">
          {unit.price !== null ? (
            <>
              <Text fw={700} style={{ whiteSpace: 'nowrap' }}>
                {money.format(unit.price)}
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {money.format(unitPricePerSquareMetre({ price: unit.price, area: unit.area }))} / m²
              </Text>
            </>
          ) : (
            <Badge color={UNIT_STATUS_COLOURS[unit.status].badge} variant="light">
              {t(`catalogue.statuses.${unit.status}`)}
            </Badge>
          )}
        </Stack>
      </Group>
    </Card>
  );
}
