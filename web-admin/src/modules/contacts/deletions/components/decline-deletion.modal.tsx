import { contactFullName, DELETION_REASON_MAX, type Contact } from '@estate/domain';
import { Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../../ui/confirm.modal';
import { describeError } from '../../../../ui/auth-error';
import { notifyError, notifySuccess } from '../../../../ui/notify';
import { useDeletionActions } from '../hooks/use-deletion-actions';

/** Owner or admin keeps the contact; the refusal (and its optional reason) goes to the history. */
export function DeclineDeletionModal({ contact, onClose }: { contact: Contact | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { decline } = useDeletionActions();
  const [reason, setReason] = useState('');

  const contactId = contact?.id ?? null;
  useEffect(() => {
    if (contactId !== null) setReason('');
  }, [contactId]);

  const confirm = async () => {
    if (!contact) return;
    try {
      await decline.mutateAsync({ contactId: contact.id, reason: reason.trim() });
      notifySuccess(t('deletions.declined'));
      onClose();
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  };

  return (
    <ConfirmModal
      opened={contact !== null}
      title={t('deletions.declineTitle')}
      message={contact ? t('deletions.declineText', { name: contactFullName(contact) }) : ''}
      confirmLabel={t('deletions.decline')}
      loading={decline.isPending}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <Textarea
        label={t('deletions.declineReason')}
        autosize
        minRows={2}
        maxLength={DELETION_REASON_MAX}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        data-testid="decline-reason"
      />
    </ConfirmModal>
  );
}
