import {
  activeOrigins,
  canChangeContactHolder,
  CIVILITIES,
  CLIENT_TYPES,
  CONTACT_KINDS,
  CONTACT_SHARES_MAX,
  CONTACT_TAGS_MAX,
  contactFullName,
  isCollaborator,
  LOCALES,
  pendingUnverifiedEmails,
  type Contact,
  type ContactKind,
  type DuplicateMatch,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Divider,
  Group,
  Modal,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Controller, useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../../i18n/i18n';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { fieldError } from '../../../../ui/field-error';
import { notifySuccess } from '../../../../ui/notify';
import { useActiveSession } from '../../../session';
import { teamMembersOptions } from '../../../team';
import {
  contactFormSchemaFor,
  contactToForm,
  emptyContactForm,
  toSaveContactRequest,
  withoutBlankRows,
  type ContactFormInput,
  type ContactFormOutput,
} from '../forms/contact.form';
import { useMergeContacts, useSaveContact } from '../hooks/use-contact-mutations';
import { contactsSettingsOptions } from '../../settings/queries/contacts-settings.queries';
import { tenantCountryOptions } from '../queries/contacts.queries';
import { DuplicateMatches } from './duplicate-matches';
import { ReachRows } from './reach-rows';

interface ContactFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The contact being edited; a new contact when null. */
  contact: Contact | null;
  /** For a new contact: the kind of the tab it was created from. */
  kind?: ContactKind;
  /** Opens another contact (a duplicate the user wants to see). */
  onOpenContact: (contactId: string) => void;
}

