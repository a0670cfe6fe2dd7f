import {
  canSeeContact,
  contactsSettingsModel,
  DEFAULT_CONTACTS_SETTINGS,
  interestId,
  interestModel,
  MATCHING_SCAN_MAX,
  paths,
  type CriterionResult,
  type MatchEvaluation,
  type Phase,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { converterOf, readSettings } from '../lib/converters';
import type { Actor } from '../lib/staff';

/** array-contains-any takes at most 30 values per query. */
export const KEYS_PER_QUERY = 30;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** Whether the actor sees a contact, from copies of its agent, manager and sharing. */
export async function contactViewer(
  db: Firestore,
  tx: Transaction,
  actor: Actor,
): Promise<(copies: { agentUid: string; managerUid: string | null; sharedWithUids: string[] }) => boolean> {
  const settings = readSettings(
    contactsSettingsModel,
    await tx.get(db.doc(paths.contactsSettings(actor.tenantId))),
    DEFAULT_CONTACTS_SETTINGS,
  );
  return (copies) =>
    canSeeContact(
      settings.visibility,
      { uid: actor.uid, role: actor.role },
      { assignedAgentUid: copies.agentUid, managerUid: copies.managerUid, sharedWithUids: copies.sharedWithUids },
    );
}

export interface Evaluated<T> {
  item: T;
  evaluation: MatchEvaluation;
}

/** Matches first, then near misses, each in the order the index gave them; the page asked and its counts. */
export function pageOf<T>(
  evaluated: readonly Evaluated<T>[],
  offset: number,
  pageSize: number,
): { page: Evaluated<T>[]; total: number; matches: number; nears: number; nextOffset: number | null } {
  const matches = evaluated.filter((entry) => entry.evaluation.verdict === 'match');
  const nears = evaluated.filter((entry) => entry.evaluation.verdict === 'near');
  const ordered = [...matches, ...nears];
  const page = ordered.slice(offset, offset + pageSize);
  const next = offset + pageSize;
  return {
    page,
    total: ordered.length,
    matches: matches.length,
    nears: nears.length,
    nextOffset: next < ordered.length ? next : null,
  };
}

/** The phases of the page's pairs already linked (one read per pair shown, never more than a page). */
export async function linkedPhases(
  db: Firestore,
  tenantId: string,
  pairs: readonly { contactId: string; propertyId: string }[],
): Promise<(Phase | null)[]> {
  if (pairs.length === 0) return [];
  const converter = converterOf(interestModel);
  const snapshots = await db.getAll(
    ...pairs.map((pair) =>
      db.doc(paths.interest(tenantId, interestId(pair.contactId, pair.propertyId))).withConverter(converter),
    ),
  );
  return snapshots.map((snapshot) => (snapshot.exists ? (snapshot.data()?.phase ?? null) : null));
}

export const SCAN_LIMIT = MATCHING_SCAN_MAX;

export type Verdicted = 'match' | 'near';

export function shown(evaluation: MatchEvaluation): { verdict: Verdicted; criteria: CriterionResult[] } {
  return { verdict: evaluation.verdict === 'match' ? 'match' : 'near', criteria: evaluation.criteria };
}
