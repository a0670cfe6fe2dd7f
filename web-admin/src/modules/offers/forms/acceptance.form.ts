/** One signing appointment as the acceptance form holds it: a local day, a local time, a place. */
export interface SigningFields {
  date: string;
  time: string;
  place: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The form's default: `days` from today at 10:00, no place yet. */
export function defaultSigning(days: number, now = new Date()): SigningFields {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return { date: `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`, time: '10:00', place: '' };
}

/** The ISO date-time of a local day (`2031-03-04`) and time (`09:30`), or null when either is not one. */
export function signingStart(fields: Pick<SigningFields, 'date' | 'time'>): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(fields.date);
  const time = /^(\d{2}):(\d{2})$/.exec(fields.time);
  if (!day || !time) return null;
  const [, year, month, date] = day.map(Number);
  const [, hours, minutes] = time.map(Number);
  const start = new Date(year!, month! - 1, date, hours, minutes);
  return Number.isNaN(start.getTime()) ? null : start.toISOString();
}
