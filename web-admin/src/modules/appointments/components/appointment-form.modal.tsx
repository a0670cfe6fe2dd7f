import {
  APPOINTMENT_KINDS,
  contactFullName,
  isCollaborator,
  saveAppointmentContract,
  saveAppointmentInputSchema,
  searchQueryToken,
  type Appointment,
  type AppointmentConflictView,
  type AppointmentKind,
  type SaveAppointmentRequest,
} from '@estate/domain';
import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalOf } from '../../../lib/firebase/callables';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { fieldError } from '../../../ui/field-error';
import { formatDateTime } from '../../../ui/format-date';
import { notifySuccess } from '../../../ui/notify';
import { searchContacts } from '../../contacts';
import { propertySearchOptions } from '../../properties';
import { useActiveSession } from '../../session';
import { teamMembersOptions } from '../../team';
import { newAppointmentId } from '../data/appointment.repository';
import { useAppointmentsViewer } from '../hooks/use-appointments-viewer';
import { useSaveAppointment } from '../hooks/use-appointment-mutations';
import { useContactLabels } from '../hooks/use-contact-labels';
import { fromDateTimeInput, nextHour, toDateTimeInput } from './appointment-dates';

interface Picked {
  id: string;
  label: string;
}

/** What the form starts from when opened from a page (a property, a client file, a calendar slot). */
export interface AppointmentPreset {
  kind?: AppointmentKind;
  start?: Date;
  property?: Picked;
  contacts?: Picked[];
}

interface AppointmentFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The scheduled appointment being edited; a new one when null. */
  appointment: Appointment | null;
  preset?: AppointmentPreset;
}

type Where = 'agency' | 'partner' | 'none';

interface FormState {
  appointmentId: string;
  kind: AppointmentKind;
  title: string;
  start: string;
  end: string;
  place: string;
  where: Where;
  property: Picked | null;
  partnerAddress: string;
  partnerAgency: string;
  partnerPrice: number | string;
  contacts: Picked[];
  agentUid: string;
}

const HOUR = 3_600_000;

/** The schema's own sentences for the rules this form states; the shared wording for the others. */
const FORM_ISSUES: Record<string, string> = {
  'the end must be after the start': 'appointments.issues.endAfterStart',
  'at most 12 hours': 'appointments.issues.tooLong',
  'at least one client': 'appointments.issues.noClient',
  'invalid identifier': 'appointments.issues.pickOne',
};

function initialState(appointment: Appointment | null, preset: AppointmentPreset | undefined, me: string): FormState {
  if (appointment) {
    return {
      appointmentId: appointment.id,
      kind: appointment.kind,
      title: appointment.title,
      start: toDateTimeInput(appointment.startsAt),
      end: toDateTimeInput(appointment.endsAt),
      place: appointment.place,
      where: appointment.propertyId ? 'agency' : appointment.externalProperty ? 'partner' : 'none',
      property: appointment.propertyId ? { id: appointment.propertyId, label: appointment.propertyLabel } : null,
      partnerAddress: appointment.externalProperty?.address ?? '',
      partnerAgency: appointment.externalProperty?.agencyName ?? '',
      partnerPrice: appointment.externalProperty?.price ?? '',
      contacts: appointment.contactIds.map((id) => ({ id, label: id })),
      agentUid: appointment.agentUid,
    };
  }
  const start = preset?.start ?? nextHour();
  return {
    appointmentId: newAppointmentId(),
    kind: preset?.kind ?? 'visit',
    title: '',
    start: toDateTimeInput(start),
    end: toDateTimeInput(new Date(start.getTime() + HOUR)),
    place: '',
    where: preset?.property ? 'agency' : 'none',
    property: preset?.property ?? null,
    partnerAddress: '',
    partnerAgency: '',
    partnerPrice: '',
    contacts: preset?.contacts ?? [],
    agentUid: me,
  };
}

function toRequest(
  state: FormState,
  expectedSequence: number | null,
  acknowledgeConflicts: boolean,
): SaveAppointmentRequest {
  const start = fromDateTimeInput(state.start);
  const end = fromDateTimeInput(state.end);
  return {
    appointmentId: state.appointmentId,
    expectedSequence,
    acknowledgeConflicts,
    kind: state.kind,
    title: state.title,
    startsAt: start ? start.toISOString() : state.start,
    endsAt: end ? end.toISOString() : state.end,
    place: state.place,
    propertyId: state.where === 'agency' ? (state.property?.id ?? '') : null,
    externalProperty:
      state.where === 'partner'
        ? {
            address: state.partnerAddress,
            agencyName: state.partnerAgency,
            price: typeof state.partnerPrice === 'number' ? state.partnerPrice : null,
          }
        : null,
    contactIds: state.contacts.map((contact) => contact.id),
    agentUid: state.agentUid,
  };
}

