import { describe, expect, it } from 'vitest';
import { fromDateTimeInput, nextHour, startOfWeek, toDateTimeInput } from './appointment-dates';

describe('appointment dates', () => {
  it('reads back what it writes for the datetime input', () => {
    const date = new Date(2031, 2, 4, 9, 5);
    expect(toDateTimeInput(date)).toBe('2031-03-04T09:05');
    expect(fromDateTimeInput('2031-03-04T09:05')).toEqual(date);
    expect(fromDateTimeInput('4 mars')).toBeNull();
  });

  it('starts weeks on Monday and new appointments at the next full hour', () => {
    expect(startOfWeek(new Date(2031, 2, 9, 18))).toEqual(new Date(2031, 2, 3));
    expect(startOfWeek(new Date(2031, 2, 3, 8))).toEqual(new Date(2031, 2, 3));
    expect(nextHour(new Date(2031, 2, 3, 8, 20))).toEqual(new Date(2031, 2, 3, 9));
  });
});
