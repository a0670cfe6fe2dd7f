import { describe, expect, it } from 'vitest';
import { movesPhases, phaseChangeEntryId, phaseSourceTime } from './on-history-created.handler';

describe('the phase automation', () => {
  it('moves phases for an entry about a property, never for its own phase changes', () => {
    expect(movesPhases({ type: 'visit', propertyId: 'p1' })).toBe(true);
    expect(movesPhases({ type: 'call', propertyId: null })).toBe(false);
    expect(movesPhases({ type: 'phase-change', propertyId: 'p1' })).toBe(false);
    expect(movesPhases({ type: 'status-change', propertyId: 'p1' })).toBe(false);
  });

  it('dates an action by when it happened, but never later than when it was written or handled', () => {
    const occurredAt = new Date('2026-03-01T10:00:00Z');
    const createdAt = new Date('2026-03-01T12:00:00Z');
    const now = new Date('2026-03-01T12:00:05Z');
    expect(phaseSourceTime({ occurredAt, createdAt }, now)).toEqual(occurredAt);
    const future = new Date('2026-04-01T10:00:00Z');
    expect(phaseSourceTime({ occurredAt: future, createdAt }, now)).toEqual(createdAt);
  });

  it('names the phase-change entry after its source and contact, so a redelivered event finds it', () => {
    expect(phaseChangeEntryId('entry-1', 'contact-1')).toBe(phaseChangeEntryId('entry-1', 'contact-1'));
    expect(phaseChangeEntryId('entry-1', 'contact-1')).not.toBe(phaseChangeEntryId('entry-1', 'contact-2'));
    expect(phaseChangeEntryId('entry-1', 'contact-1')).not.toBe(phaseChangeEntryId('entry-2', 'contact-1'));
  });
});