/**
 * Plans or edits an appointment: its kind, time, place, the agency's property or a partner's, the
 * clients (one or several buyers) and the agent. Overlaps with the agent's or the clients' other
 * appointments come back before anything is saved; the agent may save anyway.
 */
export function AppointmentFormModal({ opened, onClose, appointment, preset }: AppointmentFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={appointment ? t('appointments.editTitle') : t('appointments.newTitle')}
      size="lg"
    >
      {/* Mounted while open only: each opening starts from the appointment or the preset. */}
      <AppointmentForm onClose={onClose} appointment={appointment} preset={preset} />
    </Modal>
  );
}

function AppointmentForm({ onClose, appointment, preset }: Omit<AppointmentFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user } = useActiveSession();
  const { viewer } = useAppointmentsViewer();
  const save = useSaveAppointment(tenant.tenantId);
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const [state, setState] = useState<FormState>(() => initialState(appointment, preset, user.uid));
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [conflicts, setConflicts] = useState<AppointmentConflictView[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [contactSearch, setContactSearch] = useState('');
  const [debouncedContact] = useDebouncedValue(contactSearch, 250);
  const contactToken = searchQueryToken(debouncedContact);
  const [propertySearch, setPropertySearch] = useState('');
  const [debouncedProperty] = useDebouncedValue(propertySearch.trim(), 250);

  const contacts = useQuery({
    queryKey: ['appointments', 'contact-picker', tenant.tenantId, contactToken, viewer?.visibility, user.uid],
    queryFn: () => searchContacts(tenant.tenantId, contactToken ?? '', viewer!),
    enabled: contactToken !== null && viewer !== null,
    staleTime: 30_000,
  });
  const properties = useQuery({
    ...propertySearchOptions(tenant.tenantId, debouncedProperty),
    enabled: state.where === 'agency' && debouncedProperty !== '',
  });

  // An edited appointment names its clients by id: their names come from their files.
  const labels = useContactLabels(appointment ? appointment.contactIds : []);
  const labelOf = (picked: Picked) =>
    picked.label === picked.id ? (labels.get(picked.id) ?? picked.id) : picked.label;

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setState((current) => ({ ...current, [key]: value }));

  const contactOptions = [
    ...state.contacts.map((contact) => ({ value: contact.id, label: labelOf(contact) })),
    ...(contacts.data ?? [])
      .filter((contact) => !state.contacts.some((picked) => picked.id === contact.id))
      .map((contact) => ({ value: contact.id, label: contactFullName(contact) })),
  ];
  const propertyOptions = [
    ...(state.property ? [{ value: state.property.id, label: state.property.label }] : []),
    ...(properties.data ?? [])
      .filter((property) => property.id !== state.property?.id)
      .map((property) => ({ value: property.id, label: `${property.reference} · ${property.title}` })),
  ];
  const agents = (members.data ?? [])
    .filter((member) => member.status === 'active' && isCollaborator(member.role))
    .map((member) => ({ value: member.uid, label: member.displayName }));

  async function submit(acknowledgeConflicts: boolean) {
    setFailure(null);
    const request = toRequest(state, appointment?.sequence ?? null, acknowledgeConflicts);
    const parsed = saveAppointmentInputSchema.safeParse(request);
    if (!parsed.success) {
      setIssues(
        Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? ''), issue.message] as const)),
      );
      return;
    }
    setIssues({});
    try {
      const result = await save.mutateAsync(request);
      if (!result.saved) {
        setConflicts(result.conflicts);
        return;
      }
      notifySuccess(appointment ? t('appointments.updated') : t('appointments.created'));
      onClose();
    } catch (caught) {
      const reason = refusalOf(saveAppointmentContract, caught)?.reason;
      setFailure(
        reason
          ? t(`appointments.refusals.${reason}`, { defaultValue: describeError(t, caught) })
          : describeError(t, caught),
      );
    }
  }

  const issue = (field: string) => {
    const message = issues[field];
    if (!message) return undefined;
    const own = FORM_ISSUES[message];
    return own ? t(own) : fieldError(t, message);
  };
  const contactLabel = (id: string) => contactOptions.find((option) => option.value === id)?.label ?? id;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(false);
      }}
    >
      <Stack gap="sm">
        {failure ? (
          <Alert color="red" role="alert" data-testid="appointment-form-error">
            {failure}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label={t('appointments.fields.kind')}
            data={APPOINTMENT_KINDS.map((value) => ({ value, label: t(`appointmentKinds.${value}`) }))}
            value={state.kind}
            onChange={(value) => value && set('kind', value as AppointmentKind)}
            allowDeselect={false}
            data-testid="appointment-kind"
          />
          <TextInput
            label={t('appointments.fields.title')}
            value={state.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={issue('title')}
            data-autofocus
            data-testid="appointment-title"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="datetime-local"
            label={t('appointments.fields.start')}
            value={state.start}
            onChange={(event) => {
              const value = event.currentTarget.value;
              const start = fromDateTimeInput(value);
              const before = fromDateTimeInput(state.start);
              const end = fromDateTimeInput(state.end);
              // Moving the start keeps the duration.
              setState((current) => ({
                ...current,
                start: value,
                end:
                  start && before && end
                    ? toDateTimeInput(new Date(start.getTime() + end.getTime() - before.getTime()))
                    : current.end,
              }));
            }}
            error={issue('startsAt')}
            data-testid="appointment-start"
          />
          <TextInput
            type="datetime-local"
            label={t('appointments.fields.end')}
            value={state.end}
            onChange={(event) => set('end', event.currentTarget.value)}
            error={issue('endsAt')}
            data-testid="appointment-end"
          />
        </SimpleGrid>
        <TextInput
          label={t('appointments.fields.place')}
          value={state.place}
          onChange={(event) => set('place', event.currentTarget.value)}
          error={issue('place')}
        />
        <SegmentedControl
          value={state.where}
          onChange={(value) => set('where', value as Where)}
          aria-label={t('appointments.fields.property')}
          data={[
            { value: 'agency', label: t('appointments.where.agency') },
            { value: 'partner', label: t('appointments.where.partner') },
            { value: 'none', label: t('appointments.where.none') },
          ]}
        />
        {state.where === 'agency' ? (
          <Select
            label={t('appointments.fields.property')}
            placeholder={t('appointments.propertySearch')}
            data={propertyOptions}
            value={state.property?.id ?? null}
            onChange={(value, option) => set('property', value ? { id: value, label: option.label } : null)}
            searchable
            searchValue={propertySearch}
            onSearchChange={setPropertySearch}
            filter={({ options }) => options}
            nothingFoundMessage={t('appointments.nothingFound')}
            error={issue('propertyId')}
          />
        ) : null}
        {state.where === 'partner' ? (
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <TextInput
              label={t('appointments.fields.partnerAddress')}
              value={state.partnerAddress}
              onChange={(event) => set('partnerAddress', event.currentTarget.value)}
              error={issue('externalProperty')}
            />
            <TextInput
              label={t('appointments.fields.partnerAgency')}
              value={state.partnerAgency}
              onChange={(event) => set('partnerAgency', event.currentTarget.value)}
            />
            <NumberInput
              label={t('appointments.fields.partnerPrice')}
              value={state.partnerPrice}
              onChange={(value) => set('partnerPrice', value)}
              min={0}
              thousandSeparator=" "
              suffix=" €"
            />
          </SimpleGrid>
        ) : null}
        <MultiSelect
          label={t('appointments.fields.contacts')}
          placeholder={t('appointments.contactSearch')}
          data={contactOptions}
          value={state.contacts.map((contact) => contact.id)}
          onChange={(ids) =>
            set(
              'contacts',
              ids.map((id) => ({ id, label: contactOptions.find((option) => option.value === id)?.label ?? id })),
            )
          }
          searchable
          searchValue={contactSearch}
          onSearchChange={setContactSearch}
          filter={({ options }) => options}
          nothingFoundMessage={contactToken === null ? t('appointments.typeMore') : t('appointments.nothingFound')}
          error={issue('contactIds')}
          data-testid="appointment-contacts"
        />
        <Select
          label={t('appointments.fields.agent')}
          data={agents}
          value={state.agentUid}
          onChange={(value) => value && set('agentUid', value)}
          allowDeselect={false}
          searchable
        />
        {conflicts.length > 0 ? (
          <Alert color="orange" title={t('appointments.conflicts.title')} data-testid="appointment-conflicts">
            <List size="sm" spacing={4}>
              {conflicts.map((conflict) => (
                <List.Item key={conflict.appointmentId}>
                  {formatDateTime(new Date(conflict.startsAt))} – {formatDateTime(new Date(conflict.endsAt))}
                  {conflict.title ? ` · ${conflict.title}` : ''}
                  {' · '}
                  {conflict.reasons
                    .map((reason) =>
                      reason === 'agent'
                        ? t('appointments.conflicts.agent')
                        : t('appointments.conflicts.client', {
                            names: conflict.contactIds.map(contactLabel).join(', '),
                          }),
                    )
                    .join(' · ')}
                </List.Item>
              ))}
            </List>
            <Text size="sm" mt="xs">
              {t('appointments.conflicts.hint')}
            </Text>
          </Alert>
        ) : null}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {conflicts.length > 0 ? (
            <Button
              color="orange"
              loading={save.isPending}
              onClick={() => void submit(true)}
              data-testid="appointment-save-anyway"
            >
              {t('appointments.conflicts.saveAnyway')}
            </Button>
          ) : (
            <Button type="submit" loading={save.isPending} data-testid="appointment-save">
              {appointment ? t('common.save') : t('appointments.create')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
