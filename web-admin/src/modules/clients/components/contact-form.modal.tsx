import { CLIENT_TYPES, LOCALES, type Contact } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { describeError } from '../../../ui/auth-error';
import { fieldError } from '../../../ui/field-error';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useActiveSession } from '../../session/session.context';
import { useTenant } from '../../../tenant/tenant.context';
import {
  contactFormSchema,
  contactToForm,
  emptyContactForm,
  type ContactFormInput,
  type ContactFormOutput,
} from '../forms/contact.form';
import { useCreateContact, useUpdateContact } from '../hooks/use-contact-mutations';

interface ContactFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The client being edited; a new client when null. */
  contact: Contact | null;
}

export function ContactFormModal({ opened, onClose, contact }: ContactFormModalProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user } = useActiveSession();
  const create = useCreateContact(tenant.tenantId, user.uid);
  const update = useUpdateContact(tenant.tenantId);
  const form = useForm<ContactFormInput, unknown, ContactFormOutput>({
    resolver: zodResolver(contactFormSchema),
    defaultValues: emptyContactForm(currentLocale()),
  });
  const errors = form.formState.errors;

  useEffect(() => {
    if (opened) form.reset(contact ? contactToForm(contact) : emptyContactForm(currentLocale()));
  }, [opened, contact, form]);

  const submit = form.handleSubmit(async (values) => {
    try {
      if (contact) {
        await update.mutateAsync({ contactId: contact.id, input: values });
        notifySuccess(t('clients.updated'));
      } else {
        await create.mutateAsync(values);
        notifySuccess(t('clients.created', { name: `${values.firstName} ${values.lastName}` }));
      }
      onClose();
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={contact ? t('clients.editTitle') : t('clients.newTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={t('fields.firstName')}
              data-autofocus
              {...form.register('firstName')}
              error={fieldError(t, errors.firstName?.message)}
            />
            <TextInput
              label={t('fields.lastName')}
              {...form.register('lastName')}
              error={fieldError(t, errors.lastName?.message)}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={t('fields.email')}
              type="email"
              {...form.register('email')}
              error={fieldError(t, errors.email?.message)}
            />
            <TextInput
              label={t('fields.phone')}
              type="tel"
              {...form.register('phone')}
              error={fieldError(t, errors.phone?.message)}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Controller
              control={form.control}
              name="clientType"
              render={({ field }) => (
                <Select
                  label={t('fields.clientType')}
                  data={CLIENT_TYPES.map((type) => ({ value: type, label: t(`clientTypes.${type}`) }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                />
              )}
            />
            <Controller
              control={form.control}
              name="locale"
              render={({ field }) => (
                <Select
                  label={t('fields.clientLanguage')}
                  data={LOCALES.map((locale) => ({ value: locale, label: t(`languages.${locale}`) }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                />
              )}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {contact ? t('common.save') : t('clients.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
