import type { InstalmentPlan } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { savePlan } from '../data/promotions.repository';
import { planFormSchema, type PlanForm } from '../forms/promotion.form';
import { promotionKeys } from '../queries/promotions.queries';

const NUMBERS = ['downPaymentPercent', 'months', 'markupPercent'] as const;

/** Create or edit an instalment plan. */
export function PlanFormModal({ plan, onClose }: { plan: InstalmentPlan | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  const form = useForm<PlanForm>({
    resolver: zodResolver(planFormSchema),
    defaultValues: plan
      ? {
          name: plan.name,
          downPaymentPercent: plan.downPaymentPercent,
          months: plan.months,
          markupPercent: plan.markupPercent,
        }
      : { name: '', downPaymentPercent: 30, months: 12, markupPercent: 0 },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    try {
      await savePlan(tenantId, plan?.id ?? null, values);
      await queryClient.invalidateQueries({ queryKey: promotionKeys.plans(tenantId) });
      notifySuccess(t('promotions.plans.saved'));
      onClose();
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={700}>{t(plan ? 'promotions.plans.editTitle' : 'promotions.plans.newTitle')}</Text>}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('promotions.plans.name')}
            required
            data-autofocus
            {...form.register('name')}
            error={errors.name?.message ? t(errors.name.message) : undefined}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {NUMBERS.map((name) => (
              <Controller
                key={name}
                control={form.control}
                name={name}
                render={({ field }) => (
                  <NumberInput
                    label={t(`promotions.plans.${name}`)}
                    value={field.value}
                    onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                    min={name === 'months' ? 1 : 0}
                    decimalScale={name === 'months' ? 0 : 2}
                    error={errors[name]?.message ? t(errors[name].message) : undefined}
                  />
                )}
              />
            ))}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
