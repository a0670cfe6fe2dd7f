import { currentLocale } from '../i18n/i18n';

export function formatDateTime(date: Date | null | undefined): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * `yyyy-mm-dd` of the local day, for `<input type="date">` and the day a form defaults to: between
 * midnight and 1 or 2 a.m. in Paris, the UTC day would still be yesterday.
 */
export function localDay(date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
