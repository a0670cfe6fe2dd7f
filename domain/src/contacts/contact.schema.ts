import { z } from 'zod';
import { localeSchema } from '../shared/locale';
import { docIdSchema, emailSchema, line, optionalLine, uidSchema } from '../shared/text';
import { formatPhone, normalisePhone } from './phone';

export const CLIENT_TYPES = ['buyer', 'seller', 'landlord', 'tenant'] as const;
export const clientTypeSchema = z.enum(CLIENT_TYPES);
export type ClientType = z.infer<typeof clientTypeSchema>;

/**
 * A client, a client prospect (a project not yet entrusted: intended type in `clientType`), or an
 * agent prospect (a person the network wants to recruit; no client type). A prospect converts into a
 * client in place: same document, same id, so its history, tasks and files stay attached.
 */
export const CONTACT_KINDS = ['client', 'client-prospect', 'agent-prospect'] as const;
export const contactKindSchema = z.enum(CONTACT_KINDS);
export type ContactKind = z.infer<typeof contactKindSchema>;

export const IDENTITY_TYPES = ['person', 'company'] as const;
export const identityTypeSchema = z.enum(IDENTITY_TYPES);
export type IdentityType = z.infer<typeof identityTypeSchema>;

export const CIVILITIES = ['', 'mr', 'mrs'] as const;
export const civilitySchema = z.enum(CIVILITIES);

export const EMAIL_LABELS = ['personal', 'work', 'other'] as const;
export const PHONE_LABELS = ['mobile', 'home', 'work', 'other'] as const;
export const CONTACT_EMAILS_MAX = 5;
export const CONTACT_PHONES_MAX = 5;
export const CONTACT_TAGS_MAX = 20;
/** Collaborators a contact is shared with (`sharedWithUids`). */
export const CONTACT_SHARES_MAX = 20;

export const PORTAL_STATUSES = ['none', 'invited', 'active'] as const;
export const portalStatusSchema = z.enum(PORTAL_STATUSES);
export type PortalStatus = z.infer<typeof portalStatusSchema>;

/** Access of a client to the client app; written only by functions. */
export const clientPortalSchema = z.object({
  status: portalStatusSchema,
  uid: z.string().nullable(),
  invitedAt: z.date().nullable(),
  invitedBy: z.string().nullable(),
});
export type ClientPortal = z.infer<typeof clientPortalSchema>;

export const contactEmailSchema = z.object({
  address: emailSchema,
  label: z.enum(EMAIL_LABELS).default('personal'),
});
export type ContactEmail = z.infer<typeof contactEmailSchema>;

/**
 * An email a portal lead brought to a contact it matched by phone alone: whoever wrote typed it, so it
 * may not be the person's. It is kept apart from `emails` (never the first email, never a match key,
 * never mailed: no auto-reply, no invitation) until an agent confirms it by adding it to the emails.
 */
export const UNVERIFIED_EMAILS_MAX = 5;
export const unverifiedEmailSchema = z.object({
  address: emailSchema,
  /** The portal whose lead brought it (`SeLoger`). */
  portal: z.string(),
  receivedAt: z.date(),
});
export type UnverifiedEmail = z.infer<typeof unverifiedEmailSchema>;

/**
 * The unconfirmed emails still waiting once `emails` are known: an address now among the emails was
 * confirmed by the agent who added it, and leaves the list.
 */
export function pendingUnverifiedEmails(
  unverified: readonly UnverifiedEmail[],
  emails: ReadonlyArray<Pick<ContactEmail, 'address'>>,
): UnverifiedEmail[] {
  const confirmed = new Set(emails.map((email) => email.address.toLowerCase()));
  return unverified.filter((entry) => !confirmed.has(entry.address.toLowerCase()));
}

/** Stored phones are E.164 (`+33612345678`); `normalisePhone` makes them from what was typed. */
export const e164Schema = z.string().regex(/^\+[1-9]\d{6,14}$/, { message: 'invalid phone number' });
export const contactPhoneSchema = z.object({
  number: e164Schema,
  label: z.enum(PHONE_LABELS).default('mobile'),
});
export type ContactPhone = z.infer<typeof contactPhoneSchema>;