export function ContactFormModal({ opened, onClose, contact, kind = 'client', onOpenContact }: ContactFormModalProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user, claims } = useActiveSession();
  const save = useSaveContact(tenant.tenantId);
  const merge = useMergeContacts(tenant.tenantId);
  const country = useQuery({ ...tenantCountryOptions(tenant.tenantId), enabled: opened });
  const settings = useQuery({ ...contactsSettingsOptions(tenant.tenantId), enabled: opened });
  const members = useQuery({ ...teamMembersOptions(tenant.tenantId), enabled: opened });
  const [matches, setMatches] = useState<DuplicateMatch[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);
  // A new contact saved for a merge that then failed: a second try merges it instead of saving another.
  const savedForMerge = useRef<string | null>(null);

  const schema = useMemo(() => contactFormSchemaFor(country.data ?? 'FR'), [country.data]);
  // Rows added and left blank are dropped before the check, so an unused phone line is no error.
  const resolver = useMemo<Resolver<ContactFormInput, unknown, ContactFormOutput>>(() => {
    const base = zodResolver(schema);
    return (values, context, options) => base(withoutBlankRows(values), context, options);
  }, [schema]);
  const form = useForm<ContactFormInput, unknown, ContactFormOutput>({
    resolver,
    mode: 'onTouched',
    defaultValues: emptyContactForm(currentLocale(), user.uid, kind),
  });
  const errors = form.formState.errors;
  const identityType = useWatch({ control: form.control, name: 'identityType' });
  const chosenKind = useWatch({ control: form.control, name: 'kind' });
  const marketing = useWatch({ control: form.control, name: 'consent.marketing' });
  const assignedAgentUid = useWatch({ control: form.control, name: 'assignedAgentUid' });
  const typedEmails = useWatch({ control: form.control, name: 'emails' });
  // Emails a portal lead brought by phone alone: the agent confirms one by adding it to the emails.
  const unconfirmed = contact
    ? pendingUnverifiedEmails(
        contact.unverifiedEmails,
        (typedEmails ?? []).map((email) => ({ address: email.address ?? '' })),
      )
    : [];
  const confirmEmail = (address: string) =>
    form.setValue('emails', [...form.getValues('emails'), { address, label: 'personal' }], { shouldDirty: true });

  useEffect(() => {
    if (!opened) return;
    form.reset(contact ? contactToForm(contact) : emptyContactForm(currentLocale(), user.uid, kind));
    setMatches(null);
    setFailure(null);
    savedForMerge.current = null;
  }, [opened, contact, kind, user.uid, form]);

  // The matches answered what was typed then: a change asks the question again on the next save.
  useEffect(() => {
    const subscription = form.watch((_values, { type }) => {
      if (type === 'change') setMatches(null);
    });
    return () => subscription.unsubscribe();
  }, [form]);

  const agents = (members.data ?? [])
    .filter(
      (member) =>
        (member.status === 'active' && isCollaborator(member.role)) || member.uid === contact?.assignedAgentUid,
    )
    .map((member) => ({ value: member.uid, label: member.displayName }));
  // Sharing matters in the "own" mode only; in "shared" mode it stays as it was, unseen.
  const sharingShown = settings.data?.visibility === 'own';
  const assignee = members.data?.find((member) => member.uid === assignedAgentUid);
  const viewer = { uid: user.uid, role: claims.role };
  const sharingAllowed = canChangeContactHolder(
    viewer,
    contact ?? { assignedAgentUid, managerUid: assignee?.managerUid ?? null },
  );
  // Only those who hold the contact (or manage them) give it to another agent; a new one goes to anyone.
  const reassignAllowed = contact === null || canChangeContactHolder(viewer, contact);
  const shareOptions = (members.data ?? [])
    .filter(
      (member) =>
        member.uid !== assignedAgentUid &&
        ((member.status === 'active' && isCollaborator(member.role)) || contact?.sharedWithUids.includes(member.uid)),
    )
    .map((member) => ({ value: member.uid, label: member.displayName }));
  const origins = settings.data ? activeOrigins(settings.data) : [];
  const originOptions = origins.map((origin) => ({ value: origin.id, label: origin.label }));
  const storedOrigin = settings.data?.origins.find((origin) => origin.id === contact?.originId);
  if (storedOrigin && !storedOrigin.active) originOptions.push({ value: storedOrigin.id, label: storedOrigin.label });

  const send = async (values: ContactFormOutput, allowDuplicates: boolean): Promise<string | null> => {
    const result = await save.mutateAsync(toSaveContactRequest(contact?.id ?? null, values, allowDuplicates));
    if (result.status === 'duplicates') {
      setMatches(result.matches);
      return null;
    }
    return result.contactId;
  };

  const finish = (values: ContactFormOutput) => {
    notifySuccess(contact ? t('clients.updated') : t('clients.created', { name: contactFullName(values) }));
    onClose();
  };

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      if ((await send(values, false)) !== null) finish(values);
    } catch (caught) {
      setFailure(describeError(t, caught));
    }
  });

  const createAnyway = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      if ((await send(values, true)) !== null) finish(values);
    } catch (caught) {
      setFailure(describeError(t, caught));
    }
  });

  /** Saves what was typed, then folds it into the existing contact, which keeps its id. */
  const mergeInto = (keepId: string) =>
    form.handleSubmit(async (values) => {
      setFailure(null);
      setMerging(true);
      try {
        const savedId = savedForMerge.current ?? (await send(values, true));
        if (savedId === null) return;
        savedForMerge.current = savedId;
        await merge.mutateAsync({ keepId, mergeId: savedId });
        save.reset();
        notifySuccess(t('contacts.duplicates.merged'));
        onClose();
        onOpenContact(keepId);
      } catch (caught) {
        setFailure(describeError(t, caught));
      } finally {
        setMerging(false);
      }
    })();

  const memberName = (uid: string) => members.data?.find((member) => member.uid === uid)?.displayName ?? uid;
  const title = contact ? t('clients.editTitle') : t(`contacts.form.newTitle.${chosenKind}`);

  return (
    <Modal opened={opened} onClose={onClose} title={title} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {contact ? null : (
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <SegmentedControl
                  aria-label={t('contacts.fields.kind')}
                  data={CONTACT_KINDS.map((value) => ({ value, label: t(`contacts.kinds.${value}`) }))}
                  value={field.value}
                  onChange={(value) => {
                    const next = value as ContactKind;
                    field.onChange(next);
                    const type = form.getValues('clientType');
                    if (next === 'agent-prospect') form.setValue('clientType', null);
                    else if (type === null) form.setValue('clientType', 'buyer');
                  }}
                />
              )}
            />
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Controller
              control={form.control}
              name="identityType"
              render={({ field }) => (
                <SegmentedControl
                  aria-label={t('contacts.fields.identityType')}
                  data={[
                    { value: 'person', label: t('contacts.identity.person') },
                    { value: 'company', label: t('contacts.identity.company') },
                  ]}
                  value={field.value}
                  onChange={field.onChange}
                />
              )}
            />
            {chosenKind === 'agent-prospect' ? null : (
              <Controller
                control={form.control}
                name="clientType"
                render={({ field }) => (
                  <Select
                    label={t('fields.clientType')}
                    data={CLIENT_TYPES.map((type) => ({ value: type, label: t(`clientTypes.${type}`) }))}
                    value={field.value ?? null}
                    onChange={(value) => value && field.onChange(value)}
                    allowDeselect={false}
                    error={fieldError(t, errors.clientType?.message)}
                  />
                )}
              />
            )}
          </SimpleGrid>

          {identityType === 'company' ? (
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              <TextInput
                label={t('contacts.fields.companyName')}
                {...form.register('companyName')}
                error={fieldError(t, errors.companyName?.message)}
              />
              <TextInput
                label={t('contacts.fields.legalForm')}
                {...form.register('legalForm')}
                error={fieldError(t, errors.legalForm?.message)}
              />
              <TextInput
                label={t('fields.registrationNumber')}
                {...form.register('registrationNumber')}
                error={fieldError(t, errors.registrationNumber?.message)}
              />
            </SimpleGrid>
          ) : null}
          {identityType === 'company' ? (
            <Text size="sm" c="dimmed">
              {t('contacts.form.representative')}
            </Text>
          ) : null}
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <Controller
              control={form.control}
              name="civility"
              render={({ field }) => (
                <Select
                  label={t('contacts.fields.civility')}
                  data={CIVILITIES.map((value) => ({ value, label: t(`contacts.civilities.${value || 'none'}`) }))}
                  value={field.value ?? ''}
                  onChange={(value) => field.onChange(value ?? '')}
                  allowDeselect={false}
                />
              )}
            />
            <TextInput
              label={t('fields.firstName')}
              data-autofocus
              {...form.register('firstName')}
              error={fieldError(t, errors.firstName?.message)}
            />
            <TextInput
              label={t('fields.lastName')}
              {...form.register('lastName')}
              error={fieldError(t, errors.lastName?.message)}
            />
          </SimpleGrid>

          <Divider label={t('contacts.form.reach')} labelPosition="left" />
          <ReachRows form={form} name="emails" />
          {unconfirmed.length > 0 ? (
            <Alert
              color="orange"
              variant="light"
              title={t('contacts.form.unverified.title')}
              data-testid="unverified-emails"
            >
              <Stack gap={6}>
                <Text size="sm">{t('contacts.form.unverified.text')}</Text>
                {unconfirmed.map((entry) => (
                  <Group key={entry.address} gap="xs">
                    <Text size="sm" fw={500}>
                      {entry.address}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {entry.portal}
                    </Text>
                    <Button size="compact-xs" variant="light" onClick={() => confirmEmail(entry.address)}>
                      {t('contacts.form.unverified.add')}
                    </Button>
                  </Group>
                ))}
              </Stack>
            </Alert>
          ) : null}
          <ReachRows form={form} name="phones" />

          <Divider label={t('fields.address')} labelPosition="left" />
          <TextInput
            label={t('contacts.fields.street')}
            {...form.register('address.street')}
            error={fieldError(t, errors.address?.street?.message)}
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <TextInput
              label={t('contacts.fields.postalCode')}
              {...form.register('address.postalCode')}
              error={fieldError(t, errors.address?.postalCode?.message)}
            />
            <TextInput
              label={t('contacts.fields.city')}
              {...form.register('address.city')}
              error={fieldError(t, errors.address?.city?.message)}
            />
            <Controller
              control={form.control}
              name="address.country"
              render={({ field }) => (
                <Select
                  label={t('fields.country')}
                  data={Object.keys(t('countries', { returnObjects: true }) as Record<string, string>).map((code) => ({
                    value: code,
                    label: t(`countries.${code}`),
                  }))}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  clearable
                  searchable
                />
              )}
            />
          </SimpleGrid>

          <Divider label={t('contacts.form.follow')} labelPosition="left" />
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <Controller
              control={form.control}
              name="assignedAgentUid"
              render={({ field }) => (
                <Select
                  label={t('contacts.fields.assignedAgent')}
                  description={reassignAllowed ? undefined : t('contacts.form.assignedAgentLocked')}
                  disabled={!reassignAllowed}
                  data-testid="contact-assigned-agent"
                  data={agents}
                  value={field.value}
                  onChange={(value) => {
                    if (!value) return;
                    field.onChange(value);
                    // The assigned agent sees the contact anyway: no need to share it with them.
                    const shared = form.getValues('sharedWithUids') ?? [];
                    if (shared.includes(value)) {
                      form.setValue(
                        'sharedWithUids',
                        shared.filter((uid) => uid !== value),
                      );
                    }
                  }}
                  allowDeselect={false}
                  searchable
                  error={fieldError(t, errors.assignedAgentUid?.message)}
                />
              )}
            />
            <Controller
              control={form.control}
              name="originId"
              render={({ field }) => (
                <Select
                  label={t('contacts.fields.origin')}
                  placeholder={originOptions.length === 0 ? t('contacts.form.noOrigins') : undefined}
                  data={originOptions}
                  value={field.value ?? null}
                  onChange={(value) => field.onChange(value)}
                  clearable
                />
              )}
            />
            <Controller
              control={form.control}
              name="locale"
              render={({ field }) => (
                <Select
                  label={t('fields.clientLanguage')}
                  data={LOCALES.map((locale) => ({ value: locale, label: t(`languages.${locale}`) }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                />
              )}
            />
          </SimpleGrid>
          {sharingShown ? (
            <Controller
              control={form.control}
              name="sharedWithUids"
              render={({ field }) => (
                <MultiSelect
                  label={t('contacts.fields.sharedWith')}
                  description={sharingAllowed ? t('contacts.form.sharedWithHint') : t('contacts.form.sharedWithLocked')}
                  placeholder={(field.value ?? []).length === 0 ? t('contacts.form.sharedWithNobody') : undefined}
                  data={shareOptions}
                  value={field.value ?? []}
                  onChange={field.onChange}
                  maxValues={CONTACT_SHARES_MAX}
                  disabled={!sharingAllowed}
                  searchable
                  clearable={sharingAllowed}
                  nothingFoundMessage={t('contacts.form.sharedWithNone')}
                  data-testid="contact-shared-with"
                  error={fieldError(t, errors.sharedWithUids?.message)}
                />
              )}
            />
          ) : null}
          <Controller
            control={form.control}
            name="tags"
            render={({ field }) => (
              <TagsInput
                label={t('contacts.fields.tags')}
                description={t('contacts.form.tagsHint', { max: CONTACT_TAGS_MAX })}
                value={field.value}
                onChange={field.onChange}
                maxTags={CONTACT_TAGS_MAX}
                clearable
                error={errors.tags ? t('validation.invalid') : undefined}
              />
            )}
          />
          <Stack gap={6}>
            <Checkbox label={t('contacts.fields.marketing')} {...form.register('consent.marketing')} />
            {marketing ? (
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <Controller
                  control={form.control}
                  name="consent.at"
                  render={({ field }) => (
                    <TextInput
                      type="date"
                      label={t('contacts.fields.consentAt')}
                      description={t('contacts.form.consentAtHint')}
                      value={typeof field.value === 'string' ? field.value.slice(0, 10) : ''}
                      onChange={(event) => field.onChange(event.currentTarget.value || null)}
                      error={fieldError(t, errors.consent?.at?.message)}
                    />
                  )}
                />
                <TextInput
                  label={t('contacts.fields.consentSource')}
                  placeholder={t('contacts.form.consentSourceHint')}
                  {...form.register('consent.source')}
                  error={fieldError(t, errors.consent?.source?.message)}
                />
              </SimpleGrid>
            ) : null}
          </Stack>

          {matches ? (
            <DuplicateMatches
              matches={matches}
              agentName={memberName}
              merging={merging}
              onOpen={(contactId) => {
                onClose();
                onOpenContact(contactId);
              }}
              onMerge={(contactId) => void mergeInto(contactId)}
              onCreateAnyway={() => void createAnyway()}
              editing={contact !== null}
            />
          ) : null}
          {failure ? (
            <Alert color="red" title={t('contacts.form.failed')}>
              {failure}
            </Alert>
          ) : null}
          {country.isError || settings.isError ? (
            <Alert color="orange">{describeError(t, country.error ?? settings.error)}</Alert>
          ) : null}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting} disabled={matches !== null}>
              {contact ? t('common.save') : t(`contacts.form.create.${chosenKind}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
