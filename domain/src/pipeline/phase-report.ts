import type { Interest } from './interest.schema';
import { RENTAL_PHASES, SALE_PHASES, type DealType, type Phase } from './phases';

/** What the report reads of an interest. */
export type ReportedInterest = Pick<
  Interest,
  'propertyId' | 'propertyReference' | 'dealType' | 'phase' | 'phaseSince' | 'phaseDurations' | 'agentUid'
>;

export interface PhaseReportRow {
  /** The property id or the agent's uid. */
  key: string;
  /** The property's reference; for an agent, their uid (the app shows their name). */
  label: string;
  counts: Partial<Record<Phase, number>>;
  total: number;
}

export interface PhaseTiming {
  /** Mean time spent in the phase by the interests that have left it (re-entries add up), or null. */
  averageMs: number | null;
  /** How many interests that mean is over. */
  completed: number;
  /** Mean time the interests now in the phase have been there, or null when none is. */
  currentAverageMs: number | null;
  /** The longest current stay: the interest most worth a call. */
  currentMaxMs: number | null;
  current: number;
}

export interface PhaseReport {
  /** The columns, in the order of the sales process; the union when sale and rental are mixed. */
  phases: Phase[];
  byProperty: PhaseReportRow[];
  byAgent: PhaseReportRow[];
  timings: Partial<Record<Phase, PhaseTiming>>;
  total: number;
}

export interface PhaseReportFilter {
  dealType?: DealType | null;
  agentUid?: string | null;
}

/** Sale phases then the rental ones the sale list lacks, `cancelled` last. */
function columnsFor(dealTypes: Set<DealType>): Phase[] {
  if (dealTypes.size === 1) return [...(dealTypes.has('rental') ? RENTAL_PHASES : SALE_PHASES)];
  const union: Phase[] = [...SALE_PHASES.filter((phase) => phase !== 'cancelled')];
  for (const phase of RENTAL_PHASES) if (!union.includes(phase) && phase !== 'cancelled') union.push(phase);
  union.push('cancelled');
  return union;
}

function addRow(rows: Map<string, PhaseReportRow>, key: string, label: string, phase: Phase): void {
  const row = rows.get(key) ?? { key, label, counts: {}, total: 0 };
  row.counts[phase] = (row.counts[phase] ?? 0) + 1;
  row.total += 1;
  rows.set(key, row);
}

const byLabel = (a: PhaseReportRow, b: PhaseReportRow) => a.label.localeCompare(b.label);

/**
 * Phase counts per property and per agent, and the time spent in each phase, from the interests
 * (computed in the app: an agency has a few thousand interests at most). Past stays come from
 * `phaseDurations`, the current one from `phaseSince` to `now`.
 */
export function phaseReport(
  interests: readonly ReportedInterest[],
  now: Date,
  filter: PhaseReportFilter = {},
): PhaseReport {
  const kept = interests.filter(
    (interest) =>
      (!filter.dealType || interest.dealType === filter.dealType) &&
      (!filter.agentUid || interest.agentUid === filter.agentUid),
  );
  const dealTypes = new Set<DealType>(filter.dealType ? [filter.dealType] : kept.map((interest) => interest.dealType));
  const phases = columnsFor(dealTypes.size === 0 ? new Set<DealType>(['sale']) : dealTypes);

  const byProperty = new Map<string, PhaseReportRow>();
  const byAgent = new Map<string, PhaseReportRow>();
  const past = new Map<Phase, number[]>();
  const current = new Map<Phase, number[]>();
  const collect = (into: Map<Phase, number[]>, phase: Phase, ms: number) => {
    const list = into.get(phase) ?? [];
    list.push(ms);
    into.set(phase, list);
  };

  for (const interest of kept) {
    addRow(byProperty, interest.propertyId, interest.propertyReference, interest.phase);
    addRow(byAgent, interest.agentUid, interest.agentUid, interest.phase);
    collect(current, interest.phase, Math.max(0, now.getTime() - interest.phaseSince.getTime()));
    for (const [phase, ms] of Object.entries(interest.phaseDurations)) {
      if ((phases as readonly string[]).includes(phase) && ms > 0) collect(past, phase as Phase, ms);
    }
  }

  const mean = (values: number[] | undefined) =>
    values && values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
  const timings: Partial<Record<Phase, PhaseTiming>> = {};
  for (const phase of phases) {
    const done = past.get(phase);
    const ongoing = current.get(phase);
    timings[phase] = {
      averageMs: mean(done),
      completed: done?.length ?? 0,
      currentAverageMs: mean(ongoing),
      currentMaxMs: ongoing && ongoing.length > 0 ? Math.max(...ongoing) : null,
      current: ongoing?.length ?? 0,
    };
  }

  return {
    phases,
    byProperty: [...byProperty.values()].sort(byLabel),
    byAgent: [...byAgent.values()].sort(byLabel),
    timings,
    total: kept.length,
  };
}

/** `3 d 4 h`-like parts of a duration, for the apps to word in their language. */
export function durationParts(ms: number): { days: number; hours: number; minutes: number } {
  const minutes = Math.floor(ms / 60_000);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}
