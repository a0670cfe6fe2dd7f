import { contactFullName, phasesOf, type Phase, type Property } from '@estate/domain';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { notifySuccess } from '../../../ui/notify';
import { useLinkContact } from '../../pipeline';
import { usePhaseLabels, PhaseRefusal } from '../../pipeline';
import { ContactPicker } from './contact-picker';

interface LinkContactModalProps {
  opened: boolean;
  onClose: () => void;
  property: Property;
}

/** Links a contact found by the quick search to the property, in a chosen first phase or the default. */
export function LinkContactModal({ opened, onClose, property }: LinkContactModalProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { label } = usePhaseLabels();
  const link = useLinkContact(tenant.tenantId);
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const [phase, setPhase] = useState<Phase | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; contactId: string } | null>(null);

  useEffect(() => {
    if (!opened) return;
    setPicked(null);
    setPhase(null);
    setFailure(null);
  }, [opened]);

  const submit = async () => {
    if (!picked) return;
    setFailure(null);
    try {
      const result = await link.mutateAsync({ contactId: picked.id, propertyId: property.id, phase });
      notifySuccess(
        result.created
          ? t('properties.link.linked', { name: picked.name })
          : t('properties.link.already', { name: picked.name }),
      );
      onClose();
    } catch (caught) {
      setFailure({ error: caught, contactId: picked.id });
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} centered title={<Text fw={700}>{t('properties.link.title')}</Text>}>
      <Stack gap="md">
        <ContactPicker
          key={opened ? 'open' : 'closed'}
          label={t('properties.link.contact')}
          keepName
          autoFocus
          onPick={(contact) => setPicked({ id: contact.id, name: contactFullName(contact) || contact.email })}
          onType={() => setPicked(null)}
        />
        <Select
          label={t('properties.link.phase')}
          placeholder={label(property.dealType, 'request-received')}
          description={t('properties.link.phaseHint')}
          data={phasesOf(property.dealType).map((value) => ({ value, label: label(property.dealType, value) }))}
          value={phase}
          onChange={(value) => setPhase(value as Phase | null)}
          clearable
          searchable
        />
        {failure ? <PhaseRefusal error={failure.error} contactId={failure.contactId} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button disabled={!picked} loading={link.isPending} onClick={() => void submit()}>
            {t('properties.link.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
