import { describe, expect, it } from 'vitest';
import { formatTerm, formatTimeLeft } from './time-left';

describe('formatTimeLeft', () => {
  it('shows hours, minutes and seconds under a day', () => {
    expect(formatTimeLeft((23 * 3600 + 4 * 60 + 5) * 1000 + 999, 'en')).toBe('23:04:05');
  });

  it('shows whole days first, in the reader’s language', () => {
    expect(formatTimeLeft((2 * 86_400 + 3600) * 1000, 'en')).toBe('2 days 01:00:00');
    expect(formatTimeLeft((5 * 86_400 + 1) * 1000, 'ru')).toBe('5 дней 00:00:01');
  });

  it('reads nothing left, or less, as zero', () => {
    expect(formatTimeLeft(-5000, 'fr')).toBe('00:00:00');
  });
});

describe('formatTerm', () => {
  it('names the term in words', () => {
    expect(formatTerm({ amount: 24, unit: 'hours' }, 'en')).toBe('24 hours');
    expect(formatTerm({ amount: 3, unit: 'days' }, 'fr')).toBe('3\u00a0jours');
    expect(formatTerm({ amount: 14, unit: 'days' }, 'ru')).toBe('14 дней');
  });
});
