import { CONTACT_EMAILS_MAX, CONTACT_PHONES_MAX, EMAIL_LABELS, PHONE_LABELS } from '@estate/domain';
import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef } from 'react';
import { Controller, useFieldArray, type FieldErrors, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../../ui/field-error';
import type { ContactFormInput, ContactFormOutput } from '../forms/contact.form';

/** Field-level messages the domain gives beyond the common ones of `fieldError`. */
function contactFieldError(t: (key: string) => string, message: string | undefined): string | undefined {
  if (message === 'invalid phone number') return t('contacts.form.invalidPhone');
  if (message === 'an email or a phone is required') return t('contacts.form.emailOrPhone');
  if (message === 'the same email twice' || message === 'the same phone twice') return t('contacts.form.twice');
  return undefined;
}

/** What differs between the email rows and the phone rows of the contact form. */
const REACH = {
  emails: {
    inputType: 'email',
    max: CONTACT_EMAILS_MAX,
    labels: EMAIL_LABELS,
    defaultLabel: 'personal',
    empty: () => ({ address: '', label: 'personal' as const }),
    valuePath: (index: number) => `emails.${index}.address` as const,
    labelPath: (index: number) => `emails.${index}.label` as const,
    rowError: (errors: FieldErrors<ContactFormInput>, index: number) => errors.emails?.[index]?.address?.message,
    testId: (): string | undefined => undefined,
    keys: {
      field: 'fields.email',
      number: 'contacts.form.emailNumber',
      label: 'contacts.form.emailLabel',
      labels: 'contacts.emailLabels',
      remove: 'contacts.form.removeEmail',
      add: 'contacts.form.addEmail',
    },
  },
  phones: {
    inputType: 'tel',
    max: CONTACT_PHONES_MAX,
    labels: PHONE_LABELS,
    defaultLabel: 'mobile',
    empty: () => ({ number: '', label: 'mobile' as const }),
    valuePath: (index: number) => `phones.${index}.number` as const,
    labelPath: (index: number) => `phones.${index}.label` as const,
    rowError: (errors: FieldErrors<ContactFormInput>, index: number) => errors.phones?.[index]?.number?.message,
    testId: (index: number): string | undefined => `contact-phone-${index}`,
    keys: {
      field: 'fields.phone',
      number: 'contacts.form.phoneNumber',
      label: 'contacts.form.phoneLabel',
      labels: 'contacts.phoneLabels',
      remove: 'contacts.form.removePhone',
      add: 'contacts.form.addPhone',
    },
  },
} as const;

interface ReachRowsProps {
  form: UseFormReturn<ContactFormInput, unknown, ContactFormOutput>;
  name: keyof typeof REACH;
}

/** The contact's emails or phones: one row each with its label, removable, up to the domain's maximum. */
export function ReachRows({ form, name }: ReachRowsProps) {
  const { t } = useTranslation();
  const reach = REACH[name];
  const rows = useFieldArray({ control: form.control, name });
  const errors = form.formState.errors;
  const message = (text: string | undefined) => contactFieldError(t, text) ?? fieldError(t, text);
  const listMessage = errors[name]?.message;
  const addButton = useRef<HTMLButtonElement>(null);
  // The removed row's button leaves the page: keyboard focus goes to the row that takes its place, else the
  // one above, else the add button, not back to the top of the dialog.
  const removeRow = (index: number) => {
    const remaining = rows.fields.length - 1;
    rows.remove(index);
    requestAnimationFrame(() => {
      if (remaining === 0) addButton.current?.focus();
      else form.setFocus(reach.valuePath(Math.min(index, remaining - 1)));
    });
  };

  return (
    <Stack gap="xs">
      {rows.fields.map((row, index) => (
        <Group key={row.id} align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            type={reach.inputType}
            label={index === 0 ? t(reach.keys.field) : undefined}
            aria-label={index === 0 ? undefined : t(reach.keys.number, { number: index + 1 })}
            data-testid={reach.testId(index)}
            {...form.register(reach.valuePath(index))}
            error={message(reach.rowError(errors, index))}
          />
          <Controller
            control={form.control}
            name={reach.labelPath(index)}
            render={({ field }) => (
              <Select
                w={130}
                label={index === 0 ? t('contacts.fields.label') : undefined}
                aria-label={index === 0 ? undefined : t(reach.keys.label, { number: index + 1 })}
                data={reach.labels.map((value) => ({ value, label: t(`${reach.keys.labels}.${value}`) }))}
                value={field.value ?? reach.defaultLabel}
                onChange={(value) => value && field.onChange(value)}
                allowDeselect={false}
              />
            )}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={index === 0 ? 28 : 4}
            aria-label={t(reach.keys.remove, { number: index + 1 })}
            onClick={() => removeRow(index)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {listMessage ? (
        <Text size="sm" c="red">
          {message(listMessage)}
        </Text>
      ) : null}
      {rows.fields.length < reach.max ? (
        <Button
          ref={addButton}
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          onClick={() => rows.append(reach.empty())}
          style={{ alignSelf: 'flex-start' }}
        >
          {t(reach.keys.add)}
        </Button>
      ) : null}
    </Stack>
  );
}
