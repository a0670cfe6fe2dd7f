import { z } from 'zod';
import { pickLocale, type Locale } from '../shared/locale';
import { emailSchema, line, optionalLine } from '../shared/text';
import { propertyReferenceSchema, referencePrefixes } from '../properties/property.schema';

export const PORTAL_NAME_MAX = 60;
export const PORTAL_LEAD_ID_MAX = 200;
export const PORTAL_LEAD_MESSAGE_MAX = 5000;
export const LISTING_REFERENCE_MAX = 60;

/** Portals send absent values as missing keys, `null` or `""`: all three mean "not given". */
function absentAsNull<S extends z.ZodType>(schema: S) {
  return z.preprocess(
    (value) => (value === undefined || value === null || value === '' ? null : value),
    schema.nullable(),
  );
}

/** A portal's own lead id: a string or a number, kept as a trimmed string. */
const leadIdSchema = z
  .union([z.string(), z.number().int()], { message: 'a string or a whole number' })
  .transform((value) => String(value).trim())
  .pipe(
    z
      .string()
      .min(1, { message: 'required' })
      .max(PORTAL_LEAD_ID_MAX, { message: `at most ${PORTAL_LEAD_ID_MAX} characters` }),
  );

/**
 * The listing reference as the agency publishes it. `v42` or `V-42` mean `V-00042`; anything else
 * (a portal's own code) is kept upper-cased, so the lookup still finds nothing rather than refusing.
 */
export function canonicalListingReference(raw: string): string {
  const typed = raw.trim().toUpperCase();
  const candidates = referencePrefixes(typed);
  const [only] = candidates;
  return candidates.length === 1 && only && propertyReferenceSchema.safeParse(only).success ? only : typed;
}

/**
 * A language as portals send it (`fr`, `fr-FR`, `Russian` is not one): one of ours, or null when it is
 * not a language the agency writes in, so the contact gets the agency's own.
 */
const leadLocaleSchema = z
  .string()
  .max(35, { message: 'at most 35 characters' })
  .transform((value): Locale | null => {
    const picked = pickLocale(value, 'fr');
    return value.trim().slice(0, 2).toLowerCase() === picked ? picked : null;
  });

export const portalLeadPersonSchema = z.object({
  firstName: optionalLine(80),
  lastName: line(80),
  email: absentAsNull(emailSchema),
  /** As typed on the portal; the function normalises it to E.164 in the agency's country. */
  phone: absentAsNull(z.string().trim().max(40, { message: 'at most 40 characters' })),
  locale: absentAsNull(leadLocaleSchema),
});

/**
 * The JSON a listing portal posts to `leads-receivePortalLead`: who wrote, about which listing, what
 * they said. At least an email or a phone, or the agency could not answer.
 */
export const portalLeadSchema = z
  .object({
    portal: line(PORTAL_NAME_MAX),
    leadId: absentAsNull(leadIdSchema),
    listingReference: absentAsNull(
      z
        .string()
        .trim()
        .max(LISTING_REFERENCE_MAX, { message: `at most ${LISTING_REFERENCE_MAX} characters` })
        .transform(canonicalListingReference),
    ),
    person: portalLeadPersonSchema,
    message: z
      .string()
      .trim()
      .max(PORTAL_LEAD_MESSAGE_MAX, { message: `at most ${PORTAL_LEAD_MESSAGE_MAX} characters` })
      .default(''),
    receivedAt: absentAsNull(
      z.iso
        .datetime({ offset: true, message: 'an ISO date and time like 2026-11-25T14:03:00Z' })
        .transform((value) => new Date(value)),
    ),
  })
  .superRefine((lead, context) => {
    if (lead.person.email === null && lead.person.phone === null) {
      context.addIssue({ code: 'custom', path: ['person', 'email'], message: 'an email or a phone is required' });
    }
  });
export type PortalLead = z.output<typeof portalLeadSchema>;
/** The JSON as a portal sends it, before validation: what the settings panel shows and tests post. */
export interface PortalLeadInput {
  portal: string;
  leadId?: string | number | null;
  listingReference?: string | null;
  person: {
    firstName?: string;
    lastName: string;
    email?: string | null;
    phone?: string | null;
    locale?: string | null;
  };
  message?: string;
  receivedAt?: string | null;
}

function folded(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/**
 * What identifies a lead, as one string the function hashes into the lead's document id. With the
 * portal's own id: the portal and that id. Without: the portal and the whole body in a canonical form
 * (case, spacing and phone formatting do not matter), so the same lead delivered twice is found again.
 */
export function portalLeadIdentity(lead: PortalLead): string {
  const portal = folded(lead.portal);
  if (lead.leadId !== null) return ['id', portal, lead.leadId].join('\n');
  return [
    'body',
    portal,
    lead.listingReference ?? '',
    folded(lead.person.firstName),
    folded(lead.person.lastName),
    lead.person.email ?? '',
    (lead.person.phone ?? '').replace(/[^\d+]/g, ''),
    folded(lead.message),
    lead.receivedAt?.toISOString() ?? '',
  ].join('\n');
}

/** The text of the `portal-request` history entry: which portal, then what the person wrote. */
export function portalRequestText(lead: Pick<PortalLead, 'portal' | 'message'>): string {
  const text = lead.message === '' ? lead.portal : `${lead.portal}\n\n${lead.message}`;
  return text.slice(0, PORTAL_LEAD_MESSAGE_MAX);
}

/** `tenants/{tenantId}/leads/{leadKey}`: one per lead received, written by `leads-receivePortalLead`. */
export const storedPortalLeadSchema = z.object({
  id: z.string(),
  portal: z.string(),
  leadId: z.string().nullable(),
  listingReference: z.string().nullable(),
  contactId: z.string(),
  propertyId: z.string().nullable(),
  /** True when the lead created the contact, false when it found an existing one. */
  contactCreated: z.boolean(),
  /** Deliveries of the same lead after the first: answered as duplicates, nothing written but this count. */
  duplicates: z.number().int().min(0).default(0),
  autoReplyMailId: z.string().nullable(),
  receivedAt: z.date(),
  createdAt: z.date(),
  lastDeliveredAt: z.date().nullable().default(null),
});
export type StoredPortalLead = z.infer<typeof storedPortalLeadSchema>;

/** What the endpoint answers to a new lead (201) and to a lead it already has (200). */
export type PortalLeadReply =
  { contactId: string; propertyId: string | null; created: boolean } | { duplicate: true; contactId: string };

/** The example body the settings panel shows to the agency, to hand to its portals. */
export function examplePortalLead(listingReference: string): PortalLeadInput {
  return {
    portal: 'SeLoger',
    leadId: 'SL-2026-000123',
    listingReference,
    person: {
      firstName: 'Camille',
      lastName: 'Martin',
      email: 'camille.martin@example.com',
      phone: '06 12 34 56 78',
      locale: 'fr',
    },
    message: 'Bonjour, ce bien est-il toujours disponible ? Je souhaiterais le visiter.',
    receivedAt: '2026-11-25T09:30:00Z',
  };
}
