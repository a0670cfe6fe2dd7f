import { CURRENCIES, LOCALES, type Tenant } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Divider, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { saveTenantInformation } from '../data/tenant.repository';
import { describeError } from '../../../ui/auth-error';
import { fieldError } from '../../../ui/field-error';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { COUNTRIES } from '../forms/countries';
import {
  informationFormSchema,
  informationFromTenant,
  type InformationFormInput,
  type InformationFormOutput,
} from '../forms/settings.form';

export function InformationPanel({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const form = useForm<InformationFormInput, unknown, InformationFormOutput>({
    resolver: zodResolver(informationFormSchema),
    defaultValues: informationFromTenant(tenant),
  });
  const errors = form.formState.errors;
  const dirty = form.formState.isDirty;

  useEffect(() => {
    // Follow changes saved elsewhere unless the user is typing.
    if (!form.formState.isDirty) form.reset(informationFromTenant(tenant));
  }, [tenant, form]);

  const submit = form.handleSubmit(async (values) => {
    try {
      await saveTenantInformation(tenant.id, values);
      form.reset(values);
      notifySuccess(t('settings.saved'));
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  });

  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text fw={600}>{t('settings.agencySection')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('fields.agencyName')}
              {...form.register('name')}
              error={fieldError(t, errors.name?.message)}
            />
            <TextInput
              label={t('fields.legalName')}
              {...form.register('company.legalName')}
              error={fieldError(t, errors.company?.legalName?.message)}
            />
          </SimpleGrid>
          <TextInput
            label={t('fields.address')}
            {...form.register('company.address')}
            error={fieldError(t, errors.company?.address?.message)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('fields.phone')}
              type="tel"
              {...form.register('company.phone')}
              error={fieldError(t, errors.company?.phone?.message)}
            />
            <TextInput
              label={t('fields.contactEmail')}
              type="email"
              {...form.register('company.email')}
              error={fieldError(t, errors.company?.email?.message)}
            />
            <TextInput
              label={t('fields.registrationNumber')}
              {...form.register('company.registrationNumber')}
              error={fieldError(t, errors.company?.registrationNumber?.message)}
            />
            <TextInput
              label={t('fields.vatNumber')}
              {...form.register('company.vatNumber')}
              error={fieldError(t, errors.company?.vatNumber?.message)}
            />
          </SimpleGrid>
          <Divider />
          <Text fw={600}>{t('settings.legalSection')}</Text>
          <Text size="sm" c="dimmed">
            {t('settings.legalHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('fields.professionalCardNumber')}
              {...form.register('legal.professionalCardNumber')}
              error={fieldError(t, errors.legal?.professionalCardNumber?.message)}
            />
            <TextInput
              label={t('fields.cardIssuedBy')}
              {...form.register('legal.cardIssuedBy')}
              error={fieldError(t, errors.legal?.cardIssuedBy?.message)}
            />
            <TextInput
              label={t('fields.guarantor')}
              {...form.register('legal.guarantor')}
              error={fieldError(t, errors.legal?.guarantor?.message)}
            />
            <TextInput
              label={t('fields.guaranteeAmount')}
              type="number"
              min={0}
              {...form.register('legal.guaranteeAmount', { valueAsNumber: true })}
              error={fieldError(t, errors.legal?.guaranteeAmount?.message)}
            />
            <TextInput
              label={t('fields.insurer')}
              {...form.register('legal.insurer')}
              error={fieldError(t, errors.legal?.insurer?.message)}
            />
            <TextInput
              label={t('fields.mediator')}
              {...form.register('legal.mediator')}
              error={fieldError(t, errors.legal?.mediator?.message)}
            />
          </SimpleGrid>
          <Divider />
          <Text fw={600}>{t('settings.regionSection')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Controller
              control={form.control}
              name="locale"
              render={({ field }) => (
                <Select
                  label={t('fields.defaultLanguage')}
                  data={LOCALES.map((locale) => ({ value: locale, label: t(`languages.${locale}`) }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                />
              )}
            />
            <Controller
              control={form.control}
              name="currency"
              render={({ field }) => (
                <Select
                  label={t('fields.currency')}
                  data={CURRENCIES.map((currency) => ({ value: currency, label: currency }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                />
              )}
            />
            <Controller
              control={form.control}
              name="country"
              render={({ field }) => (
                <Select
                  label={t('fields.country')}
                  data={[...new Set([...COUNTRIES, field.value])].map((code) => ({
                    value: code,
                    label: t(`countries.${code}`, { defaultValue: code }),
                  }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                  searchable
                  error={fieldError(t, errors.country?.message)}
                />
              )}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" disabled={!dirty} onClick={() => form.reset(informationFromTenant(tenant))}>
              {t('common.reset')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting} disabled={!dirty}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
