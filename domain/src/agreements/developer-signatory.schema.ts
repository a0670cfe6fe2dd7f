import { z } from 'zod';
import { calendarDateSchema } from '../contacts/signatory.schema';
import { line } from '../shared/text';

/** Days before its end from which a power of attorney shows as expiring soon. */
export const POWER_EXPIRES_SOON_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

const powerFields = <D extends z.ZodType<Date, unknown>>(date: D) =>
  z.object({
    number: line(60),
    /** Midnight UTC of the day it was issued. */
    issuedOn: date,
    /** Midnight UTC of its last valid day (the whole day is covered). */
    validUntil: date,
    /** What the power lets the signatory sign, as written on it. */
    scope: line(2000),
  });

const endsAfterIssue = (power: { issuedOn: Date; validUntil: Date }) =>
  power.validUntil.getTime() >= power.issuedOn.getTime();
const endsAfterIssueIssue = { message: 'ends before it is issued', path: ['validUntil'] };

/** A power of attorney ("доверенность") as typed in the form: dates as `2026-03-01`. */
export const powerOfAttorneyInputSchema = powerFields(calendarDateSchema).refine(endsAfterIssue, endsAfterIssueIssue);
export const powerOfAttorneySchema = powerFields(z.date()).refine(endsAfterIssue, endsAfterIssueIssue);
export type PowerOfAttorney = z.infer<typeof powerOfAttorneySchema>;

/** What owner and admin type in Settings › Signatories. */
export const developerSignatoryInputSchema = z.object({
  name: line(160),
  position: line(160),
  power: powerOfAttorneyInputSchema,
});
export type DeveloperSignatoryInput = z.input<typeof developerSignatoryInputSchema>;
export type ValidDeveloperSignatoryInput = z.output<typeof developerSignatoryInputSchema>;

/**
 * `tenants/{t}/signatories/{id}`: a person who signs the developer's agreements, and the power of
 * attorney they sign under. Written by owner and admin (firestore.rules).
 */
export const developerSignatorySchema = z.object({
  id: z.string().min(1).max(64),
  name: line(160),
  position: line(160),
  power: powerOfAttorneySchema,
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type DeveloperSignatory = z.infer<typeof developerSignatorySchema>;

export const POWER_STATES = ['notYetValid', 'valid', 'expiresSoon', 'expired'] as const;
export type PowerState = (typeof POWER_STATES)[number];

/** Whether the power covers the moment `date`: from its issue day to the end of its last day (UTC). */
export function powerCovers(power: Pick<PowerOfAttorney, 'issuedOn' | 'validUntil'>, date: Date): boolean {
  const at = date.getTime();
  return power.issuedOn.getTime() <= at && at < power.validUntil.getTime() + DAY_MS;
}

/** What Settings shows of a power at `now`. */
export function powerState(power: Pick<PowerOfAttorney, 'issuedOn' | 'validUntil'>, now: Date): PowerState {
  if (now.getTime() < power.issuedOn.getTime()) return 'notYetValid';
  if (!powerCovers(power, now)) return 'expired';
  const end = power.validUntil.getTime() + DAY_MS;
  return end - now.getTime() <= POWER_EXPIRES_SOON_DAYS * DAY_MS ? 'expiresSoon' : 'valid';
}
