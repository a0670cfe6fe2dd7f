import type { HistoryEntry } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { belongsTo, withPending } from './pending-entries';

function entry(id: string, occurredAt: string, overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id,
    type: 'call',
    occurredAt: new Date(occurredAt),
    contactIds: ['anna'],
    propertyId: null,
    dealId: null,
    text: '',
    phase: null,
    authorUid: 'alex',
    createdAt: new Date(occurredAt),
    ...overrides,
  };
}

describe('withPending', () => {
  const fetched = [entry('b', '2026-03-02T10:00:00Z'), entry('a', '2026-03-01T10:00:00Z')];

  it('places a pending entry by its date among the fetched ones', () => {
    const between = entry('p', '2026-03-01T12:00:00Z');
    expect(withPending(fetched, [between]).map((item) => item.id)).toEqual(['b', 'p', 'a']);
  });

  it('shows an entry once the list holds it, and the list as fetched without pending entries', () => {
    expect(withPending(fetched, [entry('b', '2026-03-02T10:00:00Z')]).map((item) => item.id)).toEqual(['b', 'a']);
    expect(withPending(fetched, [])).toBe(fetched);
  });

  it('shows a pending entry in an empty list', () => {
    expect(withPending([], [entry('p', '2026-03-01T12:00:00Z')]).map((item) => item.id)).toEqual(['p']);
  });
});

describe('belongsTo', () => {
  const logged = entry('p', '2026-03-01T12:00:00Z', { contactIds: ['anna', 'boris'], propertyId: 'flat' });

  it("puts an entry in each named contact's list and its property's", () => {
    expect(belongsTo(logged, { contactId: 'boris' })).toBe(true);
    expect(belongsTo(logged, { contactId: 'carla' })).toBe(false);
    expect(belongsTo(logged, { propertyId: 'flat' })).toBe(true);
    expect(belongsTo(logged, { propertyId: 'house' })).toBe(false);
  });
});
