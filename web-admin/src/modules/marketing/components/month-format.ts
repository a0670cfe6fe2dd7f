import type { Month } from '@estate/domain';
import { currentLocale } from '../../../i18n/i18n';

/** A month as people say it in the user's language ("mars 2026"). */
export function monthLabel(month: Month): string {
  const [year, index] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(currentLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (index ?? 1) - 1, 1)),
  );
}
