import { Autocomplete, Button, Group, Loader, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconMapPin, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AddressLookupUnavailable, banAddressLookup, type AddressSuggestion } from '@estate/web-shared/address-lookup';
import { propertyFieldError } from '../forms/property-field-error';
import type { PropertyFormInput, PropertyFormOutput } from '../forms/property.form';
import { LocationPicker } from './location-picker';
import type { PropertyLocationInput } from '@estate/domain';

interface AddressFieldsProps {
  form: UseFormReturn<PropertyFormInput, unknown, PropertyFormOutput>;
}

const lookup = banAddressLookup();

/**
 * The property's address: a search in the national address service fills the lines and the position;
 * without an answer (or without network) the user types the lines by hand.
 */
export function AddressFields({ form }: AddressFieldsProps) {
  const { t } = useTranslation();
  const errors = form.formState.errors.address;
  const err = (message: string | undefined) => propertyFieldError(t, message);
  const [typed, setTyped] = useState('');
  const [debounced] = useDebouncedValue(typed.trim(), 300);
  const location = useWatch({ control: form.control, name: 'location' });
  const answers = useQuery({
    queryKey: ['address-lookup', debounced],
    queryFn: ({ signal }) => lookup.search(debounced, signal),
    enabled: debounced.length >= 3,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 300_000,
  });
  const suggestions: AddressSuggestion[] = debounced.length >= 3 ? (answers.data ?? []) : [];
  const pick = (label: string) => {
    const found = suggestions.find((suggestion) => suggestion.label === label);
    if (!found) return;
    const set = { shouldDirty: true, shouldValidate: true } as const;
    form.setValue('address.street', found.street, set);
    form.setValue('address.postalCode', found.postalCode, set);
    form.setValue('address.city', found.city, set);
    form.setValue('address.country', found.country, set);
    form.setValue('location', { latitude: found.latitude, longitude: found.longitude, source: 'address' }, set);
    setTyped('');
  };
  const placePin = useCallback(
    (pinned: PropertyLocationInput) => form.setValue('location', pinned, { shouldDirty: true, shouldValidate: true }),
    [form],
  );
  let hint: string | undefined;
  if (answers.isError && debounced.length >= 3) {
    // Offline, refused or unreadable alike: the user types the address; an aborted search says nothing.
    hint = answers.error instanceof AddressLookupUnavailable ? t('properties.address.unavailable') : undefined;
  } else if (answers.isSuccess && debounced.length >= 3 && suggestions.length === 0) {
    hint = t('properties.address.none');
  }
  return (
    <>
      <Autocomplete
        label={t('properties.address.search')}
        placeholder={t('properties.address.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        rightSection={answers.isFetching ? <Loader size={14} /> : null}
        data={suggestions.map((suggestion) => suggestion.label)}
        value={typed}
        onChange={setTyped}
        onOptionSubmit={pick}
        filter={({ options }) => options}
        description={hint}
        data-testid="address-search"
      />
      <Group gap="xs" data-testid="property-location">
        <IconMapPin size={16} />
        <Text size="sm" c={location ? undefined : 'dimmed'}>
          {location
            ? t('properties.address.located', {
                latitude: location.latitude.toFixed(5),
                longitude: location.longitude.toFixed(5),
              })
            : t('properties.address.notLocated')}
        </Text>
        {location ? (
          <Button
            variant="subtle"
            size="compact-xs"
            onClick={() => form.setValue('location', null, { shouldDirty: true })}
          >
            {t('properties.address.clearLocation')}
          </Button>
        ) : null}
      </Group>
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
      <LocationPicker location={location ?? null} onChange={placePin} emphasised={hint !== undefined} />
    </>
  );
}
