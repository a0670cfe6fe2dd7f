import {
  cancelBookingContract,
  decidesApprovals,
  isInventoryEditor,
  issueBookingContract,
  type ApprovalAction,
  type Booking,
  type Contact,
  type Unit,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCash, IconFileCertificate, IconX } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { refusalOf } from '../../../lib/firebase/callables';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { notifySuccess } from '../../../ui/notify';
import { AskApprovalForm } from '../../approvals';
import { discountSettingsOptions } from '../../discounts';
import { ContactPicker } from '../../properties';
import { useActiveSession } from '../../session';
import { useMoney } from '../../tenancy';
import { cancelBooking, issueBooking, newRequestId } from '../data/bookings.repository';
import { dayFrom, ISSUE_DISCOUNT_CHOICES, issueFormSchema, issueInputOf, type IssueForm } from '../forms/booking.form';
import { unitBookingsOptions } from '../queries/bookings.queries';
import {
  BookingStatusBadge,
  formatDay,
  PaymentModal,
  useBookingErrorText,
  useInvalidateBookings,
} from './booking-dialogs';

/** How long an offer stays open by default, in days. */
const DEFAULT_VALIDITY_DAYS = 5;

/** The form to offer the unit: to its holder when it is reserved, else to a client picked by name. */
function IssueBookingForm({ unit, onDone }: { unit: Unit; onDone: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { claims } = useActiveSession();
  const errorText = useBookingErrorText();
  const [picked, setPicked] = useState<Pick<Contact, 'id'> | null>(null);
  const contactId = unit.hold?.contactId ?? picked?.id ?? null;
  const headOfSales = decidesApprovals(claims.role);
  const threshold = useQuery({ ...discountSettingsOptions(tenantId), enabled: !headOfSales });
  const form = useForm<IssueForm>({
    resolver: zodResolver(issueFormSchema),
    defaultValues: {
      validUntil: dayFrom(new Date(), DEFAULT_VALIDITY_DAYS),
      notes: '',
      discountKind: 'none',
      discountValue: Number.NaN,
      discountReason: '',
    },
  });
  const errors = form.formState.errors;
  const message = (key: string | undefined) => (key ? t(key) : undefined);
  const discountKind = form.watch('discountKind');
  /** The offer last refused for its discount: what the head of sales is asked to approve. */
  const [refusedOffer, setRefusedOffer] = useState<ApprovalAction | null>(null);
  const issue = useMutation({
    mutationFn: (values: IssueForm) => {
      const input = issueInputOf(values, { requestId: newRequestId(), unitId: unit.id, contactId: contactId ?? '' });
      setRefusedOffer(
        input.discount
          ? {
              kind: 'bookingDiscount',
              bookingId: input.requestId,
              unitId: input.unitId,
              contactId: input.contactId,
              validUntil: input.validUntil,
              notes: input.notes,
              discount: input.discount,
            }
          : null,
      );
      return issueBooking(input);
    },
    onSuccess: async () => {
      notifySuccess(t('bookings.panel.issued'));
      await onDone();
    },
  });
  const aboveThreshold =
    issue.isError && refusalOf(issueBookingContract, issue.error)?.reason === 'discount-above-threshold';
  return (
    <form onSubmit={form.handleSubmit((values) => contactId && issue.mutate(values))} noValidate>
      <Stack gap="xs">
        {unit.hold ? (
          <Text size="sm" data-testid="booking-holder">
            {t('bookings.panel.toHolder', { name: unit.hold.contactName })}
          </Text>
        ) : (
          <Suspense fallback={<Loader size="sm" />}>
            <ContactPicker
              label={t('bookings.panel.client')}
              keepName
              onPick={setPicked}
              onType={() => setPicked(null)}
            />
          </Suspense>
        )}
        <TextInput
          type="date"
          label={t('bookings.fields.validUntil')}
          required
          {...form.register('validUntil')}
          error={message(errors.validUntil?.message)}
        />
        <Textarea
          label={t('bookings.fields.notes')}
          autosize
          minRows={1}
          {...form.register('notes')}
          error={message(errors.notes?.message)}
        />
        <Stack gap={6}>
          <Text size="sm" fw={500} id="booking-discount-label">
            {t('bookings.discount.label')}
          </Text>
          <Controller
            control={form.control}
            name="discountKind"
            render={({ field }) => (
              <SegmentedControl
                aria-labelledby="booking-discount-label"
                value={field.value}
                onChange={field.onChange}
                data={ISSUE_DISCOUNT_CHOICES.map((value) => ({ value, label: t(`bookings.discount.kinds.${value}`) }))}
                data-testid="booking-discount-kind"
              />
            )}
          />
          {discountKind !== 'none' && (
            <>
              <Controller
                control={form.control}
                name="discountValue"
                render={({ field }) => (
                  <NumberInput
                    label={t(`bookings.discount.value.${discountKind}`)}
                    required
                    min={0}
                    max={discountKind === 'percent' ? 100 : undefined}
                    decimalScale={discountKind === 'percent' ? 1 : 0}
                    thousandSeparator=" "
                    suffix={discountKind === 'percent' ? ' %' : undefined}
                    value={Number.isFinite(field.value) ? field.value : ''}
                    onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                    onBlur={field.onBlur}
                    error={message(errors.discountValue?.message)}
                    data-testid="booking-discount-value"
                  />
                )}
              />
              <Textarea
                label={t('bookings.discount.reason')}
                required
                autosize
                minRows={1}
                maxLength={500}
                {...form.register('discountReason')}
                error={message(errors.discountReason?.message)}
                data-testid="booking-discount-reason"
              />
              {!headOfSales && threshold.data && (
                <Text size="xs" c="dimmed" data-testid="booking-discount-threshold">
                  {t('bookings.discount.threshold', { percent: threshold.data.maxManagerPercent })}
                </Text>
              )}
            </>
          )}
        </Stack>
        <Text size="xs" c="dimmed">
          {t('bookings.panel.priceNote')}
        </Text>
        {issue.isError && <Alert color="orange">{errorText(issueBookingContract, issue.error)}</Alert>}
        {aboveThreshold && refusedOffer && (
          <Suspense fallback={<Skeleton h={120} />}>
            <AskApprovalForm
              key={refusedOffer.kind === 'bookingDiscount' ? refusedOffer.bookingId : ''}
              action={refusedOffer}
            />
          </Suspense>
        )}
        <Group justify="flex-end">
          <Button
            type="submit"
            leftSection={<IconFileCertificate size={16} />}
            disabled={!contactId}
            loading={issue.isPending}
            data-testid="booking-issue"
          >
            {t('bookings.panel.issue')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function BookingSummary({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const money = useMoney();
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="wrap">
        <Text fw={600}>{booking.contactName}</Text>
        <BookingStatusBadge booking={booking} now={new Date()} />
      </Group>
      <Text size="sm">
        {t('bookings.panel.price')}:{' '}
        <Text span fw={700} data-testid="booking-price">
          {money(booking.price)}
        </Text>
        {booking.basePrice !== booking.price && (
          <Text span size="xs" c="dimmed">
            {' '}
            ({t('bookings.panel.listPrice', { price: money(booking.basePrice) })})
          </Text>
        )}
      </Text>
      {booking.discount && (
        <Text size="sm" c="teal" data-testid="booking-discount">
          {t('bookings.discount.granted', {
            amount: money(booking.discount.amount),
            price: money(booking.discount.priceBefore),
            reason: booking.discount.reason,
          })}
          {booking.discount.approvalId && (
            <Text span size="xs" c="dimmed">
              {' '}
              · {t('bookings.discount.approved')}
            </Text>
          )}
        </Text>
      )}
      {booking.status === 'paid' && booking.payment ? (
        <Text size="sm" c="teal" data-testid="booking-paid">
          {t('bookings.panel.paid', {
            date: formatDay(booking.payment.paidOn),
            amount: money(booking.payment.amount),
            reference: booking.payment.reference,
          })}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('bookings.panel.validUntil', { date: formatDay(booking.validUntil) })}
        </Text>
      )}
      <Anchor component={Link} to={`/bookings?booking=${booking.id}`} size="sm">
        {t('bookings.panel.open')}
      </Anchor>
    </Stack>
  );
}

/**
 * A unit's booking offer ("оферта"), for its card: the offer awaiting payment (record the payment,
 * cancel), the paid one that booked the unit, or the form to issue one to the unit's holder.
 */
export function UnitBookingPanel({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { claims } = useActiveSession();
  const errorText = useBookingErrorText();
  const invalidate = useInvalidateBookings(tenant.tenantId);
  const bookings = useQuery(unitBookingsOptions(tenant.tenantId, unit.id));
  const [paying, setPaying] = useState<Booking | null>(null);
  const [cancelling, setCancelling] = useState<Booking | null>(null);
  const cancel = useMutation({
    mutationFn: (bookingId: string) => cancelBooking(bookingId),
    onSuccess: async () => {
      notifySuccess(t('bookings.panel.cancelled'));
      setCancelling(null);
      await invalidate();
    },
  });

  const list = bookings.data ?? [];
  const open = list.find((booking) => booking.status === 'issued') ?? null;
  const paid = list.find((booking) => booking.status === 'paid') ?? null;
  const offerable = !unit.priceFixed && (unit.status === 'free' || unit.status === 'reserved');

  return (
    <Card withBorder radius="lg" p="lg" data-testid="unit-booking-panel">
      <Stack gap="md">
        <Group gap="xs">
          <IconFileCertificate size={18} />
          <Title order={4}>{t('bookings.panel.title')}</Title>
        </Group>
        {bookings.isPending ? (
          <Skeleton height={48} />
        ) : bookings.isError ? (
          <Alert color="red">{describeError(t, bookings.error)}</Alert>
        ) : paid ? (
          <BookingSummary booking={paid} />
        ) : open ? (
          <Stack gap="sm">
            <BookingSummary booking={open} />
            <Group gap="xs">
              {isInventoryEditor(claims.role) && (
                <Button
                  leftSection={<IconCash size={16} />}
                  onClick={() => setPaying(open)}
                  data-testid="booking-record-payment"
                >
                  {t('bookings.panel.recordPayment')}
                </Button>
              )}
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconX size={16} />}
                onClick={() => setCancelling(open)}
                data-testid="booking-cancel"
              >
                {t('bookings.panel.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : offerable ? (
          <IssueBookingForm key={unit.hold?.reservationId ?? 'free'} unit={unit} onDone={invalidate} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('bookings.panel.notOfferable')}
          </Text>
        )}
      </Stack>
      <PaymentModal booking={paying} onClose={() => setPaying(null)} onDone={invalidate} />
      <ConfirmModal
        opened={cancelling !== null}
        title={t('bookings.panel.cancelTitle')}
        message={t('bookings.panel.cancelText', { name: cancelling?.contactName ?? '' })}
        confirmLabel={t('bookings.panel.confirmCancel')}
        danger
        loading={cancel.isPending}
        onConfirm={() => cancelling && cancel.mutate(cancelling.id)}
        onClose={() => setCancelling(null)}
      >
        {cancel.isError && <Alert color="orange">{errorText(cancelBookingContract, cancel.error)}</Alert>}
      </ConfirmModal>
    </Card>
  );
}
