import type { Contact } from '../contacts/contact.schema';
import type { Interest, InterestSource } from './interest.schema';
import { isPhaseOf, phasesOf, type DealType, type Phase, type SalePhase } from './phases';
import { mappedPhase, type PipelineSettings } from './pipeline-settings.schema';

/** Where an interest stands, as phaseAfterAction reads it; `phase` null when it does not exist yet. */
export interface PhaseState {
  dealType: DealType;
  phase: Phase | null;
  phaseSourceAt: Date | null;
}

/** The parts of a history entry that decide a phase. */
export interface PhaseAction {
  type: string;
  phase: Phase | null;
  occurredAt: Date;
}

/** Where a phase stands in the deal type's order; an interest that does not exist yet is before all. */
function rank(dealType: DealType, phase: Phase | null): number {
  return phase === null ? -1 : phasesOf(dealType).indexOf(phase);
}

/**
 * Where a phase mapped from the action's type takes the interest, never backwards: a target earlier
 * than the current phase is ignored (a late call must not undo a reservation), except from a cancelled
 * interest, which a new action reopens. A visit is the 1st visit from an earlier phase, the 2nd from
 * the 1st, and changes nothing once the interest is past the 1st visit.
 */
function forwardTarget(interest: PhaseState, mapped: Phase): Phase | null {
  const { dealType, phase } = interest;
  if (phase === null || phase === 'cancelled' || mapped === 'cancelled') return mapped;
  const current = rank(dealType, phase);
  if (mapped === 'first-visit') {
    const firstVisit = rank(dealType, 'first-visit');
    if (current < firstVisit) return 'first-visit';
    return current === firstVisit ? 'second-visit' : null;
  }
  return rank(dealType, mapped) < current ? null : mapped;
}

/**
 * The phase a history action moves an interest to, or null when it moves nothing. The phase the user
 * chose on the entry wins, whichever way it goes; otherwise the type's mapped phase, only forwards
 * (forwardTarget). An action older than the one that set the current phase changes nothing, so a
 * back-dated or late-delivered event never undoes a newer move.
 */
export function phaseAfterAction(interest: PhaseState, entry: PhaseAction, settings: PipelineSettings): Phase | null {
  if (interest.phaseSourceAt !== null && entry.occurredAt.getTime() < interest.phaseSourceAt.getTime()) return null;
  let target: Phase | null;
  if (entry.phase !== null) {
    target = isPhaseOf(interest.dealType, entry.phase) ? entry.phase : null;
  } else {
    const mapped = mappedPhase(settings, interest.dealType, entry.type);
    target = mapped === null ? null : forwardTarget(interest, mapped);
  }
  if (target === null || target === interest.phase) return null;
  return target;
}

/** The phases of a purchase commitment (an offer, then signatures): Tracfin must be complete first. */
export const TRACFIN_GATED_PHASES: readonly SalePhase[] = [
  'reservation',
  'purchase-confirmation',
  'financing-proof',
  'contract-preparation',
  'notary',
  'contract-signed',
];

/** Whether moving this contact's interest to `phase` needs the buyer's Tracfin file complete. */
export function requiresTracfin(contact: Pick<Contact, 'clientType'>, dealType: DealType, phase: Phase): boolean {
  return (
    contact.clientType === 'buyer' && dealType === 'sale' && (TRACFIN_GATED_PHASES as readonly Phase[]).includes(phase)
  );
}

export type PhaseFields = Pick<Interest, 'phase' | 'phaseSince' | 'phaseSourceAt' | 'phaseDurations'>;

/**
 * The interest after it moves to `to` at `at`: the time spent in the phase it leaves is added to
 * `phaseDurations`, and the new phase starts at `at`, which also becomes the newest event's time.
 */
export function applyPhaseChange(interest: PhaseFields, to: Phase, at: Date): PhaseFields {
  const spent = Math.max(0, at.getTime() - interest.phaseSince.getTime());
  const durations = { ...interest.phaseDurations };
  durations[interest.phase] = (durations[interest.phase] ?? 0) + spent;
  const sourceAt = at.getTime() >= interest.phaseSourceAt.getTime() ? at : interest.phaseSourceAt;
  return { phase: to, phaseSince: at, phaseSourceAt: sourceAt, phaseDurations: durations };
}

/** The first phase of an interest created without a chosen one. */
export function initialPhaseFor(source: InterestSource): Phase {
  return source === 'matching' ? 'matching-contacted' : 'request-received';
}

/** How long the interest has been in its phase at `now`, in milliseconds. */
export function timeInPhase(interest: Pick<Interest, 'phaseSince'>, now: Date): number {
  return Math.max(0, now.getTime() - interest.phaseSince.getTime());
}
