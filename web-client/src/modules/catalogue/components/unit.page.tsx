import { catalogueLayoutUrl, moneyFormat, unitPricePerSquareMetre } from '@estate/domain';
import { UNIT_STATUS_COLOURS } from '@estate/web-shared/unit-status-colours';
import { Anchor, Badge, Card, Group, Image, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { buildingQuery, catalogueUnitQuery, projectQuery } from '../queries/catalogue.queries';
import { LoadFailed } from './load-failed';
import { ReserveUnitPanel } from './reserve-unit.panel';

/** `/catalogue/units/:unitId`: one unit, its areas and price, and reserving it. */
export function UnitPage() {
  const { t, i18n } = useTranslation();
  const { tenantId, overrideTenantId } = useTenant();
  const { unitId = '' } = useParams();
  const unit = useQuery(catalogueUnitQuery(tenantId, unitId));
  const projectId = unit.data?.projectId ?? '';
  const buildingId = unit.data?.buildingId ?? '';
  const project = useQuery({ ...projectQuery(tenantId, projectId), enabled: projectId !== '' });
  const building = useQuery({ ...buildingQuery(tenantId, buildingId), enabled: buildingId !== '' });

  if (unit.isPending) return <Skeleton height={320} radius="lg" aria-busy="true" />;
  if (unit.isError) return <LoadFailed onRetry={() => void unit.refetch()} />;
  if (!unit.data) return <Text c="dimmed">{t('catalogue.notFound')}</Text>;

  const data = unit.data;
  const money = moneyFormat(i18n.language, data.currency);
  const area = (value: number) =>
    t('catalogue.unit.squareMetres', {
      value: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(value),
    });
  const rows: [string, string][] = [
    [t('catalogue.unit.rooms'), data.rooms === 0 ? t('catalogue.studio') : String(data.rooms)],
    [t('catalogue.unit.area'), area(data.area)],
    ...(data.livingArea !== null ? [[t('catalogue.unit.livingArea'), area(data.livingArea)] as [string, string]] : []),
    ...(data.kitchenArea !== null
      ? [[t('catalogue.unit.kitchenArea'), area(data.kitchenArea)] as [string, string]]
      : []),
    [t('catalogue.unit.floor'), String(data.floor)],
    [t('catalogue.unit.section'), data.section],
    [t('catalogue.unit.finish'), t(`catalogue.finishes.${data.finish}`)],
  ];

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/catalogue/projects/${data.projectId}`} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={16} />
          {project.data?.name ?? t('catalogue.back')}
        </Group>
      </Anchor>
      <Card withBorder radius="lg" p="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Title order={2} data-testid="catalogue-unit-title">
                {t('catalogue.unit.title', { number: data.number })}
              </Title>
              <Text size="sm" c="dimmed">
                {t(`catalogue.kinds.${data.kind}`)}
                {building.data ? ` · ${building.data.name}` : ''}
              </Text>
            </div>
            <Badge
              color={UNIT_STATUS_COLOURS[data.status].badge}
              variant="light"
              size="lg"
              data-testid="catalogue-unit-status"
            >
              {t(`catalogue.statuses.${data.status}`)}
            </Badge>
          </Group>
          {data.layout ? (
            <Image
              // Public and cached for good (a new layout is a new address); the emulator's tenant override rides along.
              src={`${catalogueLayoutUrl(data.id, data.layout.id)}${overrideTenantId ? `?tenant=${encodeURIComponent(overrideTenantId)}` : ''}`}
              alt={t('catalogue.unit.layout', { number: data.number })}
              width={data.layout.width}
              height={data.layout.height}
              loading="lazy"
              fit="contain"
              radius="md"
              bg="gray.0"
              style={{ width: '100%', height: 'auto', maxHeight: 360 }}
              data-testid="catalogue-unit-layout"
            />
          ) : null}
          {data.price !== null ? (
            <div>
              <Text fw={700} size="xl" data-testid="catalogue-unit-price">
                {money.format(data.price)}
              </Text>
              <Text size="sm" c="dimmed">
                {t('catalogue.unit.pricePerSquareMetre')}:{' '}
                {money.format(unitPricePerSquareMetre({ price: data.price, area: data.area }))}
              </Text>
            </div>
          ) : null}
          <Stack gap={6} component="dl" m={0}>
            {rows.map(([label, value]) => (
              <Group key={label} justify="space-between" wrap="nowrap">
                <Text component="dt" size="sm" c="dimmed">
                  {label}
                </Text>
                <Text component="dd" size="sm" fw={500} m={0}>
                  {value}
                </Text>
              </Group>
            ))}
          </Stack>
          {data.status === 'free' ? (
            <ReserveUnitPanel unit={data} />
          ) : (
            <Text size="sm" c="dimmed" data-testid="catalogue-unit-not-on-sale">
              {t('catalogue.unit.notOnSale', { status: t(`catalogue.statuses.${data.status}`) })}
            </Text>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
