import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reservation } from './reservation.schema';
import {
  compareQueued,
  extendRefusal,
  isDue,
  joinQueueRefusal,
  minutesLeft,
  nextInQueue,
  promoted,
  reservationUntil,
  reserveRefusal,
} from './reservation-rules';
import {
  DEFAULT_RESERVATION_SETTINGS,
  durationMs,
  reservationSettingsInputSchema,
} from './reservation-settings.schema';

const HOUR = 3_600_000;
const now = new Date('2026-12-07T10:00:00Z');
const settings = DEFAULT_RESERVATION_SETTINGS;
const hold = { reservationId: 'r1', contactId: 'c1', contactName: 'Иван Петров', kind: 'offline' as const, until: now };

function reservation(overrides: Partial<Reservation> = {}): Reservation {
  return {
    id: 'r1',
    unitId: 'u1',
    projectId: 'p1',
    buildingId: 'b1',
    unitNumber: '101',
    projectName: 'ЖК Северный',
    buildingName: 'Корпус 1',
    contactId: 'c1',
    contactName: 'Иван Петров',
    kind: 'offline',
    status: 'active',
    start: now,
    until: new Date(now.getTime() + 72 * HOUR),
    queuePosition: null,
    queuedAt: null,
    createdBy: 'agent',
    createdByName: 'Agent',
    extensions: [],
    endedAt: null,
    endedBy: null,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

describe('reservation terms', () => {
  it('holds each kind for its own term', () => {
    expect(reservationUntil('online', settings, now).getTime() - now.getTime()).toBe(24 * HOUR);
    expect(reservationUntil('offline', settings, now).getTime() - now.getTime()).toBe(72 * HOUR);
    expect(reservationUntil('mortgage', settings, now).getTime() - now.getTime()).toBe(14 * 24 * HOUR);
  });

  it('refuses terms that are not whole, not positive or longer than a year', () => {
    const base = { ...settings, terms: { ...settings.terms } };
    for (const online of [
      { amount: 0, unit: 'hours' },
      { amount: 1.5, unit: 'days' },
      { amount: 366, unit: 'days' },
    ]) {
      expect(reservationSettingsInputSchema.safeParse({ ...base, terms: { ...base.terms, online } }).success).toBe(
        false,
      );
    }
    expect(reservationSettingsInputSchema.safeParse({ ...base, maxPerClient: 0 }).success).toBe(false);
    expect(reservationSettingsInputSchema.safeParse(base).success).toBe(true);
  });
});

describe('who may reserve', () => {
  it('gives a free unit to a client under the limit', () => {
    expect(reserveRefusal({ status: 'free', hold: null }, 1, settings)).toBeNull();
  });

  it('refuses a held unit, a unit off sale and a client at the limit', () => {
    expect(reserveRefusal({ status: 'reserved', hold }, 0, settings)).toBe('unit-reserved');
    expect(reserveRefusal({ status: 'sold', hold: null }, 0, settings)).toBe('unit-not-available');
    expect(reserveRefusal({ status: 'notForSale', hold: null }, 0, settings)).toBe('unit-not-available');
    expect(reserveRefusal({ status: 'free', hold: null }, 2, settings)).toBe('client-limit-reached');
  });

  it('never lets a client past the limit, whatever the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 40 }), (max, open) => {
        const refusal = reserveRefusal({ status: 'free', hold: null }, open, { maxPerClient: max });
        expect(refusal === null).toBe(open < max);
      }),
    );
  });

  it('queues only behind a hold, once, and never behind oneself', () => {
    expect(joinQueueRefusal({ status: 'free', hold: null }, 'c2', [])).toBe('unit-free');
    expect(joinQueueRefusal({ status: 'sold', hold: null }, 'c2', [])).toBe('unit-not-available');
    expect(joinQueueRefusal({ status: 'reserved', hold }, 'c1', [])).toBe('already-holder');
    expect(joinQueueRefusal({ status: 'reserved', hold }, 'c2', ['c2'])).toBe('already-queued');
    expect(joinQueueRefusal({ status: 'reserved', hold }, 'c2', ['c3'])).toBeNull();
  });
});

describe('extensions', () => {
  it('extends within the limit and asks for approval beyond it, counting earlier extensions', () => {
    const active = reservation();
    expect(extendRefusal(active, { amount: 2, unit: 'days' }, settings, now)).toBeNull();
    expect(extendRefusal(active, { amount: 49, unit: 'hours' }, settings, now)).toBe('extension-needs-approval');
    const once = reservation({
      extensions: [{ at: now, by: 'a', byName: 'A', from: now, to: new Date(now.getTime() + 24 * HOUR) }],
    });
    expect(extendRefusal(once, { amount: 24, unit: 'hours' }, settings, now)).toBeNull();
    expect(extendRefusal(once, { amount: 25, unit: 'hours' }, settings, now)).toBe('extension-needs-approval');
  });

  it('extends only an active reservation still running', () => {
    expect(
      extendRefusal(reservation({ status: 'queued', until: null }), { amount: 1, unit: 'hours' }, settings, now),
    ).toBe('reservation-not-active');
    expect(extendRefusal(reservation({ until: now }), { amount: 1, unit: 'hours' }, settings, now)).toBe(
      'reservation-expired',
    );
  });

  it('never lets the extensions add up past the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 48 }), { maxLength: 10 }), (hours) => {
        let current = reservation();
        for (const amount of hours) {
          if (extendRefusal(current, { amount, unit: 'hours' }, settings, now) !== null) continue;
          const from = current.until ?? now;
          const to = new Date(from.getTime() + amount * HOUR);
          current = {
            ...current,
            until: to,
            extensions: [...current.extensions, { at: now, by: 'a', byName: 'A', from, to }],
          };
        }
        const total = current.extensions.reduce((sum, e) => sum + e.to.getTime() - e.from.getTime(), 0);
        expect(total).toBeLessThanOrEqual(durationMs(settings.maxExtension));
      }),
    );
  });
});

describe('expiry and the queue', () => {
  it('is due at its end, not before, and only while active', () => {
    const until = new Date(now.getTime() + HOUR);
    expect(isDue(reservation({ until }), now)).toBe(false);
    expect(isDue(reservation({ until }), until)).toBe(true);
    expect(isDue(reservation({ until, status: 'expired' }), until)).toBe(false);
  });

  it('gives the unit to the first who joined, whatever order they are read in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 20 }), (positions) => {
        const queued = positions.map((position) =>
          reservation({ id: `r${position}`, status: 'queued', queuePosition: position, start: null, until: null }),
        );
        const first = nextInQueue([reservation({ id: 'active' }), ...queued]);
        expect(first?.queuePosition).toBe(Math.min(...positions));
        const sorted = [...queued].sort(compareQueued).map((r) => r.queuePosition);
        expect(sorted).toEqual([...positions].sort((a, b) => a - b));
      }),
    );
    expect(nextInQueue([reservation()])).toBeNull();
  });

  it('promotes with a fresh offline term from now', () => {
    const queued = reservation({ status: 'queued', queuePosition: 1, start: null, until: null });
    const later = new Date(now.getTime() + 5 * HOUR);
    const active = promoted(queued, settings, later);
    expect(active).toMatchObject({ status: 'active', start: later, queuePosition: null });
    expect(active.until?.getTime()).toBe(later.getTime() + 72 * HOUR);
  });

  it('counts whole minutes left, never below zero', () => {
    expect(minutesLeft(new Date(now.getTime() + 90_500), now)).toBe(1);
    expect(minutesLeft(new Date(now.getTime() - 1), now)).toBe(0);
  });
});
