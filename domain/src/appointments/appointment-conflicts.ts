import { intervalsOverlap } from '../tasks/task.schema';
import type { Appointment } from './appointment.schema';

export type ConflictReason = 'agent' | 'client';

export interface AppointmentConflict {
  appointmentId: string;
  /** Why it conflicts: the same agent, or one of the same clients (both: `agent` first). */
  reasons: ConflictReason[];
  /** The client ids both appointments name. */
  contactIds: string[];
  startsAt: Date;
  endsAt: Date;
}

type Candidate = Pick<Appointment, 'id' | 'agentUid' | 'contactIds' | 'startsAt' | 'endsAt'>;
type Booked = Candidate & Pick<Appointment, 'status'>;

/**
 * The other scheduled appointments overlapping the candidate's [startsAt, endsAt) that share its agent
 * or one of its clients, by start time. Cancelled and done ones hold no time. A warning the agent may
 * override, not a refusal: two agents may well see one buyer back to back on purpose.
 */
export function findAppointmentConflicts(candidate: Candidate, booked: readonly Booked[]): AppointmentConflict[] {
  const wanted = { start: candidate.startsAt, end: candidate.endsAt };
  const seen = new Set<string>();
  const conflicts: AppointmentConflict[] = [];
  for (const other of booked) {
    if (other.id === candidate.id || other.status !== 'scheduled' || seen.has(other.id)) continue;
    if (!intervalsOverlap(wanted, { start: other.startsAt, end: other.endsAt })) continue;
    const contactIds = other.contactIds.filter((id) => candidate.contactIds.includes(id));
    const reasons: ConflictReason[] = [];
    if (other.agentUid === candidate.agentUid) reasons.push('agent');
    if (contactIds.length > 0) reasons.push('client');
    if (reasons.length === 0) continue;
    seen.add(other.id);
    conflicts.push({ appointmentId: other.id, reasons, contactIds, startsAt: other.startsAt, endsAt: other.endsAt });
  }
  return conflicts.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