export const addressSchema = z.object({
  street: optionalLine(200),
  postalCode: optionalLine(20),
  city: optionalLine(100),
  country: z.union([z.literal(''), z.string().regex(/^[A-Z]{2}$/)]).default(''),
});
export type Address = z.infer<typeof addressSchema>;
export const EMPTY_ADDRESS: Address = { street: '', postalCode: '', city: '', country: '' };

/** A tag as the agency writes it (`investisseur`, `urgent`), kept as typed but trimmed. */
export const tagSchema = line(40);

/** Marketing consent (newsletters, "inform contacts" mailings) with when and how it was given. */
export const consentSchema = z.object({
  marketing: z.boolean(),
  at: z.date().nullable(),
  /** How it was given or withdrawn: `form`, `phone`, `portal`, `import`, `unsubscribe-link`… */
  source: optionalLine(80),
});
export type Consent = z.infer<typeof consentSchema>;
export const NO_CONSENT: Consent = { marketing: false, at: null, source: '' };

/**
 * The consent as the apps send it: a callable receives JSON, so the date comes as an ISO string (a
 * day `2026-11-25` or a full timestamp); a Date is taken as is. Left null with `marketing` on, the
 * callables record the time of the save.
 */
export const consentInputSchema = consentSchema.extend({
  at: z
    .union([z.date(), z.iso.datetime({ offset: true }), z.iso.date()])
    .nullable()
    .transform((value) => (typeof value === 'string' ? new Date(value) : value)),
});

const contactFieldsSchema = z.object({
  kind: contactKindSchema,
  clientType: clientTypeSchema.nullable(),
  identityType: identityTypeSchema,
  civility: civilitySchema.default(''),
  /** A person's names, or the company's representative (optional for a company). */
  firstName: optionalLine(80),
  lastName: optionalLine(80),
  companyName: optionalLine(160),
  legalForm: optionalLine(40),
  registrationNumber: optionalLine(40),
  emails: z.array(contactEmailSchema).max(CONTACT_EMAILS_MAX, { message: `at most ${CONTACT_EMAILS_MAX}` }),
  phones: z.array(contactPhoneSchema).max(CONTACT_PHONES_MAX, { message: `at most ${CONTACT_PHONES_MAX}` }),
  address: addressSchema,
  locale: localeSchema,
  tags: z.array(tagSchema).max(CONTACT_TAGS_MAX, { message: `at most ${CONTACT_TAGS_MAX}` }),
  /** An id of the tenant's lead origins (`settings/contacts.origins`). */
  originId: docIdSchema.nullable(),
  consent: consentInputSchema,
  assignedAgentUid: uidSchema,
  /** Collaborators who see the contact in the "own" visibility mode besides the assigned agent. */
  sharedWithUids: z
    .array(uidSchema)
    .max(CONTACT_SHARES_MAX, { message: `at most ${CONTACT_SHARES_MAX}` })
    .refine((uids) => new Set(uids).size === uids.length, { message: 'the same collaborator twice' })
    .default([]),
});

type ContactFields = z.infer<typeof contactFieldsSchema>;

function checkContactFields(value: ContactFields, context: z.RefinementCtx): void {
  if (value.identityType === 'person' && value.lastName === '') {
    context.addIssue({ code: 'custom', path: ['lastName'], message: 'required' });
  }
  if (value.identityType === 'company' && value.companyName === '') {
    context.addIssue({ code: 'custom', path: ['companyName'], message: 'required' });
  }
  if (value.kind === 'agent-prospect' && value.clientType !== null) {
    context.addIssue({ code: 'custom', path: ['clientType'], message: 'an agent prospect has no client type' });
  }
  if (value.kind !== 'agent-prospect' && value.clientType === null) {
    context.addIssue({ code: 'custom', path: ['clientType'], message: 'required' });
  }
  if (value.emails.length === 0 && value.phones.length === 0) {
    context.addIssue({ code: 'custom', path: ['emails'], message: 'an email or a phone is required' });
  }
  const addresses = value.emails.map((email) => email.address);
  if (new Set(addresses).size !== addresses.length) {
    context.addIssue({ code: 'custom', path: ['emails'], message: 'the same email twice' });
  }
  const numbers = value.phones.map((phone) => phone.number);
  if (new Set(numbers).size !== numbers.length) {
    context.addIssue({ code: 'custom', path: ['phones'], message: 'the same phone twice' });
  }
}

