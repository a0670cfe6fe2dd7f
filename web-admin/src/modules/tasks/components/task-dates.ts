import { currentLocale } from '../../../i18n/i18n';

import { localDay } from '../../../ui/format-date';

export { formatDateTime } from '../../../ui/format-date';

export function formatTime(date: Date): string {
  return new Intl.DateTimeFormat(currentLocale(), { timeStyle: 'short' }).format(date);
}

/** `yyyy-mm-dd` of a local day, for `<input type="date">`. */
export function toDateInput(date: Date): string {
  return localDay(date);
}

/** Local midnight of a `yyyy-mm-dd` value, or null. */
export function fromDateInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export function addDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  return next;
}

export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}
