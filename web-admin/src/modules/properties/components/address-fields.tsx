import { SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { propertyFieldError } from '../forms/property-field-error';
import type { PropertyFormInput, PropertyFormOutput } from '../forms/property.form';

interface AddressFieldsProps {
  form: UseFormReturn<PropertyFormInput, unknown, PropertyFormOutput>;
}

/** The property's address: street, complement, postcode, city and country. */
export function AddressFields({ form }: AddressFieldsProps) {
  const { t } = useTranslation();
  const errors = form.formState.errors.address;
  const err = (message: string | undefined) => propertyFieldError(t, message);
  return (
    <>
      <TextInput
        label={t('properties.fields.street')}
        maxLength={200}
        {...form.register('address.street')}
        error={err(errors?.street?.message)}
      />
      <TextInput
        label={t('properties.fields.complement')}
        maxLength={200}
        {...form.register('address.complement')}
        error={err(errors?.complement?.message)}
      />
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <TextInput
          label={t('properties.fields.postalCode')}
          maxLength={20}
          {...form.register('address.postalCode')}
          error={err(errors?.postalCode?.message)}
        />
        <TextInput
          label={t('properties.fields.city')}
          required
          maxLength={100}
          {...form.register('address.city')}
          error={err(errors?.city?.message)}
        />
        <TextInput
          label={t('properties.fields.country')}
          maxLength={2}
          {...form.register('address.country')}
          error={err(errors?.country?.message)}
        />
      </SimpleGrid>
    </>
  );
}
