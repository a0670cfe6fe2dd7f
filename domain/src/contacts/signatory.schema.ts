import { z } from 'zod';
import { emailSchema, line, optionalLine } from '../shared/text';
import { addressSchema, civilitySchema, e164Schema } from './contact.schema';
import { normalisePhone } from './phone';

/** Who else signs the client's deals with them (seed 000: spouse, heirs, co-buyers…). */
export const SIGNATORY_ROLES = [
  'spouse',
  'partner',
  'heir',
  'co-buyer',
  'co-seller',
  'guarantor',
  'legal-representative',
  'other',
] as const;
export const signatoryRoleSchema = z.enum(SIGNATORY_ROLES);
export type SignatoryRole = z.infer<typeof signatoryRoleSchema>;

export const SIGNATORY_NOTES_MAX = 1000;

/** A calendar date as the forms send it (`2026-03-01`), read as midnight UTC. */
export const calendarDateSchema = z.iso
  .date({ message: 'a date like 2026-03-01' })
  .transform((value) => new Date(`${value}T00:00:00.000Z`));

/** `2026-03-01` for a date read as midnight UTC: what a date field shows. */
export function toCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function signatoryFields<P extends z.ZodType<string>>(phone: P) {
  return z.object({
    role: signatoryRoleSchema,
    civility: civilitySchema.default(''),
    firstName: optionalLine(80),
    lastName: line(80),
    birthDate: z.date({ message: 'invalid date' }).nullable(),
    email: z.union([z.literal(''), emailSchema]),
    phone,
    address: addressSchema,
    /** The signatory's share of the property, in percent (heirs, co-buyers), when it is known. */
    sharePercent: z
      .number({ message: 'a number' })
      .gt(0, { message: 'more than 0' })
      .max(100, { message: 'at most 100' })
      .nullable(),
    notes: optionalLine(SIGNATORY_NOTES_MAX),
  });
}

/** A stored signatory input: the phone is E.164 or empty (what the rules check). */
export const signatoryInputSchema = signatoryFields(z.union([z.literal(''), e164Schema]));
export type SignatoryInput = z.infer<typeof signatoryInputSchema>;

/** What a collaborator types: the phone as typed, read in the agency's country and turned into E.164. */
export function signatoryInputSchemaFor(defaultCountry: string) {
  const typedPhone = z
    .string()
    .trim()
    .max(40)
    .transform((raw, context) => {
      if (raw === '') return '';
      const number = normalisePhone(raw, defaultCountry);
      if (number === null) {
        context.addIssue({ code: 'custom', message: 'invalid phone number' });
        return z.NEVER;
      }
      return number;
    });
  return signatoryFields(typedPhone);
}

/**
 * `tenants/{tenantId}/contacts/{contactId}/signatories/{signatoryId}`: written through the rules by
 * collaborators who see the contact.
 */
export const signatorySchema = signatoryInputSchema.extend({
  id: z.string(),
  createdBy: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Signatory = z.infer<typeof signatorySchema>;

export function signatoryFullName(signatory: Pick<Signatory, 'firstName' | 'lastName'>): string {
  return `${signatory.firstName} ${signatory.lastName}`.trim();
}
