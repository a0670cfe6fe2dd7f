import { type Currency, moneyFormat } from '@estate/domain';
import { currentLocale } from '../../../i18n/i18n';

/** A price in the agency's currency, whole units (`450 000 €`). */
export function formatPrice(price: number, currency: Currency | undefined): string {
  return moneyFormat(currentLocale(), currency ?? 'EUR').format(price);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How long an interest has been in its phase: `3 days`, `5 hours`, `2 minutes`. */
export function formatDuration(ms: number): string {
  const [unit, size] = UNITS.find(([, length]) => ms >= length) ?? UNITS[UNITS.length - 1] ?? ['minute', 60_000];
  const count = Math.max(0, Math.floor(ms / size));
  return new Intl.NumberFormat(currentLocale(), { style: 'unit', unit, unitDisplay: 'long' }).format(count);
}
