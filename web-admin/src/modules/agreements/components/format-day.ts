import { currentLocale } from '../../../i18n/i18n';

/** A calendar day stored as midnight UTC, shown as that day whatever the browser's time zone. */
export function formatDay(date: Date): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
