import { describe, expect, it } from 'vitest';
import { HISTORY_TYPES, historyEntryInputSchema, historyEntrySchema } from './history.schema';

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
    ['a phase-change, which only functions write', { type: 'phase-change' }],
    ['a custom type with capitals', { type: 'custom:Estimation' }],
    ['a phase without a property', { phase: 'first-visit' }],
    ['an unknown phase', { propertyId: 'p1', phase: 'sold' }],
  ])('refuses %s', (_label, change) => {
    expect(historyEntryInputSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('phases and custom types', () => {
  it("accepts the tenant's own types and a phase chosen on an entry about a property", () => {
    const parsed = historyEntryInputSchema.parse({
      ...valid,
      type: 'custom:estimation',
      propertyId: 'p1',
      phase: 'negotiation',
    });
    expect(parsed).toMatchObject({ type: 'custom:estimation', phase: 'negotiation' });
    expect(historyEntryInputSchema.parse(valid).phase).toBeNull();
  });

  it('reads entries stored before phases existed, and phase-change entries of the functions', () => {
    const stored = { ...valid, id: 'h1', authorUid: 'alex', createdAt: new Date('2026-03-01T10:00:01Z') };
    const parsed = historyEntrySchema.parse(stored);
    expect(parsed.phase ?? null).toBeNull();
    expect(parsed.phaseChange ?? null).toBeNull();
    const change = {
      ...stored,
      type: 'phase-change',
      authorUid: 'system',
      propertyId: 'p1',
      phase: 'second-visit',
      phaseChange: { from: 'first-visit', to: 'second-visit' },
    };
    expect(historyEntrySchema.parse(change).phaseChange).toEqual({ from: 'first-visit', to: 'second-visit' });
  });
});
