import { contactFullName, phasesOf, searchQueryToken, type Phase, type Property } from '@estate/domain';
import {
  Alert,
  Button,
  Combobox,
  Group,
  Loader,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
  useCombobox,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifySuccess } from '../../../ui/notify';
import { contactsSettingsOptions } from '../../clients/queries/contacts.queries';
import { useActiveSession } from '../../session/session.context';
import { useLinkContact } from '../hooks/use-property-mutations';
import { usePhaseLabels } from '../hooks/use-phase-labels';
import { pickerContactsOptions } from '../queries/properties.queries';

interface LinkContactModalProps {
  opened: boolean;
  onClose: () => void;
  property: Property;
}

/** Links a contact found by the quick search to the property, in a chosen first phase or the default. */
export function LinkContactModal({ opened, onClose, property }: LinkContactModalProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user, claims } = useActiveSession();
  const { label } = usePhaseLabels();
  const link = useLinkContact(tenant.tenantId);
  const settings = useQuery({ ...contactsSettingsOptions(tenant.tenantId), enabled: opened });
  const [typed, setTyped] = useState('');
  const [debounced] = useDebouncedValue(typed, 150);
  const token = searchQueryToken(debounced);
  const viewer = settings.data ? { visibility: settings.data.visibility, uid: user.uid, role: claims.role } : null;
  const contacts = useQuery({
    ...pickerContactsOptions(
      tenant.tenantId,
      viewer ?? { visibility: 'shared', uid: user.uid, role: null },
      token ?? '',
    ),
    enabled: opened && viewer !== null && token !== null,
    placeholderData: keepPreviousData,
  });
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const [phase, setPhase] = useState<Phase | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  useEffect(() => {
    if (!opened) return;
    setTyped('');
    setPicked(null);
    setPhase(null);
    setFailure(null);
  }, [opened]);

  const found = token !== null ? (contacts.data ?? []) : [];
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
      setFailure(describeError(t, caught));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} centered title={<Text fw={700}>{t('properties.link.title')}</Text>}>
      <Stack gap="md">
        <Combobox
          store={combobox}
          onOptionSubmit={(contactId) => {
            const contact = found.find((candidate) => candidate.id === contactId);
            if (!contact) return;
            const name = contactFullName(contact) || contact.email;
            setPicked({ id: contact.id, name });
            setTyped(name);
            combobox.closeDropdown();
          }}
          withinPortal={false}
        >
          <Combobox.Target>
            <TextInput
              label={t('properties.link.contact')}
              placeholder={t('properties.link.contactPlaceholder')}
              leftSection={<IconSearch size={16} />}
              rightSection={contacts.isFetching ? <Loader size={14} /> : null}
              value={typed}
              autoComplete="off"
              data-autofocus
              onChange={(event) => {
                setTyped(event.currentTarget.value);
                setPicked(null);
                combobox.openDropdown();
              }}
              onFocus={() => combobox.openDropdown()}
              onBlur={() => combobox.closeDropdown()}
            />
          </Combobox.Target>
          <Combobox.Dropdown hidden={typed.trim() === '' || picked !== null}>
            <Combobox.Options>
              {found.map((contact) => (
                <Combobox.Option value={contact.id} key={contact.id} aria-label={contactFullName(contact)}>
                  <Text size="sm" fw={600}>
                    {contactFullName(contact)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[contact.email, contact.phone].filter(Boolean).join(' · ')}
                  </Text>
                </Combobox.Option>
              ))}
              {token === null ? (
                <Combobox.Empty>{t('search.tooShort')}</Combobox.Empty>
              ) : found.length === 0 && !contacts.isFetching ? (
                <Combobox.Empty>{t('search.empty')}</Combobox.Empty>
              ) : null}
            </Combobox.Options>
          </Combobox.Dropdown>
        </Combobox>
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
        {failure ? <Alert color="red">{failure}</Alert> : null}
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
