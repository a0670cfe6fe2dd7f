import { describe, expect, it } from 'vitest';
import { HISTORY_TYPES, historyEntryInputSchema } from './history.schema';

const valid = {
  type: 'call',
  occurredAt: new Date('2026-03-01T10:00:00Z'),
  contactIds: ['anna'],
  propertyId: null,
  dealId: null,
  text: ' Called about the flat. ',
};

describe('historyEntryInputSchema', () => {
  it('accepts every built-in type and trims the text', () => {
    for (const type of HISTORY_TYPES) {
      const parsed = historyEntryInputSchema.parse({ ...valid, type });
      expect(parsed.text).toBe('Called about the flat.');
    }
  });

  it('accepts an empty text and links to a property and a deal', () => {
    expect(historyEntryInputSchema.safeParse({ ...valid, text: '', propertyId: 'p1', dealId: 'd1' }).success).toBe(
      true,
    );
  });

  it.each([
    ['an unknown type', { type: 'fax' }],
    ['no contact', { contactIds: [] }],
    ['21 contacts', { contactIds: Array.from({ length: 21 }, (_, index) => `c${index}`) }],
    ['a contact id with a slash', { contactIds: ['a/b'] }],
    ['a text over 5000 characters', { text: 'x'.repeat(5001) }],
    ['a date as a string', { occurredAt: '2026-03-01' }],
    ['an invalid date', { occurredAt: new Date('nope') }],
    ['a property id that is not an id', { propertyId: '' }],
  ])('refuses %s', (_label, change) => {
    expect(historyEntryInputSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
