import { MUST_HAVES, SEARCH_PROPERTY_TYPES, type Contact } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  TagsInput,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { formatDateTime } from '../../../../ui/format-date';
import { savedSearchFormSchema, savedSearchToForm } from '../forms/buyer.form';
import { useBuyerFileForm } from '../hooks/use-buyer-file-form';
import { savedSearchOptions } from '../queries/client-file.queries';
import { AmountField, formMessage } from './buyer-form-parts';

/** The buyer's saved search: the criteria matching compares properties with. */
export function SavedSearchTab({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const stored = useQuery(savedSearchOptions(tenant.tenantId, contact.id));
  const { form, submit, failure } = useBuyerFileForm({
    contactId: contact.id,
    file: 'saved-search',
    stored,
    resolver: zodResolver(savedSearchFormSchema),
    toForm: savedSearchToForm,
    savedMessage: t('clientFile.search.saved'),
  });
  const errors = form.formState.errors;

  if (stored.isPending) return <Skeleton height={320} />;
  if (stored.isError) return <Alert color="red">{describeError(t, stored.error)}</Alert>;
  /** A list field's error: its own, or its first entry's. */
  const listError = (field: unknown): string | undefined => {
    if (!field || typeof field !== 'object') return undefined;
    if ('message' in field && typeof field.message === 'string') return formMessage(t, field.message);
    const first: unknown = Array.isArray(field) ? field.find(Boolean) : undefined;
    return first && typeof first === 'object' && 'message' in first && typeof first.message === 'string'
      ? formMessage(t, first.message)
      : undefined;
  };

  return (
    <Card withBorder radius="lg" p="lg">
      <form onSubmit={submit} noValidate data-testid="saved-search-form">
        <Stack gap="md">
          {failure ? (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          ) : null}
          <Controller
            control={form.control}
            name="dealType"
            render={({ field }) => (
              <SegmentedControl
                value={field.value}
                onChange={field.onChange}
                data={[
                  { value: 'sale', label: t('clientFile.search.sale') },
                  { value: 'rental', label: t('clientFile.search.rental') },
                ]}
                w="fit-content"
              />
            )}
          />
          <Controller
            control={form.control}
            name="propertyTypes"
            render={({ field }) => (
              <Checkbox.Group
                label={t('clientFile.search.propertyTypes')}
                value={field.value}
                onChange={field.onChange}
                error={listError(errors.propertyTypes)}
              >
                <Group gap="md" mt={6}>
                  {SEARCH_PROPERTY_TYPES.map((value) => (
                    <Checkbox key={value} value={value} label={t(`clientFile.propertyTypes.${value}`)} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Controller
              control={form.control}
              name="cities"
              render={({ field }) => (
                <TagsInput
                  label={t('clientFile.search.cities')}
                  description={t('clientFile.search.tagsHint')}
                  value={field.value}
                  onChange={(values) => field.onChange(values.map((value) => value.trim()).filter(Boolean))}
                  error={listError(errors.cities)}
                />
              )}
            />
            <Controller
              control={form.control}
              name="postalCodes"
              render={({ field }) => (
                <TagsInput
                  label={t('clientFile.search.postalCodes')}
                  description={t('clientFile.search.tagsHint')}
                  value={field.value}
                  onChange={(values) => field.onChange(values.map((value) => value.trim()).filter(Boolean))}
                  error={listError(errors.postalCodes)}
                />
              )}
            />
          </SimpleGrid>
          <Title order={5}>{t('clientFile.search.criteria')}</Title>
          <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
            <AmountField
              control={form.control}
              name="budgetMin"
              label={t('clientFile.questionnaire.budgetMin')}
              error={formMessage(t, errors.budgetMin?.message)}
              integer
            />
            <AmountField
              control={form.control}
              name="budgetMax"
              label={t('clientFile.questionnaire.budgetMax')}
              error={formMessage(t, errors.budgetMax?.message)}
              integer
            />
            <AmountField
              control={form.control}
              name="surfaceMin"
              label={t('clientFile.search.surfaceMin')}
              suffix=" m²"
              error={formMessage(t, errors.surfaceMin?.message)}
            />
            <AmountField
              control={form.control}
              name="roomsMin"
              label={t('clientFile.search.roomsMin')}
              error={formMessage(t, errors.roomsMin?.message)}
              integer
            />
            <AmountField
              control={form.control}
              name="bedroomsMin"
              label={t('clientFile.search.bedroomsMin')}
              error={formMessage(t, errors.bedroomsMin?.message)}
              integer
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="mustHaves"
            render={({ field }) => (
              <Checkbox.Group label={t('clientFile.search.mustHaves')} value={field.value} onChange={field.onChange}>
                <Group gap="md" mt={6}>
                  {MUST_HAVES.map((value) => (
                    <Checkbox key={value} value={value} label={t(`clientFile.mustHaves.${value}`)} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
          <Textarea
            label={t('clientFile.search.text')}
            autosize
            minRows={2}
            {...form.register('text')}
            error={formMessage(t, errors.text?.message)}
          />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {stored.data ? t('clientFile.lastSaved', { date: formatDateTime(stored.data.updatedAt) }) : ''}
            </Text>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
