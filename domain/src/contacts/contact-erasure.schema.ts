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

const removedCount = z.number().int().min(0);

/**
 * Counts written before they were kept by participant had one field per kind (an erasure begun then
 * may be finished now, adding to `removed`): each is read as counted by the participant that removes
 * that kind now (the chat's files had been added to the contact file's).
 */
const LEGACY_COUNTED_BY: Record<string, string> = {
  files: 'contact-file',
  interests: 'pipeline',
  tasks: 'tasks',
  historyDeleted: 'history',
  historyUnlinked: 'history',
  mails: 'mail',
  leads: 'leads',
  properties: 'properties',
  chatMessages: 'chat',
  appointments: 'appointments',
  portalAccount: 'client-space',
  sharedDocuments: 'files',
  clientListings: 'listings',
};

function readLegacyCounts(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const { contact, subcollections, removed, ...legacy } = value as Record<string, unknown>;
  if (Object.keys(legacy).length === 0) return value;
  const byParticipant: Record<string, Record<string, unknown>> = removed !== null && typeof removed === 'object'
    ? { ...(removed as Record<string, Record<string, unknown>>) }
    : {};
  for (const [kind, count] of Object.entries(legacy)) {
    const participant = LEGACY_COUNTED_BY[kind] ?? kind;
    const earlier = byParticipant[participant]?.[kind];
    byParticipant[participant] = {
      ...byParticipant[participant],
      [kind]: typeof earlier === 'number' && typeof count === 'number' ? earlier + count : count,
    };
  }
  return { contact, subcollections, removed: byParticipant };
}

/** What an erasure removed, by kind; no identifier of the person. */
export const erasureCountsSchema = z.preprocess(
  readLegacyCounts,
  z.object({
    contact: removedCount,
    /** Documents of each subcollection of the contact (`signatories`, `documents`, `notes`, `buyer`…). */
    subcollections: z.record(z.string(), removedCount),
    /**
     * What each participant of the contact lifecycle removed or unlinked, by participant name then by
     * kind (`chat: { chatMessages: 3, files: 1 }`); a kind nothing was found of is absent. Kinds: files,
     * interests, tasks, historyDeleted, historyUnlinked, mails, leads (portal leads kept but unlinked),
     * properties (kept without the seller), chatMessages, appointments (removed or unlinked, and change
     * requests), portalAccount, sharedDocuments, clientListings, clientPlaces, sellerProjections (sellers' copies the
     * person was taken out of, or that went with them, and copies of their visit reports).
     */
    removed: z.record(z.string(), z.record(z.string(), removedCount)),
  }),
);
export type ErasureCounts = z.infer<typeof erasureCountsSchema>;

/** What an erasure removed by kind, whichever participants removed it (the contact file and the chat both remove files). */
export function erasureTotals(counts: ErasureCounts): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const kinds of Object.values(counts.removed)) {
    for (const [kind, count] of Object.entries(kinds)) totals[kind] = (totals[kind] ?? 0) + count;
  }
  return totals;
}

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
