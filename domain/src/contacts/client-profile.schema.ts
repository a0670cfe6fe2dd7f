import { z } from 'zod';
import { localeSchema } from '../shared/locale';
import { civilitySchema, identityTypeSchema, type Contact } from './contact.schema';

/**
 * `tenants/{tenantId}/clientProfiles/{contactId}`: what a client reads of their own contact, kept by
 * contacts-onContactWritten while the contact has a client space (`portal.status` invited or active).
 * The client space greets them, shows their account and, later, their agent; nothing else of the
 * contact (tags, consent, deletion request, match keys, sharing, origin, address…) is copied.
 */
export const clientProfileSchema = z.object({
  contactId: z.string().min(1),
  identityType: identityTypeSchema,
  civility: civilitySchema,
  firstName: z.string(),
  lastName: z.string(),
  companyName: z.string(),
  /** The contact's first email, or ''. */
  email: z.string(),
  /** The contact's first phone (E.164), or ''. */
  phone: z.string(),
  locale: localeSchema,
  /** The client's agent, whom the client space will put them in touch with. */
  assignedAgentUid: z.string(),
  /** The contact's `updatedAt` when the fields above last changed. */
  updatedAt: z.date(),
});
export type ClientProfile = z.infer<typeof clientProfileSchema>;

type ProfileSource = Pick<
  Contact,
  | 'id'
  | 'identityType'
  | 'civility'
  | 'firstName'
  | 'lastName'
  | 'companyName'
  | 'email'
  | 'phone'
  | 'locale'
  | 'assignedAgentUid'
  | 'updatedAt'
>;

/** Whether the contact has a client space, hence a profile. */
export function hasClientSpace(contact: Pick<Contact, 'portal'>): boolean {
  return contact.portal.status !== 'none';
}

/** The projection of a contact a client reads; built field by field so no other field can slip in. */
export function toClientProfile(contact: ProfileSource): ClientProfile {
  return {
    contactId: contact.id,
    identityType: contact.identityType,
    civility: contact.civility,
    firstName: contact.firstName,
    lastName: contact.lastName,
    companyName: contact.companyName,
    email: contact.email,
    phone: contact.phone,
    locale: contact.locale,
    assignedAgentUid: contact.assignedAgentUid,
    updatedAt: contact.updatedAt,
  };
}

const storedProfileSchema = clientProfileSchema.strict();
const COMPARED_FIELDS = clientProfileSchema.keyof().options.filter((field) => field !== 'updatedAt');

/**
 * Whether a stored profile (dates as Dates) already says what `wanted` says. `updatedAt` is left out:
 * an edit of the contact that changes none of the profile's fields (a tag, the consent) must not
 * rewrite it. A stored profile with a field more or less than the schema is not the same.
 */
export function sameClientProfile(stored: unknown, wanted: ClientProfile): boolean {
  const parsed = storedProfileSchema.safeParse(stored);
  return parsed.success && COMPARED_FIELDS.every((field) => parsed.data[field] === wanted[field]);
}
