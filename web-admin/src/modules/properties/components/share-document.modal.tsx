import { contactFullName, type Contact, type Property, type PropertyDocument } from '@estate/domain';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentSharing } from '../../files';
import { ContactPicker } from './contact-picker';

/** Shares one of the property's documents with a client, chosen by name, email or phone. */
export function ShareDocumentModal({
  property,
  document,
  onClose,
}: {
  property: Property;
  document: PropertyDocument | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { share } = useDocumentSharing();
  const [client, setClient] = useState<Contact | null>(null);
  const close = () => {
    setClient(null);
    onClose();
  };
  return (
    <Modal
      opened={document !== null}
      onClose={close}
      title={t('files.sharing.modalTitle', { name: document?.name ?? '' })}
    >
      <Stack gap="md">
        <ContactPicker
          label={t('files.sharing.pickClient')}
          onPick={setClient}
          onType={() => setClient(null)}
          keepName
          autoFocus
        />
        <Text size="sm" c="dimmed">
          {t('files.sharing.pickHint')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={client === null || document === null}
            loading={share.isPending}
            onClick={() => {
              if (!client || !document) return;
              share.mutate(
                {
                  contactId: client.id,
                  source: { kind: 'property-document', propertyId: property.id, documentId: document.id },
                },
                { onSuccess: close },
              );
            }}
          >
            {client ? `${t('files.sharing.confirm')} · ${contactFullName(client)}` : t('files.sharing.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
