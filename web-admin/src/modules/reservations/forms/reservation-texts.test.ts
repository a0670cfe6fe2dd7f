import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatTimeLeft, refusalText, timeLeftParts } from './reservation-texts';

const now = new Date('2026-12-07T10:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const t = ((key: string, values?: Record<string, unknown>) => `${key} ${JSON.stringify(values ?? {})}`) as TFunction;

describe('time left', () => {
  it('splits into days, hours and minutes', () => {
    expect(timeLeftParts(later(3 * 1440 + 125), now)).toEqual({ days: 3, hours: 2, minutes: 5 });
    expect(timeLeftParts(later(-5), now)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it('speaks in days over a day, in hours under, and says when it is due', () => {
    expect(formatTimeLeft(t, later(1440 + 60), now)).toBe('reservations.timeLeft.days {"days":1,"hours":1}');
    expect(formatTimeLeft(t, later(61), now)).toBe('reservations.timeLeft.hours {"hours":1,"minutes":1}');
    expect(formatTimeLeft(t, later(5), now)).toBe('reservations.timeLeft.minutes {"minutes":5}');
    expect(formatTimeLeft(t, later(0), now)).toBe('reservations.timeLeft.due {}');
  });
});

describe('refusals', () => {
  it('names who holds the unit and until when', () => {
    const text = refusalText(
      t,
      { reason: 'unit-reserved', details: { holderName: 'Иван Петров', until: '2026-12-10T10:00:00.000Z' } },
      (date) => date.toISOString().slice(0, 10),
    );
    expect(text).toBe(
      'reservations.refusals.unitReserved {"holder":"Иван Петров","until":"2026-12-10","max":"","hours":""}',
    );
  });

  it('says an extension needs approval, and leaves unknown reasons to the generic error', () => {
    expect(
      refusalText(t, { reason: 'extension-needs-approval', details: { maxExtensionHours: 48 } }, String),
    ).toContain('"hours":48');
    expect(refusalText(t, { reason: 'actor-not-active', details: {} }, String)).toBeNull();
    expect(refusalText(t, { reason: null, details: {} }, String)).toBeNull();
  });
});
