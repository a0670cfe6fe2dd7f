import { moneyFormat, phaseLabel, type Contact } from '@estate/domain';
import { Alert, Badge, Card, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconHome } from '@tabler/icons-react';
import { pipelineSettingsOptions } from '../../../pipeline';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLiveTenant } from '../../../tenancy';
import { currentLocale } from '../../../../i18n/i18n';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { EmptyState } from '../../../../ui/empty-state';
import { formatDateTime } from '../../../../ui/format-date';
import { useInterestsViewer } from '../../../pipeline';
import type { PropertyRow } from '../data/client-file.repository';
import { buyerInterestsOptions, sellerPropertiesOptions } from '../queries/client-file.queries';

function usePrice(): (price: number | null) => string {
  const currency = useLiveTenant()?.currency ?? 'EUR';
  const format = moneyFormat(currentLocale(), currency);
  return (price) => (price === null ? '—' : format.format(price));
}

function StatusBadge({ status }: { status: PropertyRow['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={status === 'online' ? 'teal' : status === 'archived' || status === 'offline' ? 'gray' : 'blue'}
      variant="light"
    >
      {t(`clientFile.properties.status.${status}`)}
    </Badge>
  );
}

function Loading() {
  return (
    <Stack gap="sm">
      {[0, 1, 2].map((row) => (
        <Skeleton key={row} height={36} />
      ))}
    </Stack>
  );
}

/** A seller's (or landlord's) properties: city, price, online or not, visits and offers so far. */
function SellerProperties({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const price = usePrice();
  const properties = useQuery(sellerPropertiesOptions(tenant.tenantId, contact.id));
  if (properties.isPending) return <Loading />;
  if (properties.isError) return <Alert color="red">{describeError(t, properties.error)}</Alert>;
  if (properties.data.length === 0) {
    return (
      <EmptyState
        icon={<IconHome size={28} />}
        title={t('clientFile.properties.noneSeller')}
        description={t('clientFile.properties.noneSellerText')}
      />
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover data-testid="seller-properties">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('clientFile.properties.reference')}</Table.Th>
            <Table.Th>{t('clientFile.properties.city')}</Table.Th>
            <Table.Th ta="right">{t('clientFile.properties.price')}</Table.Th>
            <Table.Th>{t('clientFile.properties.statusLabel')}</Table.Th>
            <Table.Th ta="right">{t('clientFile.properties.visits')}</Table.Th>
            <Table.Th ta="right">{t('clientFile.properties.offers')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {properties.data.map((property) => (
            <Table.Tr key={property.id}>
              <Table.Td>
                <Text fw={600} size="sm">
                  {property.reference}
                </Text>
                <Text size="xs" c="dimmed">
                  {property.title}
                </Text>
              </Table.Td>
              <Table.Td>{`${property.address.postalCode} ${property.address.city}`.trim()}</Table.Td>
              <Table.Td ta="right">{price(property.price)}</Table.Td>
              <Table.Td>
                <StatusBadge status={property.status} />
              </Table.Td>
              <Table.Td ta="right">{property.visitCount}</Table.Td>
              <Table.Td ta="right">{property.offerCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The properties a buyer (or tenant) is interested in, with their commercialisation phase. */
function InterestedProperties({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const price = usePrice();
  const viewer = useInterestsViewer();
  const interests = useQuery(buyerInterestsOptions(tenant.tenantId, contact.id, viewer));
  const settings = useQuery(pipelineSettingsOptions(tenant.tenantId));
  if (interests.isPending) return <Loading />;
  if (interests.isError) return <Alert color="red">{describeError(t, interests.error)}</Alert>;
  if (interests.data.length === 0) {
    return (
      <EmptyState
        icon={<IconHome size={28} />}
        title={t('clientFile.properties.noneBuyer')}
        description={t('clientFile.properties.noneBuyerText')}
      />
    );
  }
  const names = settings.data ?? { phaseNames: { sale: {}, rental: {} } };
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover data-testid="buyer-interests">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('clientFile.properties.reference')}</Table.Th>
            <Table.Th>{t('clientFile.properties.city')}</Table.Th>
            <Table.Th ta="right">{t('clientFile.properties.price')}</Table.Th>
            <Table.Th>{t('clientFile.properties.statusLabel')}</Table.Th>
            <Table.Th>{t('clientFile.properties.phase')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {interests.data.map(({ interest, property }) => (
            <Table.Tr key={interest.propertyId}>
              <Table.Td>
                <Text fw={600} size="sm">
                  {property?.reference ?? interest.propertyReference}
                </Text>
                {property ? (
                  <Text size="xs" c="dimmed">
                    {property.title}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{property ? `${property.address.postalCode} ${property.address.city}`.trim() : '—'}</Table.Td>
              <Table.Td ta="right">{price(property?.price ?? null)}</Table.Td>
              <Table.Td>{property ? <StatusBadge status={property.status} /> : '—'}</Table.Td>
              <Table.Td>
                <Badge variant="light">{phaseLabel(names, interest.dealType, interest.phase, currentLocale())}</Badge>
                {interest.phaseSince ? (
                  <Text size="xs" c="dimmed">
                    {t('clientFile.properties.since', { date: formatDateTime(interest.phaseSince) })}
                  </Text>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function PropertiesTab({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const sells = contact.clientType === 'seller' || contact.clientType === 'landlord';
  return (
    <Card withBorder radius="lg" p="lg">
      {contact.clientType === null ? (
        <EmptyState
          icon={<IconHome size={28} />}
          title={t('clientFile.properties.noneProspect')}
          description={t('clientFile.properties.noneProspectText')}
        />
      ) : sells ? (
        <SellerProperties contact={contact} />
      ) : (
        <InterestedProperties contact={contact} />
      )}
    </Card>
  );
}
