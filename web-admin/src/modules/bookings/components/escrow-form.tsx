import { ESCROW_KINDS, saveEscrowContract, type Booking } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { notifySuccess } from '../../../ui/notify';
import { saveEscrow } from '../data/bookings.repository';
import { escrowFormOf, escrowFormSchema, escrowInputOf, type EscrowForm } from '../forms/booking.form';
import { useBookingErrorText } from './booking-dialogs';

/**
 * The escrow account or letter of credit of the deal (214-FZ): bank, account, amount, opening and
 * disclosure dates. Read-only once the offer is closed (cancelled or expired).
 */
export function EscrowFormSection({ booking, onDone }: { booking: Booking; onDone: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const errorText = useBookingErrorText();
  const closed = booking.status === 'cancelled' || booking.status === 'expired';
  const [removing, setRemoving] = useState(false);
  const form = useForm<EscrowForm>({ resolver: zodResolver(escrowFormSchema), defaultValues: escrowFormOf(booking) });
  const errors = form.formState.errors;
  const message = (key: string | undefined) => (key ? t(key) : undefined);
  const save = useMutation({
    mutationFn: (escrow: EscrowForm | null) =>
      saveEscrow({ bookingId: booking.id, escrow: escrow ? escrowInputOf(escrow) : null }),
    onSuccess: async (_, escrow) => {
      notifySuccess(t(escrow ? 'bookings.escrow.saved' : 'bookings.escrow.removed'));
      setRemoving(false);
      if (!escrow) form.reset(escrowFormOf({ escrow: null, price: booking.price }));
      await onDone();
    },
  });

  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate data-testid="escrow-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('bookings.escrow.hint')}
        </Text>
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <SegmentedControl
              aria-label={t('bookings.escrow.kind')}
              value={field.value}
              onChange={field.onChange}
              disabled={closed}
              data={ESCROW_KINDS.map((kind) => ({ value: kind, label: t(`bookings.escrow.kinds.${kind}`) }))}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('bookings.escrow.bank')}
            required
            disabled={closed}
            {...form.register('bank')}
            error={message(errors.bank?.message)}
          />
          <TextInput
            label={t('bookings.escrow.account')}
            required
            disabled={closed}
            {...form.register('account')}
            error={message(errors.account?.message)}
          />
          <Controller
            control={form.control}
            name="amount"
            render={({ field }) => (
              <NumberInput
                label={t('bookings.escrow.amount')}
                required
                disabled={closed}
                min={1}
                allowDecimal={false}
                thousandSeparator=" "
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
                onBlur={field.onBlur}
                error={message(errors.amount?.message)}
              />
            )}
          />
          <div />
          <TextInput
            type="date"
            label={t('bookings.escrow.openedAt')}
            disabled={closed}
            {...form.register('openedAt')}
            error={message(errors.openedAt?.message)}
          />
          <TextInput
            type="date"
            label={t('bookings.escrow.disclosedAt')}
            disabled={closed}
            {...form.register('disclosedAt')}
            error={message(errors.disclosedAt?.message)}
          />
        </SimpleGrid>
        {save.isError && <Alert color="orange">{errorText(saveEscrowContract, save.error)}</Alert>}
        {!closed && (
          <Group justify="flex-end">
            {booking.escrow && (
              <Button variant="subtle" color="red" onClick={() => setRemoving(true)}>
                {t('bookings.escrow.remove')}
              </Button>
            )}
            <Button type="submit" loading={save.isPending && !removing} data-testid="escrow-save">
              {t('bookings.escrow.save')}
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmModal
        opened={removing}
        title={t('bookings.escrow.removeTitle')}
        message={t('bookings.escrow.removeText')}
        confirmLabel={t('bookings.escrow.remove')}
        danger
        loading={save.isPending}
        onConfirm={() => save.mutate(null)}
        onClose={() => setRemoving(false)}
      />
    </form>
  );
}
