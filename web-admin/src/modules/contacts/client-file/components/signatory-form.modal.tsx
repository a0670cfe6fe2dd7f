import { CIVILITIES, SIGNATORY_NOTES_MAX, SIGNATORY_ROLES, type Signatory } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { fieldError } from '../../../../ui/field-error';
import { notifySuccess } from '../../../../ui/notify';
import { tenantCountryOptions } from '../../list/queries/contacts.queries';
import { useActiveSession } from '../../../session';
import { saveSignatory } from '../data/client-file.repository';
import {
  emptySignatoryForm,
  signatoryFormSchemaFor,
  signatoryToForm,
  type SignatoryFormInput,
  type SignatoryFormOutput,
} from '../forms/signatory.form';
import { clientFileKeys } from '../queries/client-file.queries';
import { domainMessage } from './domain-message';

interface SignatoryFormModalProps {
  contactId: string;
  opened: boolean;
  onClose: () => void;
  /** The signatory being edited; a new one when null. */
  signatory: Signatory | null;
}

export function SignatoryFormModal({ contactId, opened, onClose, signatory }: SignatoryFormModalProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user } = useActiveSession();
  const queryClient = useQueryClient();
  const country = useQuery(tenantCountryOptions(tenant.tenantId)).data ?? 'FR';
  const schema = useMemo(() => signatoryFormSchemaFor(country), [country]);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SignatoryFormInput, unknown, SignatoryFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: emptySignatoryForm(),
  });
  const errors = form.formState.errors;
  const save = useMutation({
    mutationFn: (values: SignatoryFormOutput) =>
      saveSignatory(tenant.tenantId, contactId, user.uid, signatory?.id ?? null, values),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: clientFileKeys.part(tenant.tenantId, contactId, 'signatories') }),
  });

  useEffect(() => {
    if (!opened) return;
    form.reset(signatory ? signatoryToForm(signatory) : emptySignatoryForm());
    setFailure(null);
  }, [opened, signatory, form]);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await save.mutateAsync(values);
      notifySuccess(signatory ? t('clientFile.signatories.updated') : t('clientFile.signatories.added'));
      onClose();
    } catch (caught) {
      setFailure(describeError(t, caught));
    }
  });
  const message = (text: string | undefined) => domainMessage(t, text) ?? fieldError(t, text);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={signatory ? t('clientFile.signatories.editTitle') : t('clientFile.signatories.newTitle')}
    >
      <form onSubmit={submit} noValidate data-testid="signatory-form">
        <Stack gap="sm">
          {failure ? (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Controller
              control={form.control}
              name="role"
              render={({ field }) => (
                <Select
                  label={t('clientFile.signatories.role')}
                  data={SIGNATORY_ROLES.map((value) => ({ value, label: t(`clientFile.roles.${value}`) }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                  data-testid="signatory-role"
                />
              )}
            />
            <Controller
              control={form.control}
              name="civility"
              render={({ field }) => (
                <Select
                  label={t('clientFile.signatories.civility')}
                  data={CIVILITIES.map((value) => ({
                    value,
                    label: value === '' ? t('clientFile.civility.none') : t(`clientFile.civility.${value}`),
                  }))}
                  value={field.value ?? ''}
                  onChange={(value) => field.onChange(value ?? '')}
                  allowDeselect={false}
                />
              )}
            />
            <TextInput
              label={t('fields.firstName')}
              data-autofocus
              {...form.register('firstName')}
              error={message(errors.firstName?.message)}
              data-testid="signatory-first-name"
            />
            <TextInput
              label={t('fields.lastName')}
              required
              {...form.register('lastName')}
              error={message(errors.lastName?.message)}
              data-testid="signatory-last-name"
            />
            <TextInput
              label={t('clientFile.signatories.birthDate')}
              type="date"
              {...form.register('birthDate')}
              error={message(errors.birthDate?.message)}
            />
            <Controller
              control={form.control}
              name="sharePercent"
              render={({ field }) => (
                <NumberInput
                  label={t('clientFile.signatories.share')}
                  suffix=" %"
                  min={0}
                  max={100}
                  decimalScale={2}
                  value={field.value ?? ''}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
                  error={message(errors.sharePercent?.message)}
                />
              )}
            />
            <TextInput
              label={t('fields.email')}
              type="email"
              {...form.register('email')}
              error={message(errors.email?.message)}
            />
            <TextInput
              label={t('fields.phone')}
              type="tel"
              {...form.register('phone')}
              error={message(errors.phone?.message)}
            />
          </SimpleGrid>
          <TextInput
            label={t('clientFile.address.street')}
            {...form.register('address.street')}
            error={message(errors.address?.street?.message)}
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <TextInput
              label={t('clientFile.address.postalCode')}
              {...form.register('address.postalCode')}
              error={message(errors.address?.postalCode?.message)}
            />
            <TextInput
              label={t('clientFile.address.city')}
              {...form.register('address.city')}
              error={message(errors.address?.city?.message)}
            />
            <TextInput
              label={t('clientFile.address.country')}
              placeholder="FR"
              maxLength={2}
              {...form.register('address.country', { setValueAs: (value: string) => value.trim().toUpperCase() })}
              error={message(errors.address?.country?.message)}
            />
          </SimpleGrid>
          <Textarea
            label={t('clientFile.signatories.notes')}
            autosize
            minRows={2}
            maxLength={SIGNATORY_NOTES_MAX}
            {...form.register('notes')}
            error={message(errors.notes?.message)}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting} data-testid="signatory-save">
              {signatory ? t('common.save') : t('clientFile.signatories.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
