import type { Unit } from '@estate/domain';
import { Divider, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { useMoney } from '../../tenancy';
import { unitBookingsOptions } from '../queries/bookings.queries';

/**
 * Under the unit's price breakdown: the discount its current offer (awaiting payment or paid) grants
 * and the offer's price. Nothing when the offer has no discount. Reads the same query as the booking panel.
 */
export function UnitOfferDiscount({ unit }: { unit: Pick<Unit, 'id'> }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const money = useMoney();
  const bookings = useQuery(unitBookingsOptions(tenantId, unit.id));
  const offer = bookings.data?.find((booking) => booking.status === 'issued' || booking.status === 'paid') ?? null;
  if (!offer?.discount) return null;
  return (
    <Stack gap={6} data-testid="unit-offer-discount">
      <Divider />
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={0}>
          <Text size="sm">{t('bookings.discount.line', { client: offer.contactName })}</Text>
          <Text size="xs" c="dimmed">
            {offer.discount.reason}
            {offer.discount.approvalId ? ` · ${t('bookings.discount.approved')}` : ''}
          </Text>
        </Stack>
        <Text size="sm" c="teal" style={{ whiteSpace: 'nowrap' }}>
          −{money(offer.discount.amount)}
        </Text>
      </Group>
      <Group justify="space-between">
        <Text fw={700}>{t('bookings.discount.offerPrice')}</Text>
        <Text fw={700} data-testid="unit-offer-price">
          {money(offer.price)}
        </Text>
      </Group>
    </Stack>
  );
}
