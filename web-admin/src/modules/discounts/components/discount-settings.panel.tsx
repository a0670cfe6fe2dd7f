import {
  discountSettingsInputSchema,
  saveDiscountSettingsContract,
  type DiscountSettingsInput,
  type ValidDiscountSettingsInput,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Group, NumberInput, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { refusalOf } from '../../../lib/firebase/callables';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifySuccess } from '../../../ui/notify';
import { saveDiscountSettings } from '../data/discounts.repository';
import { discountKeys, discountSettingsOptions } from '../queries/discounts.queries';

/** Settings › Discounts: the largest discount a manager grants alone on a booking offer, as a share of its price. */
export function DiscountSettingsPanel() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const settings = useQuery(discountSettingsOptions(tenant.tenantId));
  const form = useForm<DiscountSettingsInput, unknown, ValidDiscountSettingsInput>({
    resolver: zodResolver(discountSettingsInputSchema),
  });
  const errors = form.formState.errors;

  useEffect(() => {
    if (settings.data) form.reset(settings.data);
  }, [settings.data, form]);

  const save = useMutation({
    mutationFn: (values: ValidDiscountSettingsInput) => saveDiscountSettings(values),
    onSuccess: async () => {
      notifySuccess(t('discounts.settings.saved'));
      await queryClient.invalidateQueries({ queryKey: discountKeys.settings(tenant.tenantId) });
    },
  });
  const refused = save.isError ? refusalOf(saveDiscountSettingsContract, save.error) : null;

  if (settings.isPending) return <Skeleton height={200} />;
  if (settings.isError) return <Alert color="red">{describeError(t, settings.error)}</Alert>;

  return (
    <Card withBorder radius="lg" p="lg">
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack gap="md">
          <Title order={4}>{t('discounts.settings.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('discounts.settings.text')}
          </Text>
          <Controller
            control={form.control}
            name="maxManagerPercent"
            render={({ field }) => (
              <NumberInput
                label={t('discounts.settings.maxManagerPercent')}
                description={t('discounts.settings.maxManagerPercentHint')}
                min={0}
                max={100}
                step={0.5}
                decimalScale={1}
                clampBehavior="none"
                suffix=" %"
                w={320}
                value={typeof field.value === 'number' ? field.value : ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                error={errors.maxManagerPercent ? t('discounts.settings.percentError') : undefined}
                data-testid="discount-threshold"
              />
            )}
          />
          {save.isError && (
            <Alert color="orange">
              {refused?.reason === 'not-team-manager'
                ? t('discounts.settings.notAllowed')
                : describeError(t, save.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="discount-settings-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
