import {
  DURATION_UNITS,
  RESERVATION_KINDS,
  RESERVATIONS_PER_CLIENT_MAX,
  reservationSettingsInputSchema,
  saveReservationSettingsContract,
  type ReservationSettingsInput,
  type ValidReservationSettingsInput,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Group, NumberInput, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Controller, useForm, type Control, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { refusalOf } from '../../../lib/firebase/callables';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifySuccess } from '../../../ui/notify';
import { saveReservationSettings } from '../data/reservations.repository';
import { refusalText } from '../forms/reservation-texts';
import { reservationKeys, reservationSettingsOptions } from '../queries/reservations.queries';
import { formatDateTime } from '../../../ui/format-date';

type Form = ReservationSettingsInput;
type DurationPath = 'terms.online' | 'terms.offline' | 'terms.mortgage' | 'maxExtension';

/** The schema's messages, in the user's language. */
function durationError(t: (key: string) => string, message: string | undefined): string | undefined {
  if (!message) return undefined;
  if (message === 'at most a year') return t('reservations.settings.atMostYear');
  if (message === 'a whole number') return t('reservations.settings.wholeNumber');
  return t('reservations.settings.atLeastOne');
}

function DurationField({
  control,
  path,
  label,
  error,
}: {
  control: Control<Form, unknown, ValidReservationSettingsInput>;
  path: DurationPath;
  label: string;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Group align="flex-start" gap="sm" wrap="wrap">
      <Controller
        control={control}
        name={`${path}.amount` as FieldPath<Form>}
        render={({ field }) => (
          <NumberInput
            label={label}
            min={1}
            allowDecimal={false}
            w={200}
            value={typeof field.value === 'number' ? field.value : ''}
            onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
            error={error}
          />
        )}
      />
      <Controller
        control={control}
        name={`${path}.unit` as FieldPath<Form>}
        render={({ field }) => (
          <SegmentedControl
            mt={24}
            aria-label={`${label} · ${t('reservations.settings.unit')}`}
            value={String(field.value)}
            onChange={field.onChange}
            data={DURATION_UNITS.map((value) => ({ value, label: t(`reservations.units.${value}`) }))}
          />
        )}
      />
    </Group>
  );
}

/** Settings › Reservations: how long each kind holds a unit, the per-client maximum and the extension limit. */
export function ReservationSettingsPanel() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const settings = useQuery(reservationSettingsOptions(tenant.tenantId));
  const form = useForm<Form, unknown, ValidReservationSettingsInput>({
    resolver: zodResolver(reservationSettingsInputSchema),
  });
  const errors = form.formState.errors;

  useEffect(() => {
    if (settings.data) form.reset(settings.data);
  }, [settings.data, form]);

  const save = useMutation({
    mutationFn: (values: ValidReservationSettingsInput) => saveReservationSettings(values),
    onSuccess: async () => {
      notifySuccess(t('reservations.settings.saved'));
      await queryClient.invalidateQueries({ queryKey: reservationKeys.settings(tenant.tenantId) });
    },
  });
  const refused = save.isError ? refusalOf(saveReservationSettingsContract, save.error) : null;

  if (settings.isPending) return <Skeleton height={320} />;
  if (settings.isError) return <Alert color="red">{describeError(t, settings.error)}</Alert>;

  return (
    <Card withBorder radius="lg" p="lg">
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack gap="md">
          <Title order={4}>{t('reservations.settings.termsTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('reservations.settings.termsText')}
          </Text>
          {RESERVATION_KINDS.map((kind) => (
            <DurationField
              key={kind}
              control={form.control}
              path={`terms.${kind}`}
              label={t(`reservations.settings.term.${kind}`)}
              error={durationError(t, errors.terms?.[kind]?.amount?.message ?? errors.terms?.[kind]?.message)}
            />
          ))}
          <Title order={4}>{t('reservations.settings.limitsTitle')}</Title>
          <Controller
            control={form.control}
            name="maxPerClient"
            render={({ field }) => (
              <NumberInput
                label={t('reservations.settings.maxPerClient')}
                description={t('reservations.settings.maxPerClientHint')}
                min={1}
                max={RESERVATIONS_PER_CLIENT_MAX}
                allowDecimal={false}
                w={320}
                value={typeof field.value === 'number' ? field.value : ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                error={
                  errors.maxPerClient
                    ? t('reservations.settings.maxPerClientError', { max: RESERVATIONS_PER_CLIENT_MAX })
                    : undefined
                }
              />
            )}
          />
          <DurationField
            control={form.control}
            path="maxExtension"
            label={t('reservations.settings.maxExtension')}
            error={durationError(t, errors.maxExtension?.amount?.message ?? errors.maxExtension?.message)}
          />
          <Text size="xs" c="dimmed">
            {t('reservations.settings.maxExtensionHint')}
          </Text>
          {save.isError && (
            <Alert color="red">
              {(refused && refusalText(t, refused, formatDateTime)) ?? describeError(t, save.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="reservation-settings-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
