import { HISTORY_TEXT_MAX, HISTORY_TYPES } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { fieldError } from '../../../ui/field-error';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useActiveSession } from '../../session/session.context';
import {
  emptyHistoryForm,
  historyFormSchema,
  toHistoryInput,
  type HistoryFormInput,
  type HistoryFormOutput,
} from '../forms/history.form';
import { useLogAction } from '../hooks/use-log-action';

/** Logs an action with one contact; the date defaults to now and the form resets after each entry. */
export function LogActionForm({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user } = useActiveSession();
  const log = useLogAction(tenant.tenantId, user.uid);
  const form = useForm<HistoryFormInput, unknown, HistoryFormOutput>({
    resolver: zodResolver(historyFormSchema),
    defaultValues: emptyHistoryForm(),
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    try {
      await log.mutateAsync(toHistoryInput(values, contactId));
      notifySuccess(t('history.logged'));
      form.reset(emptyHistoryForm());
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
                data={HISTORY_TYPES.map((type) => ({ value: type, label: t(`historyTypes.${type}`) }))}
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
