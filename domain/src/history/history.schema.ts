import { z } from 'zod';
import { phaseSchema } from '../pipeline/phases';
import { propertyStatusSchema } from '../properties/property.schema';
import { docIdSchema, uidSchema } from '../shared/text';

/**
 * The product's built-in history action types, which collaborators log. A tenant's own types
 * (`settings/pipeline.customHistoryTypes`) are stored as `custom:<id>` beside these.
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
export type BuiltInHistoryType = (typeof HISTORY_TYPES)[number];
export const builtInHistoryTypeSchema = z.enum(HISTORY_TYPES);

/**
 * Written by functions only (`pipeline-onHistoryCreated`; `status-change` by the properties callables);
 * the rules refuse them from the apps.
 */
export const SYSTEM_HISTORY_TYPES = ['phase-change', 'status-change'] as const;
export type SystemHistoryType = (typeof SYSTEM_HISTORY_TYPES)[number];

/** The author of entries written by automations. */
export const SYSTEM_AUTHOR_UID = 'system';

export const CUSTOM_HISTORY_TYPE_PREFIX = 'custom:';
export const CUSTOM_HISTORY_TYPES_MAX = 20;
/** A custom type's id as stored in settings: lower-case words joined by dashes (`estimation`). */
export const customHistoryTypeIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'lower-case letters, digits and dashes' });
export type CustomHistoryType = `custom:${string}`;

const CUSTOM_TYPE_PATTERN = /^custom:[a-z0-9][a-z0-9-]{0,39}$/;

export function isCustomHistoryType(value: unknown): value is CustomHistoryType {
  return typeof value === 'string' && CUSTOM_TYPE_PATTERN.test(value);
}

export function customHistoryType(id: string): CustomHistoryType {
  return `${CUSTOM_HISTORY_TYPE_PREFIX}${id}`;
}

export const customHistoryTypeSchema = z.custom<CustomHistoryType>(isCustomHistoryType, {
  message: 'an unknown history type',
});

/** What a collaborator may log: a built-in type or one of the tenant's own. */
export const historyTypeSchema = z.union([builtInHistoryTypeSchema, customHistoryTypeSchema], {
  message: 'an unknown history type',
});
export type HistoryType = BuiltInHistoryType | CustomHistoryType;

/** What an entry may carry once stored, the functions' own types included. */
export const storedHistoryTypeSchema = z.union([historyTypeSchema, z.enum(SYSTEM_HISTORY_TYPES)], {
  message: 'an unknown history type',
});
export type StoredHistoryType = HistoryType | SystemHistoryType;

export const HISTORY_TEXT_MAX = 5000;
export const HISTORY_CONTACTS_MAX = 20;
export const HISTORY_PAGE_SIZE = 20;

const historyEntryFields = z.object({
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
  /**
   * The commercialisation phase the user places the linked contacts in (seed 003), chosen when the
   * entry is about a property; it wins over the type's mapped phase. Absent on older entries.
   */
  phase: phaseSchema.nullable().default(null),
});

/** What a collaborator logs: an action, when it happened, who it concerns, and what was said. */
export const historyEntryInputSchema = historyEntryFields.refine(
  (entry) => entry.phase === null || entry.propertyId !== null,
  { message: 'a phase needs a property', path: ['phase'] },
);
export type HistoryEntryInput = z.input<typeof historyEntryInputSchema>;
export type ValidHistoryEntryInput = z.output<typeof historyEntryInputSchema>;

/** On a `phase-change` entry: where the interest was (null when it began there) and where it went. */
export const phaseChangeSchema = z.object({
  from: phaseSchema.nullable(),
  to: phaseSchema,
});
export type PhaseChange = z.infer<typeof phaseChangeSchema>;

/** On a `status-change` entry: the property's status before and after. */
export const statusChangeSchema = z.object({
  from: propertyStatusSchema.nullable(),
  to: propertyStatusSchema,
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

/**
 * `tenants/{tenantId}/history/{entryId}`: an audit trail. Created by collaborators (in their own name)
 * and by functions (`authorUid` 'system' for automations), never updated nor deleted; a correction is
 * a new `remark`. Entries stored before phases existed lack `phase` and `phaseChange`.
 */
export const historyEntrySchema = historyEntryFields.extend({
  type: storedHistoryTypeSchema,
  id: z.string(),
  authorUid: uidSchema,
  // Optional rather than defaulted: functions that write entries for other reasons need not name them.
  phase: phaseSchema.nullable().optional(),
  phaseChange: phaseChangeSchema.nullable().optional(),
  statusChange: statusChangeSchema.nullable().optional(),
  /**
   * A `status-change` names the property's sellers, and a property may have none: stored entries may
   * name no contact (what collaborators log still names one at least).
   */
  contactIds: z.array(docIdSchema).max(HISTORY_CONTACTS_MAX),
  createdAt: z.date(),
  /**
   * Who sees the entry in "own" visibility besides owner and admin: the author and the viewers of every
   * contact named (`contactViewerUids`). Kept by history-onEntryWritten, absent until it ran; the apps
   * never write it. Not copied to the contacts' own copies (`contacts/{id}/history`).
   */
  viewerUids: z.array(z.string()).optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
