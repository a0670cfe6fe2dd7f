import { NOTE_TEXT_MAX, type Note, type NoteInput } from '@estate/domain';
import { z } from 'zod';
import { toDateTimeLocal } from '../../../history';

/** The notepad form: the text and an optional reminder as a `datetime-local` value ('' for none). */
export const noteFormSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .max(NOTE_TEXT_MAX, { message: `at most ${NOTE_TEXT_MAX} characters` }),
  remindAt: z.string().refine((value) => value === '' || !Number.isNaN(new Date(value).getTime()), {
    message: 'invalid date',
  }),
});
export type NoteFormValues = z.infer<typeof noteFormSchema>;

export function noteToForm(note: Note | null): NoteFormValues {
  return { text: note?.text ?? '', remindAt: note?.remindAt ? toDateTimeLocal(note.remindAt) : '' };
}

/**
 * The note to save, or the field whose value is refused: a reminder set or moved must be in the
 * future (an unchanged one may have passed already).
 */
export function toNoteInput(values: NoteFormValues, previous: Note | null, now: Date): NoteInput | 'past-reminder' {
  const remindAt = values.remindAt === '' ? null : new Date(values.remindAt);
  const unchanged = (previous?.remindAt?.getTime() ?? null) === (remindAt?.getTime() ?? null);
  if (remindAt && !unchanged && remindAt.getTime() <= now.getTime()) return 'past-reminder';
  return { text: values.text, remindAt };
}
