import { z } from 'zod';
import { docIdSchema, line, optionalLine, uidSchema } from '../shared/text';

export const DELETION_REASON_MAX = 500;

/** `contacts-requestDeletion`: a collaborator who sees the contact asks owner and admin to delete it. */
export const requestDeletionInputSchema = z.object({
  contactId: docIdSchema,
  reason: line(DELETION_REASON_MAX),
});
export type RequestDeletionInput = z.infer<typeof requestDeletionInputSchema>;

/** `contacts-declineDeletion`: owner or admin keeps the contact; the reason goes to the history remark. */
export const declineDeletionInputSchema = z.object({
  contactId: docIdSchema,
  reason: optionalLine(DELETION_REASON_MAX),
});
export type DeclineDeletionInput = z.infer<typeof declineDeletionInputSchema>;

/** Why a contact was erased: the agency deleted it, or the person exercised their right to erasure. */
export const ERASURE_REASONS = ['deletion', 'gdpr-request'] as const;
export const erasureReasonSchema = z.enum(ERASURE_REASONS);
export type ErasureReason = z.infer<typeof erasureReasonSchema>;

/**
 * `contacts-eraseContact`. `confirmName` is the contact's name as the user typed it to confirm;
 * `requestId` is made once per erasure dialog by the app, so a retried call never writes a second
 * audit entry (the entry's id derives from it).
 */
export const eraseContactInputSchema = z.object({
  contactId: docIdSchema,
  reason: erasureReasonSchema,
  confirmName: z.string().trim().min(1, { message: 'required' }).max(300),
  requestId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'invalid request id' }),
});
export type EraseContactInput = z.infer<typeof eraseContactInputSchema>;

/** What an erasure removed, by kind; no identifier of the person. */
export const erasureCountsSchema = z.object({
  contact: z.number().int().min(0),
  /** Documents of each subcollection of the contact (`signatories`, `documents`, `notes`, `buyer`…). */
  subcollections: z.record(z.string(), z.number().int().min(0)),
  files: z.number().int().min(0),
  interests: z.number().int().min(0),
  tasks: z.number().int().min(0),
  historyDeleted: z.number().int().min(0),
  historyUnlinked: z.number().int().min(0),
  mails: z.number().int().min(0),
  /** Portal leads kept (no personal data, they stop a replayed lead from recreating the person) but unlinked. */
  leads: z.number().int().min(0),
  /** Properties that named the person among their sellers, kept without them. */
  properties: z.number().int().min(0).default(0),
  /** Chat messages deleted with the contact's threads. */
  chatMessages: z.number().int().min(0).default(0),
  /** Appointments removed or unlinked, and the person's change requests. */
  appointments: z.number().int().min(0).default(0),
  portalAccount: z.number().int().min(0),
  /** Documents shared with the client (the documents themselves are the file's, counted above). */
  sharedDocuments: z.number().int().min(0).default(0),
  /** Listings published to the client (their actions go with them). */
  clientListings: z.number().int().min(0).default(0),
  /** Sellers' projections the person was taken out of (or that went with them), and copies of their visit reports. */
  sellerProjections: z.number().int().min(0).default(0),
});
export type ErasureCounts = z.infer<typeof erasureCountsSchema>;

/**
 * `tenants/{tenantId}/erasures/{erasureId}`: the audit entry of an erasure, written by
 * `contacts-eraseContact` only. It holds no personal data of the erased person: no name, email, phone
 * or contact id, only who erased, when, why and how much.
 */
export const erasureSchema = z.object({
  id: z.string(),
  erasedBy: uidSchema,
  /** The display name of who erased, as the team knows them (a staff member, not the erased person). */
  erasedByName: z.string(),
  erasedAt: z.date(),
  reason: erasureReasonSchema,
  /** The contact was a client, a client prospect or an agent prospect. */
  contactKind: z.string(),
  /** Whether a collaborator had asked for the deletion first. */
  requested: z.boolean(),
  counts: erasureCountsSchema,
});
export type Erasure = z.infer<typeof erasureSchema>;

/**
 * `tenants/{t}/erasedContacts/{contactId}` (functions only): written in the transaction that deletes
 * the contact, before anything else goes. `pending` holds what the clean-up needs once the contact is
 * gone (who erased and why, the names staff mails carry, the client-space account, what was removed so
 * far) and is cleared when the audit entry is written; what stays holds no personal data.
 */
export const pendingErasureSchema = z.object({
  erasedBy: z.string(),
  erasedByName: z.string(),
  reason: erasureReasonSchema,
  contactKind: z.string(),
  requested: z.boolean(),
  fullName: z.string(),
  email: z.string(),
  portalUid: z.string().nullable(),
  counts: erasureCountsSchema,
});
export type PendingErasure = z.infer<typeof pendingErasureSchema>;

export const erasedContactSchema = z.object({
  erasureId: z.string(),
  startedAt: z.date(),
  completedAt: z.date().nullable(),
  pending: pendingErasureSchema.nullable(),
});
export type ErasedContact = z.infer<typeof erasedContactSchema>;

export const eraseContactResultSchema = z.object({ erasureId: z.string(), counts: erasureCountsSchema });
export type EraseContactResult = z.infer<typeof eraseContactResultSchema>;
export const requestDeletionResultSchema = z.object({ status: z.enum(['requested', 'already-requested']) });
export type RequestDeletionResult = z.infer<typeof requestDeletionResultSchema>;
export const declineDeletionResultSchema = z.object({ status: z.enum(['declined', 'no-request']) });
export type DeclineDeletionResult = z.infer<typeof declineDeletionResultSchema>;

/** The typed confirmation matches the name shown, ignoring case, accents and spacing. */
export function confirmsName(typed: string, name: string): boolean {
  const fold = (value: string) =>
    value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLocaleLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  return fold(typed) !== '' && fold(typed) === fold(name);
}
