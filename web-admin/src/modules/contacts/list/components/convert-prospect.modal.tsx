import { CLIENT_TYPES, contactFullName, type ClientType, type Contact } from '@estate/domain';
import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { notifySuccess } from '../../../../ui/notify';
import { useConvertProspect } from '../hooks/use-contact-mutations';

interface ConvertProspectModalProps {
  /** The prospect to convert; closed when null. */
  contact: Contact | null;
  onClose: () => void;
}

/** A prospect becomes a client of the chosen type; same file, so its history and tasks stay. */
export function ConvertProspectModal({ contact, onClose }: ConvertProspectModalProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const convert = useConvertProspect(tenant.tenantId);
  const [clientType, setClientType] = useState<ClientType>('seller');
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!contact) return;
    setClientType(contact.clientType ?? 'seller');
    setFailure(null);
  }, [contact]);

  const confirm = async () => {
    if (!contact) return;
    setFailure(null);
    try {
      await convert.mutateAsync({ contactId: contact.id, clientType });
      notifySuccess(
        t('contacts.convert.done', { name: contactFullName(contact), type: t(`clientTypes.${clientType}`) }),
      );
      onClose();
    } catch (caught) {
      setFailure(describeError(t, caught));
    }
  };

  return (
    <Modal opened={contact !== null} onClose={onClose} title={t('contacts.convert.title')}>
      <Stack gap="md">
        <Text size="sm">{contact ? t('contacts.convert.text', { name: contactFullName(contact) }) : ''}</Text>
        <Radio.Group
          label={t('contacts.convert.clientType')}
          value={clientType}
          onChange={(value) => setClientType(value as ClientType)}
        >
          <Stack gap="xs" mt="xs">
            {CLIENT_TYPES.map((type) => (
              <Radio key={type} value={type} label={t(`clientTypes.${type}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {failure ? <Alert color="red">{failure}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={convert.isPending} onClick={() => void confirm()} data-testid="convert-confirm">
            {t('contacts.convert.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
