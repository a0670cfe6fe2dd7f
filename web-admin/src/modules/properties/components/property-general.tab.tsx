import { contactFullName, DESCRIPTION_LANGUAGES, type Property } from '@estate/domain';
import { Anchor, Badge, Box, Card, Group, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { formatDateTime } from '../../../ui/format-date';
import { contactOptions } from '../../contacts';
import { useLiveTenant } from '../../tenancy';
import { teamMembersOptions } from '../../team';
import { formatPrice } from './property-format';
import { PropertyLocationMap } from './property-location-map';
import { PropertyStatusBadge } from './property-status-badge';

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

function Block({ title, children, testId }: { title: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Card withBorder radius="lg" p="lg" data-testid={testId}>
      <Title order={4} mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

const dash = (value: ReactNode | null | undefined) =>
  value === null || value === undefined || value === '' ? '—' : value;

/** Everything the form holds, in the same sections; the private note marked as the agency's own. */
export function PropertyGeneralTab({ property }: { property: Property }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const liveTenant = useLiveTenant();
  const currency = liveTenant?.currency;
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const agent = members.data?.find((member) => member.uid === property.assignedAgentUid)?.displayName ?? '—';
  const sellers = useQueries({
    queries: property.sellerContactIds.map((id) => contactOptions(tenant.tenantId, id)),
  });
  const m2 = (value: number | null) => (value === null ? '—' : t('properties.surfaceValue', { surface: value }));
  const money = (value: number | null) => (value === null ? '—' : formatPrice(value, currency));
  const { address, dpe, fees, coOwnership } = property;

  return (
    <Stack gap="md">
      <Block title={t('properties.sections.general')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="lg">
          <Fact label={t('properties.fields.dealType')}>{t(`properties.dealTypes.${property.dealType}`)}</Fact>
          <Fact label={t('properties.fields.propertyType')}>{t(`properties.types.${property.propertyType}`)}</Fact>
          <Fact label={t('properties.fields.status')}>
            <PropertyStatusBadge status={property.status} />
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
      </Block>

      <Block title={t('properties.sections.address')} testId="property-address">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="lg">
          <Fact label={t('properties.fields.address')}>
            <Stack gap={0}>
              {[
                address.street,
                address.complement,
                [address.postalCode, address.city].filter(Boolean).join(' '),
                address.country,
              ]
                .filter(Boolean)
                .map((line) => (
                  <span key={line}>{line}</span>
                ))}
            </Stack>
          </Fact>
          <Fact label={t('properties.fields.location')}>
            {property.location
              ? `${property.location.latitude.toFixed(5)}, ${property.location.longitude.toFixed(5)}`
              : '—'}
          </Fact>
        </SimpleGrid>
        {property.location ? (
          <Box mt="md">
            <PropertyLocationMap property={{ ...property, location: property.location }} />
          </Box>
        ) : null}
      </Block>

      <Block title={t('properties.sections.surfaces')}>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="lg">
          <Fact label={t('properties.fields.surfaceLiving')}>{m2(property.surface)}</Fact>
          <Fact label={t('properties.fields.carrezSurface')}>{m2(property.carrezSurface)}</Fact>
          <Fact label={t('properties.fields.landSurface')}>{m2(property.landSurface)}</Fact>
          <Fact label={t('properties.fields.rooms')}>{dash(property.rooms)}</Fact>
          <Fact label={t('properties.fields.bedrooms')}>{dash(property.bedrooms)}</Fact>
          <Fact label={t('properties.fields.floor')}>
            {property.floor === 0 ? t('properties.floorGround') : dash(property.floor)}
          </Fact>
          <Fact label={t('properties.fields.floors')}>{dash(property.floors)}</Fact>
          <Fact label={t('properties.fields.yearBuilt')}>{dash(property.yearBuilt)}</Fact>
        </SimpleGrid>
      </Block>

      <Block title={t('properties.sections.energy')}>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="lg">
          <Fact label={t('properties.fields.heatingType')}>
            {property.heating.type ? t(`properties.heatingTypes.${property.heating.type}`) : '—'}
          </Fact>
          <Fact label={t('properties.fields.heatingEnergy')}>
            {property.heating.energy ? t(`properties.heatingEnergies.${property.heating.energy}`) : '—'}
          </Fact>
          <Fact label={t('properties.fields.energyClass')}>
            {dpe.energyClass ?? '—'}
            {dpe.energyValue !== null ? ` · ${dpe.energyValue} kWh/m²` : ''}
          </Fact>
          <Fact label={t('properties.fields.climateClass')}>
            {dpe.climateClass ?? '—'}
            {dpe.climateValue !== null ? ` · ${dpe.climateValue} kg CO2/m²` : ''}
          </Fact>
        </SimpleGrid>
      </Block>

      <Block title={t('properties.sections.features')}>
        {property.features.length === 0 ? (
          <Text size="sm">—</Text>
        ) : (
          <Group gap="xs">
            {property.features.map((feature) => (
              <Badge key={feature} variant="outline">
                {t(`properties.features.${feature}`)}
              </Badge>
            ))}
          </Group>
        )}
      </Block>

      <Block title={t('properties.sections.price')}>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="lg">
          <Fact label={t('properties.fields.price')}>{formatPrice(property.price, currency)}</Fact>
          <Fact label={t('properties.fields.fees')}>
            {fees
              ? t('properties.feesValueText', {
                  value: fees.kind === 'percent' ? `${fees.value} %` : formatPrice(fees.value, currency),
                  payer: t(`properties.feePayers.${property.dealType}.${fees.payer}`),
                })
              : '—'}
          </Fact>
          <Fact label={t('properties.fields.charges')}>{money(property.charges)}</Fact>
          <Fact label={t('properties.fields.propertyTax')}>{money(property.propertyTax)}</Fact>
        </SimpleGrid>
      </Block>

      {coOwnership.isCoOwnership ? (
        <Block title={t('properties.sections.coOwnership')}>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="lg">
            <Fact label={t('properties.fields.lots')}>
              {coOwnership.lots === null ? '—' : t('properties.lotsValue', { lots: coOwnership.lots })}
            </Fact>
            <Fact label={t('properties.fields.annualCharges')}>{money(coOwnership.annualCharges)}</Fact>
            <Fact label={t('properties.fields.proceedings')}>
              {coOwnership.proceedings ? t('properties.proceedingsYes') : t('properties.proceedingsNo')}
            </Fact>
          </SimpleGrid>
        </Block>
      ) : null}

      <Block title={t('properties.sections.descriptions')}>
        <Tabs defaultValue="fr">
          <Tabs.List>
            {DESCRIPTION_LANGUAGES.map((language) => (
              <Tabs.Tab key={language} value={language}>
                {t(`properties.languages.${language}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {DESCRIPTION_LANGUAGES.map((language) => (
            <Tabs.Panel key={language} value={language} pt="sm">
              <Text
                size="sm"
                style={{ whiteSpace: 'pre-wrap' }}
                c={property.descriptions[language] ? undefined : 'dimmed'}
              >
                {property.descriptions[language] || t('properties.noDescription')}
              </Text>
            </Tabs.Panel>
          ))}
        </Tabs>
      </Block>

      <Block
        testId="property-private-note"
        title={
          <Group gap="xs">
            {t('properties.sections.privateNote')}
            <Badge color="gray" variant="light" leftSection={<IconLock size={12} />}>
              {t('properties.neverShown')}
            </Badge>
          </Group>
        }
      >
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {dash(property.privateNote)}
        </Text>
      </Block>

      <Block title={t('properties.sections.source')}>
        {property.sourceUrl ? (
          <Group gap="sm">
            <Anchor href={property.sourceUrl} target="_blank" rel="noopener noreferrer" size="sm">
              {property.sourceUrl}
            </Anchor>
            <Badge variant="light" color={property.showSourceUrlToClients ? 'teal' : 'gray'}>
              {property.showSourceUrlToClients ? t('properties.sourceShown') : t('properties.sourceHidden')}
            </Badge>
          </Group>
        ) : (
          <Text size="sm">—</Text>
        )}
      </Block>
    </Stack>
  );
}
