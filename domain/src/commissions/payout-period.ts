import type { PayoutRhythm } from './commission-plan.schema';

/**
 * A payout period: an ISO week (`2026-W49`, Monday to Sunday) or a calendar month (`2026-12`), in
 * the tenant's time zone. A commission becomes payable in the period its fees were collected in;
 * the run after the period's end prepares one draft invoice per agent and period.
 */
export interface PayoutPeriod {
  key: string;
  /** The period's first day, `YYYY-MM-DD`, and the first day after it. */
  start: string;
  end: string;
}

const pad = (value: number) => String(value).padStart(2, '0');
const isoDay = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** The calendar day of an instant in a time zone, as a UTC midnight. */
function localDay(at: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)!.value);
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day')));
}

const addDays = (day: Date, days: number) => new Date(day.getTime() + days * 86_400_000);

export function payoutPeriod(rhythm: PayoutRhythm, at: Date, timeZone = 'Europe/Paris'): PayoutPeriod {
  const day = localDay(at, timeZone);
  if (rhythm === 'monthly') {
    const start = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
    const end = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1));
    return { key: isoDay(start).slice(0, 7), start: isoDay(start), end: isoDay(end) };
  }
  const monday = addDays(day, -((day.getUTCDay() + 6) % 7));
  // The ISO year and week are those of the week's Thursday.
  const thursday = addDays(monday, 3);
  const yearStart = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 1));
  const week = Math.floor((thursday.getTime() - yearStart.getTime()) / (7 * 86_400_000)) + 1;
  return { key: `${thursday.getUTCFullYear()}-W${pad(week)}`, start: isoDay(monday), end: isoDay(addDays(monday, 7)) };
}

/** The period before the one `at` falls in: what a run at `at` pays. */
export function previousPayoutPeriod(rhythm: PayoutRhythm, at: Date, timeZone = 'Europe/Paris'): PayoutPeriod {
  const current = payoutPeriod(rhythm, at, timeZone);
  const [year, month, day] = current.start.split('-').map(Number) as [number, number, number];
  // Noon UTC the day before the current period: inside the previous one in any time zone of Europe.
  return payoutPeriod(rhythm, new Date(Date.UTC(year, month - 1, day - 1, 12)), 'UTC');
}
