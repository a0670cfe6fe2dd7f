import { DISCOUNT_KINDS, UNIT_KINDS, type InstalmentPlan, type Promotion } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { savePromotion } from '../data/promotions.repository';
import { formFromPromotion, promotionFormSchema, promotionFromForm, type PromotionForm } from '../forms/promotion.form';
import { buildingsOptions, projectsOptions, promotionKeys } from '../queries/promotions.queries';

const ROOM_CHOICES = ['0', '1', '2', '3', '4', '5', '6'];

interface Props {
  /** null: a new promotion. */
  promotion: Promotion | null;
  /** Promotions it may be declared to stack with (the page's loaded ones). */
  others: readonly Promotion[];
  plans: readonly InstalmentPlan[];
  onClose: () => void;
}

/** Create or edit a promotion: dates, discount, the units it applies to, what it stacks with. */
export function PromotionFormModal({ promotion, others, plans, onClose }: Props) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  const projects = useQuery(projectsOptions(tenantId));
  const buildings = useQuery(buildingsOptions(tenantId));
  const form = useForm<PromotionForm>({
    resolver: zodResolver(promotionFormSchema),
    defaultValues: formFromPromotion(promotion, new Date()),
  });
  const errors = form.formState.errors;
  const message = (key: string | undefined) => (key ? t(key) : undefined);
  const discountKind = form.watch('discountKind');
  const chosenProjects = form.watch('projectIds');

  const submit = form.handleSubmit(async (values) => {
    try {
      await savePromotion(tenantId, promotion?.id ?? null, promotionFromForm(values));
      await queryClient.invalidateQueries({ queryKey: promotionKeys.all(tenantId) });
      notifySuccess(t(promotion ? 'promotions.saved' : 'promotions.created'));
      onClose();
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  });

  const targetsUnavailable = projects.isError || buildings.isError;
  const buildingChoices = (buildings.data ?? [])
    .filter((building) => chosenProjects.length === 0 || chosenProjects.includes(building.projectId))
    .map((building) => ({ value: building.id, label: building.name }));

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={<Text fw={700}>{t(promotion ? 'promotions.editTitle' : 'promotions.newTitle')}</Text>}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('promotions.fields.name')}
            required
            data-autofocus
            {...form.register('name')}
            error={message(errors.name?.message)}
          />
          <Textarea
            label={t('promotions.fields.description')}
            autosize
            minRows={2}
            {...form.register('description')}
            error={message(errors.description?.message)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('promotions.fields.validFrom')}
              required
              {...form.register('validFrom')}
              error={message(errors.validFrom?.message)}
            />
            <TextInput
              type="date"
              label={t('promotions.fields.validUntil')}
              required
              {...form.register('validUntil')}
              error={message(errors.validUntil?.message)}
            />
          </SimpleGrid>
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('promotions.fields.discount')}
            </Text>
            <Controller
              control={form.control}
              name="discountKind"
              render={({ field }) => (
                <SegmentedControl
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  data={DISCOUNT_KINDS.map((kind) => ({ value: kind, label: t(`promotions.discountKinds.${kind}`) }))}
                />
              )}
            />
            <Controller
              control={form.control}
              name="discountValue"
              render={({ field }) => (
                <NumberInput
                  aria-label={t(`promotions.discountValue.${discountKind}`)}
                  description={t(`promotions.discountValue.${discountKind}`)}
                  value={field.value}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                  min={0}
                  decimalScale={discountKind === 'percent' ? 2 : 0}
                  thousandSeparator=" "
                  error={message(errors.discountValue?.message)}
                />
              )}
            />
          </Stack>
          <Text size="sm" fw={500}>
            {t('promotions.fields.scope')}
          </Text>
          <Text size="xs" c="dimmed" mt={-10}>
            {t('promotions.scopeHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="projectIds"
              render={({ field }) => (
                <MultiSelect
                  label={t('promotions.fields.projects')}
                  placeholder={t('promotions.any')}
                  data={(projects.data ?? []).map((project) => ({ value: project.id, label: project.name }))}
                  value={field.value}
                  onChange={field.onChange}
                  searchable
                  disabled={targetsUnavailable}
                  description={targetsUnavailable ? t('promotions.targetsUnavailable') : undefined}
                />
              )}
            />
            <Controller
              control={form.control}
              name="buildingIds"
              render={({ field }) => (
                <MultiSelect
                  label={t('promotions.fields.buildings')}
                  placeholder={t('promotions.any')}
                  data={buildingChoices}
                  value={field.value}
                  onChange={field.onChange}
                  searchable
                  disabled={targetsUnavailable}
                />
              )}
            />
            <Controller
              control={form.control}
              name="kinds"
              render={({ field }) => (
                <MultiSelect
                  label={t('promotions.fields.kinds')}
                  placeholder={t('promotions.any')}
                  data={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`promotions.unitKinds.${kind}`) }))}
                  value={field.value}
                  onChange={field.onChange}
                />
              )}
            />
            <Controller
              control={form.control}
              name="rooms"
              render={({ field }) => (
                <MultiSelect
                  label={t('promotions.fields.rooms')}
                  placeholder={t('promotions.any')}
                  data={ROOM_CHOICES.map((rooms) => ({
                    value: rooms,
                    label:
                      rooms === '0' ? t('promotions.studio') : t('promotions.roomsCount', { count: Number(rooms) }),
                  }))}
                  value={field.value}
                  onChange={field.onChange}
                />
              )}
            />
          </SimpleGrid>
          {promotion && promotion.scope.unitIds.length > 0 ? (
            <Text size="xs" c="dimmed">
              {t('promotions.unitListKept', { count: promotion.scope.unitIds.length })}
            </Text>
          ) : null}
          <Controller
            control={form.control}
            name="combinesWith"
            render={({ field }) => (
              <MultiSelect
                label={t('promotions.fields.combinesWith')}
                description={t('promotions.combinesWithHint')}
                placeholder={t('promotions.none')}
                data={others
                  .filter((other) => other.id !== promotion?.id)
                  .map((other) => ({ value: other.id, label: other.name }))}
                value={field.value}
                onChange={field.onChange}
                searchable
              />
            )}
          />
          <Controller
            control={form.control}
            name="planIds"
            render={({ field }) => (
              <MultiSelect
                label={t('promotions.fields.planIds')}
                description={t('promotions.planIdsHint')}
                placeholder={t('promotions.none')}
                data={plans.map((plan) => ({ value: plan.id, label: plan.name }))}
                value={field.value}
                onChange={field.onChange}
              />
            )}
          />
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
