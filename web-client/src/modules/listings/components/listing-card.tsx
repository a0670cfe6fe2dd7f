import type { ClientListing } from '@estate/domain';
import { Card, Group, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useMoney } from '../../../lib/use-money';
import { ListingPhoto } from './listing-photo';

/** A listing in a tab: cover photo, price and place; opens its page. */
export function ListingCard({ listing }: { listing: ClientListing }) {
  const money = useMoney();
  const { property } = listing;
  return (
    <Card
      component={Link}
      to={`/listings/${listing.propertyId}`}
      radius="lg"
      padding={0}
      withBorder
      data-testid={`listing-card-${listing.propertyId}`}
    >
      <ListingPhoto
        propertyId={listing.propertyId}
        photoId={property.photoIds[0] ?? null}
        variant="small"
        alt={property.title}
        height={170}
      />
      <Group justify="space-between" p="sm" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Text fw={700} truncate>
            {property.title}
          </Text>
          <Group gap={4} c="dimmed" wrap="nowrap">
            <IconMapPin size={14} aria-hidden />
            <Text size="sm" truncate>
              {[property.postalCode, property.city].filter(Boolean).join(' ')}
            </Text>
          </Group>
        </div>
        <Text fw={700} c="brand" style={{ whiteSpace: 'nowrap' }}>
          {money(property.price)}
        </Text>
      </Group>
    </Card>
  );
}
