import {
  customHistoryType,
  HISTORY_TEXT_MAX,
  HISTORY_TYPES,
  phasesOf,
  referencePrefixes,
  type DealType,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { fieldError } from '../../../ui/field-error';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useInterestsViewer, usePhaseLabels } from '../../pipeline';
import { contactInterestsOptions } from '../../pipeline';
import { propertySearchOptions } from '../../properties';
import { useActiveSession } from '../../session';
import {
  emptyHistoryForm,
  historyFormSchema,
  toHistoryInput,
  type HistoryFormInput,
  type HistoryFormOutput,
} from '../forms/history.form';
import { useLogAction } from '../hooks/use-log-action';

export interface PropertyChoice {
  id: string;
  label: string;
  dealType: DealType;
}

interface LogActionFormProps {
  contactId: string;
  /** The property the action is about, chosen beforehand (logged from the property's page). */
  property?: PropertyChoice | null;
  /** Called after an entry was logged (a modal closes). */
  onLogged?: () => void;
}

/**
 * Logs an action with one contact; the date defaults to now and the form resets after each entry.
 * An action about a property may place the contact in a phase (seed 003); without one, the action's
 * type decides (Settings › Phases).
 */
export function LogActionForm({ contactId, property = null, onLogged }: LogActionFormProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user } = useActiveSession();
  const log = useLogAction(tenant.tenantId, user.uid);
  const { settings, label, typeLabel } = usePhaseLabels();
  const viewer = useInterestsViewer();
  const interests = useQuery(contactInterestsOptions(tenant.tenantId, contactId, viewer));
  const [search, setSearch] = useState('');
  // A property found by its reference stays offered once picked, when the search text becomes its label.
  const [picked, setPicked] = useState<PropertyChoice | null>(property);
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const searchable = referencePrefixes(debounced).length > 0;
  const found = useQuery({ ...propertySearchOptions(tenant.tenantId, debounced), enabled: searchable });
  const blank = (): HistoryFormInput => ({ ...emptyHistoryForm(), propertyId: property?.id ?? '' });
  const [opening, setOpening] = useState(blank);
  const form = useForm<HistoryFormInput, unknown, HistoryFormOutput>({
    resolver: zodResolver(historyFormSchema),
    defaultValues: opening,
  });
  const errors = form.formState.errors;
  const propertyId = useWatch({ control: form.control, name: 'propertyId' });

  const properties = useMemo(() => {
    const choices = new Map<string, PropertyChoice>();
    for (const interest of interests.data ?? []) {
      choices.set(interest.propertyId, {
        id: interest.propertyId,
        label: `${interest.propertyReference} · ${label(interest.dealType, interest.phase)}`,
        dealType: interest.dealType,
      });
    }
    for (const property of searchable ? (found.data ?? []) : []) {
      if (!choices.has(property.id)) {
        choices.set(property.id, {
          id: property.id,
          label: `${property.reference} · ${property.title}`,
          dealType: property.dealType,
        });
      }
    }
    if (picked && !choices.has(picked.id)) choices.set(picked.id, picked);
    return choices;
  }, [interests.data, found.data, searchable, label, picked]);
  const chosen = propertyId ? properties.get(propertyId) : undefined;

  const types = [
    ...HISTORY_TYPES.map((type) => ({ value: type as string, label: typeLabel(type) })),
    ...settings.customHistoryTypes.map((custom) => ({ value: customHistoryType(custom.id), label: custom.label })),
  ];

  const submit = form.handleSubmit(async (values) => {
    try {
      await log.mutateAsync(toHistoryInput(values, contactId, opening.occurredAt));
      notifySuccess(t('history.logged'));
      const next = blank();
      setOpening(next);
      form.reset(next);
      setSearch('');
      setPicked(property);
      onLogged?.();
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('history.logTitle')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Controller
            control={form.control}
            name="type"
            render={({ field }) => (
              <Select
                label={t('history.fields.type')}
                data={types}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                allowDeselect={false}
                searchable
              />
            )}
          />
          <TextInput
            label={t('history.fields.occurredAt')}
            type="datetime-local"
            {...form.register('occurredAt')}
            error={fieldError(t, errors.occurredAt?.message)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Controller
            control={form.control}
            name="propertyId"
            render={({ field }) => (
              <Select
                label={t('properties.history.property')}
                placeholder={t('properties.history.propertyPlaceholder')}
                description={t('properties.history.propertyHint')}
                data={[...properties.values()].map((choice) => ({ value: choice.id, label: choice.label }))}
                value={field.value || null}
                onChange={(value) => {
                  setPicked(value ? (properties.get(value) ?? null) : null);
                  field.onChange(value ?? '');
                  form.setValue('phase', '');
                }}
                searchValue={search}
                onSearchChange={setSearch}
                // The reference search already chose the options: show them all as found.
                filter={({ options }) => options}
                searchable
                clearable
                nothingFoundMessage={t('properties.history.noProperty')}
              />
            )}
          />
          <Controller
            control={form.control}
            name="phase"
            render={({ field }) => (
              <Select
                label={t('properties.history.phase')}
                placeholder={t('properties.history.phaseByType')}
                data={
                  chosen
                    ? phasesOf(chosen.dealType).map((phase) => ({ value: phase, label: label(chosen.dealType, phase) }))
                    : []
                }
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                disabled={!chosen}
                clearable
                searchable
              />
            )}
          />
        </SimpleGrid>
        <Textarea
          label={t('history.fields.text')}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={HISTORY_TEXT_MAX}
          {...form.register('text')}
          error={fieldError(t, errors.text?.message)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('history.log')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
