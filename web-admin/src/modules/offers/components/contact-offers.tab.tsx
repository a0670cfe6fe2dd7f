import { Alert, Anchor, Card, Group, Skeleton, Stack } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { buyerOffersOptions } from '../queries/offers.queries';
import { OfferStatusBadge } from './offer-status.badge';
import { OfferSummary } from './offer-summary';

/** The client file's "Offers" tab: the offers this buyer made or was countered on, each opening its property's tab. */
export function ContactOffersTab({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const offers = useQuery(buyerOffersOptions(tenant.tenantId, contactId));
  if (offers.isError) return <Alert color="red">{describeError(t, offers.error)}</Alert>;
  if (offers.isPending) return <Skeleton height={80} />;
  if (offers.data.length === 0) {
    return (
      <EmptyState
        icon={<IconGavel size={28} />}
        title={t('offers.client.emptyTitle')}
        description={t('offers.client.emptyDescription')}
      />
    );
  }
  return (
    <Stack gap="sm">
      {offers.data.map((offer) => (
        <Card key={offer.id} withBorder radius="md" p="md" data-testid="client-offer">
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Anchor component={Link} to={`/properties/${offer.propertyId}/offers`} fw={600}>
                {offer.propertyReference} · {offer.propertyTitle}
              </Anchor>
              <OfferSummary offer={offer} />
            </Stack>
            <OfferStatusBadge status={offer.status} />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
