import {
  canStaffSetStatus,
  saveUnitContract,
  STAFF_UNIT_STATUSES,
  UNIT_FINISHES,
  UNIT_KINDS,
  unitInputSchema,
  type Building,
  type Unit,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  TextInput,
} from '@mantine/core';
import { Suspense, useEffect, useState } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { refusalOf } from '../../../lib/firebase/callables';
import { fieldError } from '../../../ui/field-error';
import { AskApprovalForm } from '../../approvals';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { describeProjectsError, saveUnit } from '../data/projects.mutations';

type FormInput = z.input<typeof unitInputSchema>;
type FormOutput = z.output<typeof unitInputSchema>;

/** What the form opens on: a unit to edit, or a new unit at a place (the chessboard's empty cell). */
export type UnitEditing =
  { unit: Unit } | { unit: null; place: { section: string; floor: number; position: number } | null };

function valuesOf(building: Building, editing: UnitEditing): FormInput {
  if (editing.unit) {
    const {
      id: _id,
      priceFixed: _fixed,
      hold: _hold,
      createdAt: _created,
      updatedAt: _updated,
      ...input
    } = editing.unit;
    return input;
  }
  const place = editing.place ?? { section: building.sections[0]?.name ?? '', floor: 1, position: 1 };
  return {
    projectId: building.projectId,
    buildingId: building.id,
    ...place,
    number: '',
    kind: 'apartment',
    rooms: 1,
    area: Number.NaN,
    livingArea: null,
    kitchenArea: null,
    finish: 'rough',
    price: Number.NaN,
    status: 'free',
  };
}

/** Creates or edits a unit; a price change goes into the unit's history (projects-saveUnit). */
export function UnitFormModal({
  building,
  editing,
  onClose,
  onSaved,
}: {
  building: Building;
  editing: UnitEditing | null;
  onClose: () => void;
  onSaved: (unitId: string) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(unitInputSchema) });
  const errors = form.formState.errors;
  const [belowFloor, setBelowFloor] = useState<number | null>(null);
  useEffect(() => {
    if (editing) form.reset(valuesOf(building, editing));
    setBelowFloor(null);
  }, [editing, building, form]);
  const unit = editing?.unit ?? null;
  const statusLocked =
    unit !== null && !STAFF_UNIT_STATUSES.some((status) => canStaffSetStatus(unit, status) && status !== unit.status);

  const submit = form.handleSubmit(async (values) => {
    try {
      const { unitId } = await saveUnit({ unitId: unit?.id ?? null, unit: values });
      notifySuccess(
        unit
          ? t('projects.unit.updated', { number: values.number })
          : t('projects.unit.created', { number: values.number }),
      );
      onSaved(unitId);
      onClose();
    } catch (caught) {
      // Below the floor, an edited unit's price can still be asked of the head of sales, here.
      if (unit && refusalOf(saveUnitContract, caught)?.reason === 'price-below-floor') {
        setBelowFloor(values.price);
        return;
      }
      notifyError(describeProjectsError(t, saveUnitContract, caught));
    }
  });

  const numberField = (
    name: Path<FormInput>,
    label: string,
    options: { decimals?: boolean; optional?: boolean; testId?: string; min?: number } = {},
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          label={label}
          withAsterisk={!options.optional}
          min={options.min ?? 0}
          decimalScale={options.decimals ? 2 : 0}
          allowDecimal={options.decimals ?? false}
          thousandSeparator=" "
          value={typeof field.value === 'number' && !Number.isNaN(field.value) ? field.value : ''}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : options.optional ? null : Number.NaN)}
          error={fieldState.error ? t('projects.unit.numberInvalid') : undefined}
          data-testid={options.testId}
        />
      )}
    />
  );

  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      size="lg"
      title={unit ? t('projects.unit.editTitle', { number: unit.number }) : t('projects.unit.newTitle')}
    >
      <form onSubmit={submit} noValidate data-testid="unit-form">
        <Stack gap="sm">
          {unit?.priceFixed ? <Alert color="orange">{t('projects.unit.priceFixedNote')}</Alert> : null}
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <TextInput
              label={t('projects.unit.number')}
              withAsterisk
              data-autofocus
              {...form.register('number')}
              error={fieldError(t, errors.number?.message)}
              data-testid="unit-number"
            />
            <Controller
              control={form.control}
              name="section"
              render={({ field }) => (
                <Select
                  label={t('projects.unit.section')}
                  data={building.sections.map((section) => section.name)}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                  error={fieldError(t, errors.section?.message)}
                />
              )}
            />
            {numberField('floor', t('projects.unit.floor'), { min: -5 })}
            {numberField('position', t('projects.unit.position'), { min: 1 })}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 2, sm: 3 }}>
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <Select
                  label={t('projects.unit.kind')}
                  data={UNIT_KINDS.map((value) => ({ value, label: t(`projects.kinds.${value}`) }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                />
              )}
            />
            {numberField('rooms', t('projects.unit.rooms'))}
            <Controller
              control={form.control}
              name="finish"
              render={({ field }) => (
                <Select
                  label={t('projects.unit.finish')}
                  data={UNIT_FINISHES.map((value) => ({ value, label: t(`projects.finishes.${value}`) }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                />
              )}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {numberField('area', t('projects.unit.area'), { decimals: true, testId: 'unit-area' })}
            {numberField('livingArea', t('projects.unit.livingArea'), { decimals: true, optional: true })}
            {numberField('kitchenArea', t('projects.unit.kitchenArea'), { decimals: true, optional: true })}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="price"
              render={({ field, fieldState }) => (
                <NumberInput
                  label={t('projects.unit.price')}
                  withAsterisk
                  min={0}
                  allowDecimal={false}
                  thousandSeparator=" "
                  disabled={unit?.priceFixed ?? false}
                  value={typeof field.value === 'number' && !Number.isNaN(field.value) ? field.value : ''}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                  error={fieldState.error ? t('projects.unit.priceInvalid') : undefined}
                  data-testid="unit-price"
                />
              )}
            />
            <Controller
              control={form.control}
              name="status"
              render={({ field }) => (
                <Select
                  label={t('projects.unit.status')}
                  description={statusLocked ? t('projects.unit.statusLocked') : undefined}
                  data={(statusLocked ? [field.value] : STAFF_UNIT_STATUSES).map((value) => ({
                    value,
                    label: t(`projects.statuses.${value}`),
                  }))}
                  value={field.value}
                  disabled={statusLocked}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                  data-testid="unit-status"
                />
              )}
            />
          </SimpleGrid>
          {unit && belowFloor !== null && (
            <Stack gap="xs" data-testid="unit-below-floor">
              <Alert color="orange">{t('projects.refusal.price-below-floor')}</Alert>
              <Suspense fallback={<Skeleton h={120} />}>
                <AskApprovalForm
                  key={belowFloor}
                  action={{ kind: 'priceBelowFloor', unitId: unit.id, price: belowFloor }}
                />
              </Suspense>
            </Stack>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting} data-testid="unit-save">
              {unit ? t('common.save') : t('projects.unit.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