/**
 * What a collaborator types in the contact form or an import row, phones as typed. Phones are read in
 * the agency's country (`tenant.country`), hence a factory; the result holds E.164 numbers.
 */
export function contactInputSchemaFor(defaultCountry: string) {
  const typedPhoneSchema = z.object({
    number: z
      .string()
      .trim()
      .min(1, { message: 'required' })
      .max(40)
      .transform((raw, context) => {
        const number = normalisePhone(raw, defaultCountry);
        if (number === null) {
          context.addIssue({ code: 'custom', message: 'invalid phone number' });
          return z.NEVER;
        }
        return number;
      }),
    label: z.enum(PHONE_LABELS).default('mobile'),
  });
  return contactFieldsSchema
    .extend({ phones: z.array(typedPhoneSchema).max(CONTACT_PHONES_MAX) })
    .superRefine(checkContactFields);
}

/** A contact input whose phones are already E.164 (what the callables receive from the apps). */
export const contactInputSchema = contactFieldsSchema.superRefine(checkContactFields);
export type ContactInput = z.infer<typeof contactInputSchema>;

/** When a prospect became a client: kept on the contact for the record. */
export const conversionSchema = z.object({
  from: contactKindSchema,
  at: z.date(),
  by: uidSchema,
});

/** A collaborator's request that owner or admin delete (erase) the contact. */
export const deletionRequestSchema = z.object({
  requestedBy: uidSchema,
  requestedAt: z.date(),
  reason: optionalLine(500),
});
export type DeletionRequest = z.infer<typeof deletionRequestSchema>;

/**
 * `tenants/{tenantId}/contacts/{contactId}`, written by the `contacts-*` callables only. `firstName`,
 * `lastName`, `email` and `phone` are kept for the first email and phone (the invitation, the mail log
 * and the search use them). Defaults let contacts stored before this shape be read.
 */
const storedContactSchema = z.object({
  id: z.string(),
  kind: contactKindSchema.default('client'),
  clientType: clientTypeSchema.nullable(),
  identityType: identityTypeSchema.default('person'),
  civility: civilitySchema.default(''),
  firstName: z.string(),
  lastName: z.string(),
  companyName: z.string().default(''),
  legalForm: z.string().default(''),
  registrationNumber: z.string().default(''),
  emails: z.array(contactEmailSchema).default([]),
  phones: z.array(contactPhoneSchema).default([]),
  /** Emails brought by portal leads matched by phone alone, waiting for an agent (UnverifiedEmail). */
  unverifiedEmails: z.array(unverifiedEmailSchema).max(UNVERIFIED_EMAILS_MAX).default([]),
  /** The first email, or ''. */
  email: z.string(),
  /** The first phone (E.164), or ''. */
  phone: z.string().default(''),
  address: addressSchema.default(EMPTY_ADDRESS),
  locale: localeSchema,
  tags: z.array(z.string()).default([]),
  originId: z.string().nullable().default(null),
  consent: consentSchema.default(NO_CONSENT),
  assignedAgentUid: z.string(),
  /** The manager of the assigned agent (members' `managerUid`), who sees the contact in "own" mode. */
  managerUid: z.string().nullable().default(null),
  /**
   * Collaborators the contact is shared with (≤ 20, no repeats): an array, so the "own"-mode list asks
   * `array-contains` on one indexed field and the rules test `uid in sharedWithUids`.
   */
  sharedWithUids: z.array(z.string()).default([]),
  /** `e:<email>` and `p:<E.164>` of every email and phone, for duplicate detection. */
  matchKeys: z.array(z.string()).default([]),
  conversion: conversionSchema.nullable().default(null),
  deletionRequest: deletionRequestSchema.nullable().default(null),
  createdBy: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
  portal: clientPortalSchema,
});

/**
 * Contacts stored before `sharedWithUids` kept the sharing as a map `sharedWith: { uid: true }`: its
 * keys are read into the array (an old document with neither is shared with nobody).
 */
