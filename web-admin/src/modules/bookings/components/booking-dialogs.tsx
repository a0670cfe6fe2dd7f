import {
  isBookingOverdue,
  recordPaymentContract,
  reservationModel,
  unitModel,
  type Booking,
  type BookingStatus,
  type CallableContract,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { refusalOf } from '../../../lib/firebase/callables';
import { modelKeys } from '../../../lib/query/model-keys';
import { describeError } from '../../../ui/auth-error';
import { formatDateTime } from '../../../ui/format-date';
import { notifySuccess } from '../../../ui/notify';
import { useMoney } from '../../tenancy';
import { recordPayment } from '../data/bookings.repository';
import {
  bookingRefusalText,
  dayFrom,
  paymentFormSchema,
  paymentInputOf,
  type PaymentForm,
} from '../forms/booking.form';
import { bookingKeys } from '../queries/bookings.queries';

const STATUS_COLOURS: Record<BookingStatus, string> = {
  issued: 'blue',
  paid: 'teal',
  cancelled: 'gray',
  expired: 'orange',
};

/** The offer's status; an issued offer past its date shows as overdue. */
export function BookingStatusBadge({ booking, now }: { booking: Pick<Booking, 'status' | 'validUntil'>; now: Date }) {
  const { t } = useTranslation();
  const overdue = booking.status === 'issued' && isBookingOverdue(booking, now);
  return (
    <Badge color={overdue ? 'orange' : STATUS_COLOURS[booking.status]} variant="light" data-testid="booking-status">
      {overdue ? t('bookings.statuses.overdue') : t(`bookings.statuses.${booking.status}`)}
    </Badge>
  );
}

/** A calendar date stored as midnight UTC, shown as that day. */
export function formatDay(date: Date | null): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** The sentence for a failed call: the refusal explained, or the generic error. */
export function useBookingErrorText() {
  const { t } = useTranslation();
  return (contract: CallableContract, error: unknown): string => {
    const refused = refusalOf(contract, error);
    return (refused && bookingRefusalText(t, refused, formatDateTime)) ?? describeError(t, error);
  };
}

/** A paid offer changes the unit (booked, price) and the reservations: every reader of them reads again. */
export function useInvalidateBookings(tenantId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: bookingKeys.all(tenantId) }),
      queryClient.invalidateQueries({ queryKey: modelKeys.of(tenantId, unitModel) }),
      queryClient.invalidateQueries({ queryKey: modelKeys.of(tenantId, reservationModel) }),
    ]);
}

/** Records the offer's payment: amount, date and the bank's reference. It fixes the price and books the unit. */
export function PaymentModal({
  booking,
  onClose,
  onDone,
}: {
  booking: Booking | null;
  onClose: () => void;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const errorText = useBookingErrorText();
  const form = useForm<PaymentForm>({
    resolver: zodResolver(paymentFormSchema),
    defaultValues: { amount: undefined, paidOn: dayFrom(new Date()), reference: '' },
  });
  const errors = form.formState.errors;
  const message = (key: string | undefined) => (key ? t(key) : undefined);
  const pay = useMutation({
    mutationFn: (values: PaymentForm) => recordPayment(paymentInputOf(values, booking?.id ?? '')),
    onSuccess: async () => {
      notifySuccess(t('bookings.payment.recorded'));
      await onDone();
      form.reset();
      onClose();
    },
  });
  return (
    <Modal
      opened={booking !== null}
      onClose={onClose}
      title={<Text fw={700}>{t('bookings.payment.title')}</Text>}
      centered
    >
      <form onSubmit={form.handleSubmit((values) => pay.mutate(values))} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('bookings.payment.text', {
              price: money(booking?.price ?? 0),
              unit: booking?.unitNumber ?? '',
              client: booking?.contactName ?? '',
            })}
          </Text>
          <Controller
            control={form.control}
            name="amount"
            render={({ field }) => (
              <NumberInput
                label={t('bookings.payment.amount')}
                required
                min={1}
                allowDecimal={false}
                thousandSeparator=" "
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
                onBlur={field.onBlur}
                error={message(errors.amount?.message)}
                data-autofocus
              />
            )}
          />
          <TextInput
            type="date"
            label={t('bookings.payment.paidOn')}
            required
            {...form.register('paidOn')}
            error={message(errors.paidOn?.message)}
          />
          <TextInput
            label={t('bookings.payment.reference')}
            description={t('bookings.payment.referenceHint')}
            required
            {...form.register('reference')}
            error={message(errors.reference?.message)}
          />
          {pay.isError && <Alert color="orange">{errorText(recordPaymentContract, pay.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pay.isPending} data-testid="booking-payment-confirm">
              {t('bookings.payment.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
