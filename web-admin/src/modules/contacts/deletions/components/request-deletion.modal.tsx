import { contactFullName, requestDeletionInputSchema, type Contact } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../../ui/auth-error';
import { fieldError } from '../../../../ui/field-error';
import { notifyError, notifySuccess } from '../../../../ui/notify';
import { useDeletionActions } from '../hooks/use-deletion-actions';

const requestFormSchema = requestDeletionInputSchema.pick({ reason: true });
type RequestForm = { reason: string };

/** A collaborator asks owner and admin to delete the contact, saying why. */
export function RequestDeletionModal({
  contact,
  opened,
  onClose,
}: {
  contact: Contact;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { request } = useDeletionActions();
  const form = useForm<RequestForm>({ resolver: zodResolver(requestFormSchema), defaultValues: { reason: '' } });
  const errors = form.formState.errors;

  useEffect(() => {
    if (opened) form.reset({ reason: '' });
  }, [opened, form]);

  const submit = form.handleSubmit(async (values) => {
    try {
      const result = await request.mutateAsync({ contactId: contact.id, reason: values.reason });
      notifySuccess(result.status === 'requested' ? t('deletions.requested') : t('deletions.alreadyRequested'));
      onClose();
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={700}>{t('deletions.requestTitle', { name: contactFullName(contact) })}</Text>}
      centered
    >
      <form onSubmit={submit} noValidate data-testid="request-deletion-form">
        <Stack gap="md">
          <Text size="sm">{t('deletions.requestText')}</Text>
          <Textarea
            label={t('deletions.reason')}
            placeholder={t('deletions.reasonPlaceholder')}
            autosize
            minRows={3}
            maxLength={500}
            required
            data-autofocus
            data-testid="deletion-reason"
            {...form.register('reason')}
            error={fieldError(t, errors.reason?.message)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting} data-testid="send-deletion-request">
              {t('deletions.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