function readLegacySharing(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const stored = value as Record<string, unknown>;
  if ('sharedWithUids' in stored) return stored;
  const legacy = stored.sharedWith;
  const uids =
    legacy !== null && typeof legacy === 'object' && !Array.isArray(legacy)
      ? Object.entries(legacy as Record<string, unknown>)
          .filter(([, shared]) => shared === true)
          .map(([uid]) => uid)
      : [];
  return { ...stored, sharedWithUids: uids };
}

export const contactSchema = z.preprocess(readLegacySharing, storedContactSchema);
export type Contact = z.infer<typeof contactSchema>;

export const inviteClientInputSchema = z.object({ contactId: docIdSchema });
export type InviteClientInput = z.infer<typeof inviteClientInputSchema>;

/** `contacts-saveContact`: creates (contactId null) or edits; duplicates are refused unless confirmed. */
export const saveContactInputSchema = z.object({
  contactId: docIdSchema.nullable(),
  contact: contactInputSchema,
  /** Set after the user saw the matches and chose to keep both. */
  allowDuplicates: z.boolean().default(false),
});
export type SaveContactInput = z.infer<typeof saveContactInputSchema>;

/**
 * What `contacts-saveContact` checks first: the envelope. The contact itself is read next with
 * `saveContactInputSchemaFor(tenant.country)`, since phones may come as typed (`06 12 34 56 78`).
 */
export const saveContactRequestSchema = z.object({
  contactId: docIdSchema.nullable(),
  contact: z.record(z.string(), z.unknown()),
  allowDuplicates: z.boolean().default(false),
});
export type SaveContactEnvelope = z.output<typeof saveContactRequestSchema>;

/** The whole input with phones read in the agency's country; the output has E.164 phones. */
export function saveContactInputSchemaFor(defaultCountry: string) {
  return saveContactInputSchema.extend({ contact: contactInputSchemaFor(defaultCountry) });
}

/** `contacts-convertProspect`: a client prospect (or agent prospect) becomes a client of this type. */
export const convertProspectInputSchema = z.object({
  contactId: docIdSchema,
  clientType: clientTypeSchema,
});
export type ConvertProspectInput = z.infer<typeof convertProspectInputSchema>;

/** `contacts-mergeContacts`: `mergeId` is folded into `keepId`, then deleted. */
export const mergeContactsInputSchema = z
  .object({ keepId: docIdSchema, mergeId: docIdSchema })
  .refine((value) => value.keepId !== value.mergeId, {
    path: ['mergeId'],
    message: 'a contact cannot be merged into itself',
  });
export type MergeContactsInput = z.infer<typeof mergeContactsInputSchema>;

/** A contact that shares an email or phone with the one being saved or imported. */
export const duplicateMatchSchema = z.object({
  contactId: z.string(),
  displayName: z.string(),
  kind: contactKindSchema,
  assignedAgentUid: z.string(),
  /** The keys in common (`e:…`, `p:…`). */
  sharedKeys: z.array(z.string()),
});
export type DuplicateMatch = z.infer<typeof duplicateMatchSchema>;

export const saveContactResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), contactId: z.string() }),
  z.object({ status: z.literal('duplicates'), matches: z.array(duplicateMatchSchema) }),
]);
export type SaveContactResult = z.infer<typeof saveContactResultSchema>;

export function contactMatchKeys(contact: Pick<ContactInput, 'emails' | 'phones'>): string[] {
  return [
    ...contact.emails.map((email) => `e:${email.address.toLowerCase()}`),
    ...contact.phones.map((phone) => `p:${phone.number}`),
  ];
}

/** A match key as people read it: `e:anna@example.com` → the address, `p:+33612345678` → `+33 6 12 34 56 78`. */
export function contactKeyLabel(key: string): string {
  if (key.startsWith('e:')) return key.slice(2);
  if (key.startsWith('p:')) return formatPhone(key.slice(2));
  return key;
}

export function contactFullName(
  contact: Pick<Contact, 'firstName' | 'lastName'> & Partial<Pick<Contact, 'identityType' | 'companyName'>>,
): string {
  const person = `${contact.firstName} ${contact.lastName}`.trim();
  if (contact.identityType === 'company' && contact.companyName) {
    return person ? `${contact.companyName} (${person})` : contact.companyName;
  }
  return person;
}
