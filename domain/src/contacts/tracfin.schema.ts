import { z } from 'zod';
import { docIdSchema, line, optionalLine } from '../shared/text';
import { isoDateTimeSchema } from '../tasks/task.schema';
import type { IdentityType } from './contact.schema';
import { calendarDateSchema } from './signatory.schema';

/**
 * The Tracfin (anti-money-laundering) file of a buyer: what the agency checked before it registers an
 * offer or lets anything be signed. Saved as it fills in; `tracfinMissing` says what is still missing.
 */
export const IDENTITY_DOCUMENT_TYPES = [
  'identity-card',
  'passport',
  'residence-permit',
  'driving-licence',
  'company-registration',
] as const;
export const FUNDS_ORIGINS = ['savings', 'loan', 'sale-of-property', 'inheritance', 'donation', 'other'] as const;
export const ASSET_FREEZE_RESULTS = ['clear', 'match'] as const;
export const RISK_LEVELS = ['low', 'standard', 'enhanced'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const BENEFICIAL_OWNERS_MAX = 20;
export const TRACFIN_TEXT_MAX = 1000;

function tracfinFields<D extends z.ZodType<Date>, T extends z.ZodType<Date>>(day: D, instant: T) {
  return z.object({
    identityDocument: z.object({
      type: z.enum(IDENTITY_DOCUMENT_TYPES).nullable(),
      number: optionalLine(60),
      expiresAt: day.nullable(),
      /** The agent saw the original and compared it with the person. */
      checked: z.boolean(),
    }),
    /** Required when the client is a company: the people who own or control it. */
    beneficialOwners: z
      .array(
        z.object({
          name: line(160),
          birthDate: day.nullable(),
          sharePercent: z
            .number({ message: 'a number' })
            .gt(0, { message: 'more than 0' })
            .max(100, { message: 'at most 100' }),
        }),
      )
      .max(BENEFICIAL_OWNERS_MAX, { message: `at most ${BENEFICIAL_OWNERS_MAX}` }),
    funds: z.object({
      origins: z.array(z.enum(FUNDS_ORIGINS)).max(FUNDS_ORIGINS.length),
      detail: optionalLine(TRACFIN_TEXT_MAX),
    }),
    /** Politically exposed person; null until asked. */
    pep: z.object({
      exposed: z.boolean().nullable(),
      detail: optionalLine(TRACFIN_TEXT_MAX),
    }),
    /** The check against the national asset-freeze list (registre des gels). */
    assetFreezeCheck: z
      .object({
        checkedAt: instant,
        result: z.enum(ASSET_FREEZE_RESULTS),
      })
      .nullable(),
    riskLevel: z.enum(RISK_LEVELS).nullable(),
  });
}

type TracfinFields = z.infer<ReturnType<typeof tracfinFields<z.ZodDate, z.ZodDate>>>;

function checkTracfin(value: TracfinFields, context: z.RefinementCtx): void {
  const total = value.beneficialOwners.reduce((sum, owner) => sum + owner.sharePercent, 0);
  if (total > 100) {
    context.addIssue({ code: 'custom', path: ['beneficialOwners'], message: 'the shares add up to more than 100' });
  }
  if (new Set(value.funds.origins).size !== value.funds.origins.length) {
    context.addIssue({ code: 'custom', path: ['funds', 'origins'], message: 'the same value twice' });
  }
}

/** `contacts-saveTracfin`: the file as the form sends it, dates as `2026-03-01`, the check as ISO. */
export const saveTracfinInputSchema = tracfinFields(calendarDateSchema, isoDateTimeSchema)
  .extend({ contactId: docIdSchema })
  .superRefine(checkTracfin);
export type SaveTracfinInput = z.output<typeof saveTracfinInputSchema>;
export type SaveTracfinRequest = z.input<typeof saveTracfinInputSchema>;

/** `contacts/{contactId}/buyer/tracfin`: written only by `contacts-saveTracfin`. */
export const tracfinFileSchema = tracfinFields(z.date(), z.date())
  .extend({
    /** Who saved the file last, and when: set by the server. */
    reviewedBy: z.string(),
    reviewedAt: z.date(),
  })
  .superRefine(checkTracfin);
export type TracfinFile = z.infer<typeof tracfinFileSchema>;

/** What `tracfinMissing` may report; the apps translate each. */
export const TRACFIN_MISSING = [
  'file',
  'identityDocument.type',
  'identityDocument.number',
  'identityDocument.expiresAt',
  'identityDocument.expired',
  'identityDocument.checked',
  'beneficialOwners',
  'funds.origins',
  'funds.detail',
  'pep.exposed',
  'pep.detail',
  'assetFreezeCheck',
  'assetFreezeCheck.match',
  'riskLevel',
  'riskLevel.enhanced',
] as const;
export type TracfinMissing = (typeof TRACFIN_MISSING)[number];

export const saveTracfinResultSchema = z.object({
  complete: z.boolean(),
  missing: z.array(z.enum(TRACFIN_MISSING)),
});
export type SaveTracfinResult = z.infer<typeof saveTracfinResultSchema>;

/**
 * What the file still lacks before an offer or a signature, empty when complete. A company needs its
 * beneficial owners; "other" origins and an exposed person need a detail; an exposed person or a
 * match on the freeze list needs the enhanced risk level, and a match blocks the file altogether.
 */
export function tracfinMissing(
  file: Omit<TracfinFile, 'reviewedBy' | 'reviewedAt'> | null,
  identityType: IdentityType,
  now: Date = new Date(),
): TracfinMissing[] {
  if (file === null) return ['file'];
  const missing: TracfinMissing[] = [];
  const document = file.identityDocument;
  if (document.type === null) missing.push('identityDocument.type');
  if (document.number === '') missing.push('identityDocument.number');
  if (document.expiresAt === null) missing.push('identityDocument.expiresAt');
  else if (document.expiresAt.getTime() < now.getTime()) missing.push('identityDocument.expired');
  if (!document.checked) missing.push('identityDocument.checked');
  if (identityType === 'company' && file.beneficialOwners.length === 0) missing.push('beneficialOwners');
  if (file.funds.origins.length === 0) missing.push('funds.origins');
  else if (file.funds.origins.includes('other') && file.funds.detail === '') missing.push('funds.detail');
  if (file.pep.exposed === null) missing.push('pep.exposed');
  else if (file.pep.exposed && file.pep.detail === '') missing.push('pep.detail');
  if (file.assetFreezeCheck === null) missing.push('assetFreezeCheck');
  else if (file.assetFreezeCheck.result === 'match') missing.push('assetFreezeCheck.match');
  if (file.riskLevel === null) missing.push('riskLevel');
  else if (file.riskLevel !== 'enhanced' && (file.pep.exposed === true || file.assetFreezeCheck?.result === 'match')) {
    missing.push('riskLevel.enhanced');
  }
  return missing;
}

export function isTracfinComplete(
  file: Omit<TracfinFile, 'reviewedBy' | 'reviewedAt'> | null,
  identityType: IdentityType,
  now: Date = new Date(),
): boolean {
  return tracfinMissing(file, identityType, now).length === 0;
}

/** Thrown by `assertTracfinComplete`; callables answer it `failed-precondition`, reason `tracfin-incomplete`. */
export class TracfinIncompleteError extends Error {
  readonly reason = 'tracfin-incomplete';

  constructor(readonly missing: TracfinMissing[]) {
    super(`The Tracfin file is not complete: ${missing.join(', ')}.`);
    this.name = 'TracfinIncompleteError';
  }
}

/** Registering an offer or a signature calls this first: an incomplete file refuses the operation. */
export function assertTracfinComplete(
  file: Omit<TracfinFile, 'reviewedBy' | 'reviewedAt'> | null,
  identityType: IdentityType,
  now: Date = new Date(),
): void {
  const missing = tracfinMissing(file, identityType, now);
  if (missing.length > 0) throw new TracfinIncompleteError(missing);
}

/** An empty file, as the form starts from. */
export const EMPTY_TRACFIN: Omit<TracfinFile, 'reviewedBy' | 'reviewedAt'> = {
  identityDocument: { type: null, number: '', expiresAt: null, checked: false },
  beneficialOwners: [],
  funds: { origins: [], detail: '' },
  pep: { exposed: null, detail: '' },
  assetFreezeCheck: null,
  riskLevel: null,
};
