import {
  contactInputSchemaFor,
  formatPhone,
  type Contact,
  type ContactKind,
  type Locale,
  type SaveContactInput,
} from '@estate/domain';
import type { z } from 'zod';
import type { SaveContactRequest } from '../../data/contact.repository';

/** The form's schema: phones typed as people write them, read in the agency's country. */
export function contactFormSchemaFor(country: string) {
  return contactInputSchemaFor(country);
}
type ContactFormSchema = ReturnType<typeof contactFormSchemaFor>;
export type ContactFormInput = z.input<ContactFormSchema>;
export type ContactFormOutput = z.output<ContactFormSchema>;

/** `2026-11-25`, what a date input shows, from a stored date (the user's day). */
function dayOf(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

export function emptyContactForm(locale: Locale, agentUid: string, kind: ContactKind = 'client'): ContactFormInput {
  return {
    kind,
    clientType: kind === 'agent-prospect' ? null : 'buyer',
    identityType: 'person',
    civility: '',
    firstName: '',
    lastName: '',
    companyName: '',
    legalForm: '',
    registrationNumber: '',
    emails: [{ address: '', label: 'personal' }],
    phones: [{ number: '', label: 'mobile' }],
    address: { street: '', postalCode: '', city: '', country: '' },
    locale,
    tags: [],
    originId: null,
    consent: { marketing: false, at: null, source: '' },
    assignedAgentUid: agentUid,
    sharedWithUids: [],
  };
}

export function contactToForm(contact: Contact): ContactFormInput {
  return {
    kind: contact.kind,
    clientType: contact.clientType,
    identityType: contact.identityType,
    civility: contact.civility,
    firstName: contact.firstName,
    lastName: contact.lastName,
    companyName: contact.companyName,
    legalForm: contact.legalForm,
    registrationNumber: contact.registrationNumber,
    emails: contact.emails.map((email) => ({ ...email })),
    phones: contact.phones.map((phone) => ({ number: formatPhone(phone.number), label: phone.label })),
    address: { ...contact.address },
    locale: contact.locale,
    tags: [...contact.tags],
    originId: contact.originId,
    consent: {
      marketing: contact.consent.marketing,
      at: contact.consent.at ? dayOf(contact.consent.at) : null,
      source: contact.consent.source,
    },
    assignedAgentUid: contact.assignedAgentUid,
    sharedWithUids: [...contact.sharedWithUids],
  };
}

/**
 * The callable's input: empty email and phone rows are left out before validation by the form, and
 * the consent date travels as an ISO string (a callable's body is JSON).
 */
export function toSaveContactRequest(
  contactId: string | null,
  values: ContactFormOutput,
  allowDuplicates = false,
): SaveContactRequest {
  const contact: SaveContactInput['contact'] = values;
  return {
    contactId,
    allowDuplicates,
    contact: { ...contact, consent: { ...contact.consent, at: contact.consent.at?.toISOString() ?? null } },
  };
}

/** Rows the user added and left blank are not mistakes: they are dropped before validation. */
export function withoutBlankRows(values: ContactFormInput): ContactFormInput {
  return {
    ...values,
    emails: values.emails.filter((email) => email.address.trim() !== ''),
    phones: values.phones.filter((phone) => phone.number.trim() !== ''),
  };
}
