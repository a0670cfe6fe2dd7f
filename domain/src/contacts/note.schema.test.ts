import { describe, expect, it } from 'vitest';
import { noteInputSchema, reminderFields } from './note.schema';

const at = (iso: string) => new Date(iso);

describe('noteInputSchema', () => {
  it('accepts a note with or without a reminder', () => {
    expect(noteInputSchema.safeParse({ text: 'Call back', remindAt: null }).success).toBe(true);
    expect(noteInputSchema.safeParse({ text: 'Call back', remindAt: at('2031-01-01T09:00:00Z') }).success).toBe(true);
  });

  it('refuses an empty note and one over 5000 characters', () => {
    expect(noteInputSchema.safeParse({ text: '  ', remindAt: null }).success).toBe(false);
    expect(noteInputSchema.safeParse({ text: 'x'.repeat(5001), remindAt: null }).success).toBe(false);
  });
});

describe('reminderFields', () => {
  const nine = at('2031-01-01T09:00:00Z');
  const sent = { remindAt: nine, reminderPendingAt: null, reminderSentAt: at('2031-01-01T09:02:00Z') };

  it('a new reminder is pending', () => {
    expect(reminderFields(nine, null)).toEqual({ reminderPendingAt: nine, reminderSentAt: null });
    expect(reminderFields(null, null)).toEqual({ reminderPendingAt: null, reminderSentAt: null });
  });

  it('editing the text keeps a sent reminder sent', () => {
    expect(reminderFields(new Date(nine), sent)).toEqual({
      reminderPendingAt: null,
      reminderSentAt: sent.reminderSentAt,
    });
  });

  it('moving or removing the reminder resets it', () => {
    const ten = at('2031-01-01T10:00:00Z');
    expect(reminderFields(ten, sent)).toEqual({ reminderPendingAt: ten, reminderSentAt: null });
    expect(reminderFields(null, sent)).toEqual({ reminderPendingAt: null, reminderSentAt: null });
  });
});
