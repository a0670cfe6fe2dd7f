import { HISTORY_TEXT_MAX, historyTypeSchema, phaseSchema, type HistoryEntryInput } from '@estate/domain';
import { z } from 'zod';

/** A `datetime-local` value (`2026-03-01T10:30`) in the browser's time zone. */
export function toDateTimeLocal(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export const dateTimeLocalSchema = z
  .string()
  .min(1, { message: 'required' })
  .refine((value) => !Number.isNaN(new Date(value).getTime()), { message: 'invalid date' });

/** What the "log an action" form holds; `toHistoryInput` turns it into historyEntryInputSchema's input. */
export const historyFormSchema = z.object({
  type: historyTypeSchema,
  occurredAt: dateTimeLocalSchema,
  text: z
    .string()
    .trim()
    .max(HISTORY_TEXT_MAX, { message: `at most ${HISTORY_TEXT_MAX} characters` }),
  /** The property the action is about, or '' for none. */
  propertyId: z.string(),
  /** The phase the contact is placed in (only with a property), or '' to let the action's type decide. */
  phase: z.union([z.literal(''), phaseSchema]),
});
export type HistoryFormInput = z.input<typeof historyFormSchema>;
export type HistoryFormOutput = z.output<typeof historyFormSchema>;

export function emptyHistoryForm(now = new Date()): HistoryFormInput {
  return { type: 'call', occurredAt: toDateTimeLocal(now), text: '', propertyId: '', phase: '' };
}

/**
 * `untouched` is the date the form was opened with: kept as is, the action happened now, to the
 * second. The minute the box shows would make it older than a phase set moments before, and an older
 * action never moves a phase.
 */
export function toHistoryInput(
  values: HistoryFormOutput,
  contactId: string,
  untouched: string | null = null,
  now = new Date(),
): HistoryEntryInput {
  return {
    type: values.type,
    occurredAt: values.occurredAt === untouched ? now : new Date(values.occurredAt),
    contactIds: [contactId],
    propertyId: values.propertyId || null,
    dealId: null,
    text: values.text,
    phase: values.propertyId && values.phase ? values.phase : null,
  };
}
