import { z } from 'zod';
import { docIdSchema, uidSchema } from '../shared/text';

/**
 * The product's built-in history action types. A tenant's own types (phases of its sales process) come
 * later: they will be stored as `custom:<id>` beside these, so `historyTypeSchema` is the single place to
 * widen when that lands.
 */
export const HISTORY_TYPES = [
  'call',
  'email',
  'meeting',
  'visit',
  'documentation-sent',
  'portal-request',
  'reservation',
  'purchase-confirmation',
  'refusal',
  'notarial-certification',
  'remark',
] as const;
export const historyTypeSchema = z.enum(HISTORY_TYPES);
export type HistoryType = z.infer<typeof historyTypeSchema>;

export const HISTORY_TEXT_MAX = 5000;
export const HISTORY_CONTACTS_MAX = 20;
export const HISTORY_PAGE_SIZE = 20;

/** What a collaborator logs: an action, when it happened, who it concerns, and what was said. */
export const historyEntryInputSchema = z.object({
  type: historyTypeSchema,
  occurredAt: z.date({ message: 'invalid date' }),
  contactIds: z
    .array(docIdSchema)
    .min(1, { message: 'at least one contact' })
    .max(HISTORY_CONTACTS_MAX, { message: `at most ${HISTORY_CONTACTS_MAX} contacts` }),
  propertyId: docIdSchema.nullable(),
  dealId: docIdSchema.nullable(),
  text: z
    .string()
    .trim()
    .max(HISTORY_TEXT_MAX, { message: `at most ${HISTORY_TEXT_MAX} characters` }),
});
export type HistoryEntryInput = z.infer<typeof historyEntryInputSchema>;

/**
 * `tenants/{tenantId}/history/{entryId}`: an audit trail. Created by collaborators, never updated nor
 * deleted; a correction is a new `remark`.
 */
export const historyEntrySchema = historyEntryInputSchema.extend({
  id: z.string(),
  authorUid: uidSchema,
  createdAt: z.date(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
