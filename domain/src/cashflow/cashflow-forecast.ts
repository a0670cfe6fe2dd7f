import { z } from 'zod';

/**
 * The cash-flow forecast ("Analyses"): the fees of deals and hunting mandates placed in the month
 * they are expected to be collected, which is the notarial deed's. Each deal moves along the
 * stages at the tenant's pace; the defaults are those the agencies gave: an offer in progress is
 * accepted two weeks later, an accepted offer reaches the preliminary contract a month later, and
 * the preliminary contract reaches the deed four months later.
 */
export const cashflowSettingsInputSchema = z.object({
  offerToAcceptedDays: z.number().int().min(0).max(365),
  acceptedToPreliminaryDays: z.number().int().min(0).max(365),
  preliminaryToDeedDays: z.number().int().min(0).max(730),
});
export type CashflowSettings = z.infer<typeof cashflowSettingsInputSchema>;

export const DEFAULT_CASHFLOW_SETTINGS: CashflowSettings = {
  offerToAcceptedDays: 14,
  acceptedToPreliminaryDays: 30,
  preliminaryToDeedDays: 120,
};

export const FORECAST_STAGES = ['offer', 'accepted', 'preliminary', 'deed'] as const;
export type ForecastStage = (typeof FORECAST_STAGES)[number];

/**
 * The three colours of the chart: expected once an offer is (or will be) accepted, invoiced at the
 * preliminary contract and not collected yet, and invoiced after the deed and not collected yet.
 */
export const FORECAST_BUCKETS = ['expected', 'preliminary', 'invoiced'] as const;
export type ForecastBucket = (typeof FORECAST_BUCKETS)[number];

export interface ForecastSource {
  id: string;
  label: string;
  feesCents: number;
  stage: ForecastStage;
  /** When the deal reached its stage: the offer's date, the acceptance, the preliminary contract, the deed. */
  stageAt: Date;
}

export interface ForecastEntry extends ForecastSource {
  bucket: ForecastBucket;
  /** When the fees are expected in: the deed's date, projected, or today's for what is late. */
  expectedAt: Date;
}

export interface ForecastMonth {
  /** `2026-12`, in the tenant's time zone. */
  month: string;
  totals: Record<ForecastBucket, number>;
  entries: ForecastEntry[];
}

const DAY = 86_400_000;

function bucketOf(stage: ForecastStage): ForecastBucket {
  if (stage === 'deed') return 'invoiced';
  if (stage === 'preliminary') return 'preliminary';
  return 'expected';
}

/** The days from a stage to the deed at the tenant's pace. */
function daysToDeed(stage: ForecastStage, settings: CashflowSettings): number {
  switch (stage) {
    case 'offer':
      return settings.offerToAcceptedDays + settings.acceptedToPreliminaryDays + settings.preliminaryToDeedDays;
    case 'accepted':
      return settings.acceptedToPreliminaryDays + settings.preliminaryToDeedDays;
    case 'preliminary':
      return settings.preliminaryToDeedDays;
    case 'deed':
      return 0;
  }
}

function monthKey(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(at);
  const part = (type: string) => parts.find((entry) => entry.type === type)!.value;
  return `${part('year')}-${part('month')}`;
}

function nextMonthKey(key: string): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/**
 * The forecast for the `months` months from `now`'s: each source in the month its deed is
 * expected, late ones (a projected date already past, a deed invoiced and not yet collected) in the
 * current month, since they are still to come in. What falls after the last month is left out.
 */
export function forecastCashflow(
  sources: readonly ForecastSource[],
  settings: CashflowSettings,
  now: Date,
  { months = 12, timeZone = 'Europe/Paris' }: { months?: number; timeZone?: string } = {},
): ForecastMonth[] {
  const result: ForecastMonth[] = [];
  const index = new Map<string, ForecastMonth>();
  let key = monthKey(now, timeZone);
  for (let count = 0; count < months; count += 1) {
    const month: ForecastMonth = { month: key, totals: { expected: 0, preliminary: 0, invoiced: 0 }, entries: [] };
    result.push(month);
    index.set(key, month);
    key = nextMonthKey(key);
  }
  for (const source of sources) {
    const projected = source.stageAt.getTime() + daysToDeed(source.stage, settings) * DAY;
    const expectedAt = new Date(Math.max(projected, now.getTime()));
    const month = index.get(monthKey(expectedAt, timeZone));
    if (!month) continue;
    const entry: ForecastEntry = { ...source, bucket: bucketOf(source.stage), expectedAt };
    month.entries.push(entry);
    month.totals[entry.bucket] += source.feesCents;
  }
  for (const month of result) month.entries.sort((a, b) => a.expectedAt.getTime() - b.expectedAt.getTime());
  return result;
}
