import { contactFullName, formatPhone, searchQueryToken, type Contact } from '@estate/domain';
import { Badge, Combobox, Group, Kbd, Loader, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useState, type ComponentType, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { useContactsViewer } from '../../list/hooks/use-contacts-viewer';
import { contactSearchOptions } from '../queries/contact-search.queries';
import { phoneMatchRange, textMatchRange } from '../utils/match-range';
import { MarkedText } from './marked-text';
import classes from './contact-search.module.css';

/** Long enough to skip the letters of a word typed fast, short enough to feel instant. */
const DEBOUNCE_MS = 150;

interface ContactSearchProps {
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  /** Shows the keyboard shortcut in the box (not on phones). */
  withShortcutHint?: boolean;
  /** After a contact is opened, e.g. to close the phone's search window. */
  onOpened?: () => void;
  /**
   * Answers of other capabilities (properties), rendered as options after the contacts; an option's
   * value is the path it opens (starting with `/`).
   */
  moreResults?: ComponentType<{ typed: string }>;
}

/** The email and phone worth showing: the ones the typed text found, else the first of each. */
function shownReach(contact: Contact, token: string): { email: string; phone: string } {
  const emails = contact.emails.length > 0 ? contact.emails.map((email) => email.address) : [contact.email];
  const phones = (contact.phones.length > 0 ? contact.phones.map((phone) => phone.number) : [contact.phone])
    .filter((phone) => phone !== '')
    .map(formatPhone);
  return {
    email: emails.find((email) => textMatchRange(email, token) !== null) ?? emails[0] ?? '',
    phone: phones.find((phone) => phoneMatchRange(phone, token) !== null) ?? phones[0] ?? '',
  };
}

function ContactOption({ contact, token }: { contact: Contact; token: string }) {
  const { t } = useTranslation();
  const name = contactFullName(contact);
  const { email, phone } = shownReach(contact, token);
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Stack gap={0} miw={0}>
        <Text size="sm" fw={600} truncate="end">
          <MarkedText text={name} range={textMatchRange(name, token)} />
        </Text>
        <Text size="xs" c="dimmed" truncate="end">
          <MarkedText text={email} range={textMatchRange(email, token)} />
          {email && phone ? ' · ' : null}
          {phone ? <MarkedText text={phone} range={phoneMatchRange(phone, token)} /> : null}
        </Text>
      </Stack>
      <Badge variant="light" size="sm" style={{ flexShrink: 0 }}>
        {contact.clientType ? t(`clientTypes.${contact.clientType}`) : t('contacts.kinds.agent-prospect')}
      </Badge>
    </Group>
  );
}

/**
 * Finds contacts while the user types: the text becomes one token (searchQueryToken) looked up in
 * the contacts' searchTokens. Arrow keys move through the answers, Enter opens one, Esc closes.
 */
export function ContactSearch({
  inputRef,
  autoFocus = false,
  withShortcutHint = false,
  onOpened,
  moreResults: MoreResults,
}: ContactSearchProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [debounced] = useDebouncedValue(value, DEBOUNCE_MS);
  const token = searchQueryToken(debounced);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const { viewer, error: viewerError } = useContactsViewer();
  const queryClient = useQueryClient();
  const results = useQuery({
    ...contactSearchOptions(
      queryClient,
      tenant.tenantId,
      token ?? '',
      viewer ?? { visibility: 'shared', uid: '', role: null },
    ),
    enabled: token !== null && viewer !== null,
    // The previous answers stay on screen while the next ones load, so the list does not blink.
    placeholderData: keepPreviousData,
  });
  const contacts = token !== null ? (results.data ?? []) : [];
  const typed = value.trim() !== '';
  const waiting = typed && (value !== debounced || (token !== null && results.isPending));

  useEffect(() => {
    // Enter opens the first answer without moving to it first.
    if (results.data && results.data.length > 0) combobox.selectFirstOption();
  }, [results.data, combobox]);

  const open = (option: string) => {
    combobox.closeDropdown();
    setValue('');
    void navigate(option.startsWith('/') ? option : `/clients/${encodeURIComponent(option)}`);
    onOpened?.();
  };

  let status: string | null = null;
  if (searchQueryToken(value) === null) status = t('search.tooShort');
  else if (results.isError || viewerError) status = describeError(t, results.error ?? viewerError);
  else if (waiting && contacts.length === 0) status = t('search.searching');
  else if (!waiting && contacts.length === 0) status = t('search.empty');

  return (
    <Combobox store={combobox} onOptionSubmit={open} withinPortal>
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          value={value}
          autoFocus={autoFocus}
          // Inside a modal, Mantine's focus trap focuses the element marked so, not the autoFocus one.
          data-autofocus={autoFocus || undefined}
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          type="search"
          autoComplete="off"
          spellCheck={false}
          leftSection={<IconSearch size={16} />}
          rightSection={
            waiting || results.isFetching ? (
              <Loader size={14} aria-label={t('search.searching')} />
            ) : withShortcutHint && !typed ? (
              <Kbd size="xs">Ctrl K</Kbd>
            ) : null
          }
          rightSectionWidth={withShortcutHint ? 64 : undefined}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            if (event.currentTarget.value.trim() === '') combobox.closeDropdown();
            else combobox.openDropdown();
          }}
          onFocus={() => typed && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              combobox.closeDropdown();
              event.currentTarget.blur();
            }
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!typed} data-testid="quick-search-results">
        <Combobox.Options aria-label={t('search.results')}>
          {contacts.map((contact) => (
            <Combobox.Option
              value={contact.id}
              key={contact.id}
              aria-label={contactFullName(contact)}
              className={classes.option}
            >
              <ContactOption contact={contact} token={token ?? ''} />
            </Combobox.Option>
          ))}
          {status ? <Combobox.Empty>{status}</Combobox.Empty> : null}
          {MoreResults && typed ? (
            <Suspense fallback={null}>
              <MoreResults typed={debounced} />
            </Suspense>
          ) : null}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
