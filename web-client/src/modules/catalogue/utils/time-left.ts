import type { Duration } from '@estate/domain';

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * What is left of a reservation, to the second: `hh:mm:ss`, and whole days first when there are any
 * (`2 days 03:04:05`, in the reader's language). Nothing left reads as `00:00:00`.
 */
export function formatTimeLeft(ms: number, locale: string): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(seconds / 86_400);
  const clock = `${pad(Math.floor((seconds % 86_400) / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
  if (days === 0) return clock;
  const dayCount = new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
  return `${dayCount} ${clock}`;
}

/** A term as the sales office set it, in words: `24 hours`, `3 jours`, `14 дней`. */
export function formatTerm(term: Duration, locale: string): string {
  const unit = term.unit === 'days' ? 'day' : 'hour';
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(term.amount);
}
