import { contactFullName, searchQueryToken, type Contact } from '@estate/domain';
import { Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { contactsSettingsOptions } from '../../contacts';
import { useActiveSession } from '../../session';
import { pickerContactsOptions } from '../queries/properties.queries';

interface ContactPickerProps {
  label: string;
  placeholder?: string;
  /** A contact was chosen; `keepName` leaves its name in the box (a single choice), else the box empties. */
  onPick: (contact: Contact) => void;
  /** The text changed after a choice: the choice no longer holds. */
  onType?: () => void;
  keepName?: boolean;
  /** Contacts already chosen, left out of the answers. */
  exclude?: readonly string[];
  disabled?: boolean;
  autoFocus?: boolean;
}

/**
 * Finds a contact as the quick search does (name, email or phone, by prefix), asking only for the
 * contacts the tenant's visibility setting lets the user read.
 */
export function ContactPicker({
  label,
  placeholder,
  onPick,
  onType,
  keepName = false,
  exclude = [],
  disabled = false,
  autoFocus = false,
}: ContactPickerProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user, claims } = useActiveSession();
  const settings = useQuery(contactsSettingsOptions(tenant.tenantId));
  const [typed, setTyped] = useState('');
  const [chosen, setChosen] = useState(false);
  const [debounced] = useDebouncedValue(typed, 150);
  const token = searchQueryToken(debounced);
  const viewer = settings.data ? { visibility: settings.data.visibility, uid: user.uid, role: claims.role } : null;
  const contacts = useQuery({
    ...pickerContactsOptions(
      tenant.tenantId,
      viewer ?? { visibility: 'shared', uid: user.uid, role: null },
      token ?? '',
    ),
    enabled: viewer !== null && token !== null,
    placeholderData: keepPreviousData,
  });
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const found = token !== null ? (contacts.data ?? []).filter((contact) => !exclude.includes(contact.id)) : [];

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(contactId) => {
        const contact = found.find((candidate) => candidate.id === contactId);
        if (!contact) return;
        onPick(contact);
        setTyped(keepName ? contactFullName(contact) || contact.email : '');
        setChosen(keepName);
        combobox.closeDropdown();
      }}
      withinPortal={false}
      // Kept inside the modal that holds it, it must open downwards: flipped up it hid under the title.
      position="bottom-start"
      middlewares={{ flip: false, shift: true }}
    >
      <Combobox.Target>
        <TextInput
          label={label}
          placeholder={placeholder ?? t('properties.link.contactPlaceholder')}
          leftSection={<IconSearch size={16} />}
          rightSection={contacts.isFetching ? <Loader size={14} /> : null}
          value={typed}
          autoComplete="off"
          disabled={disabled}
          data-autofocus={autoFocus || undefined}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            if (chosen) {
              setChosen(false);
              onType?.();
            }
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={typed.trim() === '' || chosen}>
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
  );
}
