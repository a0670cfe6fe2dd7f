import { z } from 'zod';

export const NOTE_TEXT_MAX = 5000;

/** What the author types in the notepad: the note and, optionally, when to be reminded of it. */
export const noteInputSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .max(NOTE_TEXT_MAX, { message: `at most ${NOTE_TEXT_MAX} characters` }),
  remindAt: z.date({ message: 'invalid date' }).nullable(),
});
export type NoteInput = z.infer<typeof noteInputSchema>;

/**
 * `tenants/{tenantId}/contacts/{contactId}/notes/{noteId}`: a private note, read and written by its
 * author only. `reminderPendingAt` equals `remindAt` until `contacts-sendNoteReminders` mails the
 * reminder; it then clears it and sets `reminderSentAt` in the same transaction, so the mail goes once.
 */
export const noteSchema = noteInputSchema.extend({
  id: z.string(),
  reminderPendingAt: z.date().nullable(),
  reminderSentAt: z.date().nullable(),
  authorUid: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Note = z.infer<typeof noteSchema>;

/**
 * The reminder fields a note gets when written with `remindAt`: a new or moved reminder is pending
 * again; an unchanged one keeps its state (a reminder already sent is not sent again for an edit).
 */
export function reminderFields(
  remindAt: Date | null,
  previous: Pick<Note, 'remindAt' | 'reminderPendingAt' | 'reminderSentAt'> | null,
): Pick<Note, 'reminderPendingAt' | 'reminderSentAt'> {
  const unchanged = previous !== null && (previous.remindAt?.getTime() ?? null) === (remindAt?.getTime() ?? null);
  if (unchanged) return { reminderPendingAt: previous.reminderPendingAt, reminderSentAt: previous.reminderSentAt };
  return { reminderPendingAt: remindAt, reminderSentAt: null };
}
