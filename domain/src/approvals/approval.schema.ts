import { z } from 'zod';
import { bookingDiscountInputSchema } from '../discounts/discount.schema';
import { durationSchema } from '../reservations/reservation-settings.schema';
import { docIdSchema, uidSchema } from '../shared/text';

/**
 * Actions beyond a manager's limits wait for the head of sales (the tenant's owner or an admin):
 * extending a reservation past the tenant's `maxExtension`, and setting a unit's price below its
 * project's floor, and offering a unit with a discount above the tenant's threshold. The request carries
 * the action itself, so approving it is what performs it.
 */
export const APPROVAL_KINDS = ['reservationExtension', 'priceBelowFloor', 'bookingDiscount'] as const;
export const approvalKindSchema = z.enum(APPROVAL_KINDS);
export type ApprovalKind = z.infer<typeof approvalKindSchema>;

/** pending: waits for a decision; withdrawn: its requester took it back before one. */
export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export const approvalStatusSchema = z.enum(APPROVAL_STATUSES);
export type ApprovalStatus = z.infer<typeof approvalStatusSchema>;

export const reservationExtensionActionSchema = z.object({
  kind: z.literal('reservationExtension'),
  reservationId: docIdSchema,
  by: durationSchema,
});

export const priceBelowFloorActionSchema = z.object({
  kind: z.literal('priceBelowFloor'),
  unitId: docIdSchema,
  price: z.number({ message: 'a number' }).int({ message: 'a whole number' }).min(1, { message: 'at least 1' }),
});

/** The booking offer the manager was refused, whole: approving it issues the offer with this discount. */
export const bookingDiscountActionSchema = z.object({
  kind: z.literal('bookingDiscount'),
  /** The offer's id once issued (the manager's issuing request). */
  bookingId: docIdSchema,
  unitId: docIdSchema,
  contactId: docIdSchema,
  /** The offer's last day to pay, as `2026-03-01`. */
  validUntil: z.iso.date({ message: 'a date like 2026-03-01' }),
  notes: z.string().trim().max(2000, { message: 'at most 2000 characters' }).default(''),
  discount: bookingDiscountInputSchema,
});

export const approvalActionSchema = z.discriminatedUnion('kind', [
  reservationExtensionActionSchema,
  priceBelowFloorActionSchema,
  bookingDiscountActionSchema,
]);
export type ApprovalAction = z.infer<typeof approvalActionSchema>;

/** What approving did: performed it, or found it could no longer be (the reservation ended meanwhile). */
export const APPROVAL_OUTCOMES = ['applied', 'not-applicable'] as const;
export const approvalOutcomeSchema = z.enum(APPROVAL_OUTCOMES);
export type ApprovalOutcome = z.infer<typeof approvalOutcomeSchema>;

/**
 * `tenants/{t}/approvals/{approvalId}`: written only by the approvals functions. The id is the
 * requester's request id, so a retried request finds what it created.
 */
export const approvalSchema = z.object({
  id: docIdSchema,
  action: approvalActionSchema,
  status: approvalStatusSchema,
  /** Copied at the request so lists and mails name the unit without reading it. */
  unitId: docIdSchema,
  unitNumber: z.string().max(20),
  projectName: z.string().max(120),
  contactName: z.string().max(200).nullable(),
  /**
   * What the action changes, as it stood when asked: the reservation's end, or the unit's price (for a
   * discount, the offer's price with the running promotions, before the discount).
   */
  current: z.object({ until: z.date().nullable(), price: z.number().int().nullable() }),
  /** The unit's floor when the action is a price below it. */
  floorPrice: z.number().int().nullable(),
  reason: z.string().max(1000),
  requestedBy: uidSchema,
  requestedByName: z.string().max(200),
  requestedAt: z.date(),
  decidedBy: uidSchema.nullable(),
  decidedByName: z.string().max(200).nullable(),
  decidedAt: z.date().nullable(),
  decisionNote: z.string().max(1000).nullable(),
  outcome: approvalOutcomeSchema.nullable(),
  updatedAt: z.date(),
});
export type Approval = z.infer<typeof approvalSchema>;

export const requestApprovalInputSchema = z.object({
  requestId: docIdSchema,
  action: approvalActionSchema,
  reason: z
    .string()
    .trim()
    .min(1, { message: 'say why the head of sales should approve it' })
    .max(1000, { message: 'at most 1000 characters' }),
});
export type RequestApprovalInput = z.input<typeof requestApprovalInputSchema>;

export const APPROVAL_DECISIONS = ['approve', 'reject'] as const;

export const decideApprovalInputSchema = z.object({
  approvalId: docIdSchema,
  decision: z.enum(APPROVAL_DECISIONS),
  note: z.string().trim().max(1000, { message: 'at most 1000 characters' }).default(''),
});
export type DecideApprovalInput = z.input<typeof decideApprovalInputSchema>;

export const withdrawApprovalInputSchema = z.object({ approvalId: docIdSchema });
export type WithdrawApprovalInput = z.input<typeof withdrawApprovalInputSchema>;

export const approvalResultSchema = z.object({
  id: docIdSchema,
  status: approvalStatusSchema,
  outcome: approvalOutcomeSchema.nullable(),
});
export type ApprovalResult = z.infer<typeof approvalResultSchema>;

export function approvalResult(approval: Approval): ApprovalResult {
  return { id: approval.id, status: approval.status, outcome: approval.outcome };
}
