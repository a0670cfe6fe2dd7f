import { z } from 'zod';
import { unitStatusSchema } from './unit.schema';

/** What changed: the unit was created, its price changed, its status changed. */
export const UNIT_HISTORY_KINDS = ['created', 'price', 'status'] as const;
export const unitHistoryKindSchema = z.enum(UNIT_HISTORY_KINDS);
export type UnitHistoryKind = z.infer<typeof unitHistoryKindSchema>;

/**
 * Where the change came from: the unit form, a spreadsheet import, a bulk price change, a paid offer, an
 * approval of the head of sales.
 */
export const UNIT_HISTORY_SOURCES = ['form', 'import', 'bulk', 'booking', 'approval'] as const;
export const unitHistorySourceSchema = z.enum(UNIT_HISTORY_SOURCES);
export type UnitHistorySource = z.infer<typeof unitHistorySourceSchema>;

const amount = z.number().int().min(0);

/**
 * `tenants/{t}/units/{unitId}/history/{entryId}`: one entry per change, written in the same
 * transaction as the change by the projects functions, so a change is recorded exactly once.
 */
export const unitHistoryEntrySchema = z.object({
  id: z.string().min(1).max(64),
  kind: unitHistoryKindSchema,
  source: unitHistorySourceSchema,
  priceBefore: amount.nullable(),
  priceAfter: amount.nullable(),
  statusBefore: unitStatusSchema.nullable(),
  statusAfter: unitStatusSchema.nullable(),
  authorUid: z.string().min(1).max(128),
  authorName: z.string().max(200),
  at: z.date(),
});
export type UnitHistoryEntry = z.infer<typeof unitHistoryEntrySchema>;
