import { confirmsName, contactFullName, ERASURE_REASONS, type Contact, type ErasureReason } from '@estate/domain';
import { Alert, Button, Group, List, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../../../lib/firebase/callables';
import { describeError } from '../../../../ui/auth-error';
import { notifyError, notifySuccess } from '../../../../ui/notify';
import { useDeletionActions } from '../hooks/use-deletion-actions';

const ERASED_ITEMS = ['file', 'documents', 'interests', 'tasks', 'history', 'mails', 'portal'] as const;

/** One id per opening of the dialog: a retried call (double click, lost answer) erases and logs once. */
function newRequestId(): string {
  return crypto.randomUUID();
}

/**
 * Owner or admin erases a contact for good (GDPR right to erasure): the dialog says what goes and asks
 * for the name to be typed, so nobody erases the wrong person by a slip.
 */
export function EraseContactModal({
  contact,
  onClose,
  onErased,
}: {
  contact: Contact | null;
  onClose: () => void;
  onErased?: () => void;
}) {
  const { t } = useTranslation();
  const { erase } = useDeletionActions();
  const [typed, setTyped] = useState('');
  const [reason, setReason] = useState<ErasureReason>('deletion');
  const [requestId, setRequestId] = useState(newRequestId);
  const name = contact ? contactFullName(contact) : '';
  const matches = confirmsName(typed, name);

  // Reset per contact opened, not per render: a refetch of the same contact keeps what was typed and,
  // above all, the request id of this dialog.
  const contactId = contact?.id ?? null;
  useEffect(() => {
    if (contactId === null) return;
    setTyped('');
    setReason('deletion');
    setRequestId(newRequestId());
  }, [contactId]);

  const submit = async () => {
    if (!contact || !matches) return;
    try {
      await erase.mutateAsync({ contactId: contact.id, reason, confirmName: typed, requestId });
      notifySuccess(t('deletions.erased'));
      onClose();
      onErased?.();
    } catch (caught) {
      if (errorCode(caught) === 'not-found') {
        notifySuccess(t('deletions.alreadyErased'));
        onClose();
        onErased?.();
        return;
      }
      notifyError(describeError(t, caught));
    }
  };

  return (
    <Modal
      opened={contact !== null}
      onClose={onClose}
      title={<Text fw={700}>{t('deletions.eraseTitle', { name })}</Text>}
      size="lg"
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
        data-testid="erase-contact-form"
      >
        <Stack gap="md">
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('deletions.eraseWarning')}
          </Alert>
          <div>
            <Text size="sm" fw={600} mb={4}>
              {t('deletions.eraseListTitle')}
            </Text>
            <List size="sm" spacing={2}>
              {ERASED_ITEMS.map((item) => (
                <List.Item key={item}>{t(`deletions.eraseList.${item}`)}</List.Item>
              ))}
            </List>
          </div>
          <Radio.Group
            label={t('deletions.eraseReason')}
            value={reason}
            onChange={(value) => setReason(value as ErasureReason)}
          >
            <Stack gap={6} mt={6}>
              {ERASURE_REASONS.map((value) => (
                <Radio key={value} value={value} label={t(`deletions.reasons.${value}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <TextInput
            label={t('deletions.confirmLabel', { name })}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            error={typed !== '' && !matches ? t('deletions.confirmMismatch') : undefined}
            autoComplete="off"
            data-autofocus
            data-testid="erase-confirm-name"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color="red"
              disabled={!matches}
              loading={erase.isPending}
              data-testid="erase-contact-confirm"
            >
              {t('deletions.eraseConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
