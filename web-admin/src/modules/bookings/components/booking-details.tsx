import { cancelBookingContract, isInventoryEditor, type Booking } from '@estate/domain';
import { Alert, Button, Divider, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCash, IconX } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { formatDateTime } from '../../../ui/format-date';
import { notifySuccess } from '../../../ui/notify';
import { useActiveSession } from '../../session';
import { useMoney } from '../../tenancy';
import { cancelBooking } from '../data/bookings.repository';
import { bookingOptions } from '../queries/bookings.queries';
import {
  BookingStatusBadge,
  formatDay,
  PaymentModal,
  useBookingErrorText,
  useInvalidateBookings,
} from './booking-dialogs';
import { EscrowFormSection } from './escrow-form';

function Figure({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={500} data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

function Details({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const money = useMoney();
  const { claims } = useActiveSession();
  const errorText = useBookingErrorText();
  const invalidate = useInvalidateBookings(tenant.tenantId);
  const [paying, setPaying] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const cancel = useMutation({
    mutationFn: () => cancelBooking(booking.id),
    onSuccess: async () => {
      notifySuccess(t('bookings.panel.cancelled'));
      setCancelling(false);
      await invalidate();
    },
  });
  const unit = [booking.unitNumber, booking.buildingName, booking.projectName].filter(Boolean).join(' · ');

  return (
    <Stack gap="md" data-testid="booking-details">
      <Group justify="space-between">
        <BookingStatusBadge booking={booking} now={new Date()} />
        {booking.status === 'issued' && (
          <Group gap="xs">
            {isInventoryEditor(claims.role) && (
              <Button size="xs" leftSection={<IconCash size={14} />} onClick={() => setPaying(true)}>
                {t('bookings.panel.recordPayment')}
              </Button>
            )}
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconX size={14} />}
              onClick={() => setCancelling(true)}
            >
              {t('bookings.panel.cancel')}
            </Button>
          </Group>
        )}
      </Group>
      <SimpleGrid cols={2} spacing="sm">
        <Figure label={t('bookings.fields.unit')}>{unit}</Figure>
        <Figure label={t('bookings.fields.client')}>{booking.contactName}</Figure>
        <Figure label={t('bookings.fields.basePrice')}>{money(booking.basePrice)}</Figure>
        <Figure label={t('bookings.fields.price')} testId="booking-details-price">
          {money(booking.price)}
        </Figure>
        {booking.discount && (
          <Figure label={t('bookings.discount.label')} testId="booking-details-discount">
            {t('bookings.discount.granted', {
              amount: money(booking.discount.amount),
              price: money(booking.discount.priceBefore),
              reason: booking.discount.reason,
            })}
            {booking.discount.approvalId ? ` · ${t('bookings.discount.approved')}` : ''}
          </Figure>
        )}
        <Figure label={t('bookings.fields.validUntil')}>{formatDay(booking.validUntil)}</Figure>
        <Figure label={t('bookings.fields.issuedBy')}>
          {booking.createdByName}, {formatDateTime(booking.createdAt)}
        </Figure>
        {booking.cancelledAt && (
          <Figure label={t('bookings.fields.cancelledAt')}>{formatDateTime(booking.cancelledAt)}</Figure>
        )}
      </SimpleGrid>
      {booking.notes && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {booking.notes}
        </Text>
      )}
      <Divider />
      <Title order={5}>{t('bookings.payment.section')}</Title>
      {booking.payment ? (
        <SimpleGrid cols={2} spacing="sm" data-testid="booking-payment">
          <Figure label={t('bookings.payment.amount')}>{money(booking.payment.amount)}</Figure>
          <Figure label={t('bookings.payment.paidOn')}>{formatDay(booking.payment.paidOn)}</Figure>
          <Figure label={t('bookings.payment.reference')}>{booking.payment.reference}</Figure>
          <Figure label={t('bookings.payment.recordedBy')}>
            {booking.payment.recordedByName}, {formatDateTime(booking.payment.recordedAt)}
          </Figure>
        </SimpleGrid>
      ) : (
        <Text size="sm" c="dimmed">
          {t('bookings.payment.none')}
        </Text>
      )}
      <Divider />
      <Title order={5}>{t('bookings.escrow.title')}</Title>
      <EscrowFormSection key={booking.updatedAt.getTime()} booking={booking} onDone={invalidate} />
      <PaymentModal booking={paying ? booking : null} onClose={() => setPaying(false)} onDone={invalidate} />
      <ConfirmModal
        opened={cancelling}
        title={t('bookings.panel.cancelTitle')}
        message={t('bookings.panel.cancelText', { name: booking.contactName })}
        confirmLabel={t('bookings.panel.confirmCancel')}
        danger
        loading={cancel.isPending}
        onConfirm={() => cancel.mutate()}
        onClose={() => setCancelling(false)}
      >
        {cancel.isError && <Alert color="orange">{errorText(cancelBookingContract, cancel.error)}</Alert>}
      </ConfirmModal>
    </Stack>
  );
}

/** One offer: its figures, its payment and its escrow details, read fresh when opened. */
export function BookingDetails({ bookingId }: { bookingId: string }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const booking = useQuery(bookingOptions(tenant.tenantId, bookingId));
  if (booking.isPending) return <Skeleton height={160} />;
  if (booking.isError) return <Alert color="red">{describeError(t, booking.error)}</Alert>;
  if (!booking.data) return <Alert color="orange">{t('bookings.page.gone')}</Alert>;
  return <Details booking={booking.data} />;
}
