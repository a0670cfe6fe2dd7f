import { isDue, SYSTEM_AUTHOR_UID } from '@estate/domain';
import { FieldPath, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import type { Deps } from '../lib/deps';
import { readTenant } from '../lib/staff';
import { endActiveReservation, readReservationSettings, reservationRef } from './reservation-store';
import { reservationsLog } from './reservations.log';
import { runTransaction } from '../lib/transactions';

/** The run needs no clock of its own: it is told `now`, so tests run it at a chosen time. */
type ReleaseDeps = Pick<Deps, 'db' | 'links'>;

const RESERVATIONS_COLLECTION = 'reservations';
const RESERVATION_PATH = /^tenants\/([^/]+)\/reservations\/([^/]+)$/;

/** How many due reservations a run reads, then releases in parallel, at a time. */
export const RELEASE_PAGE_SIZE = 100;
/** A run stops reading new pages after this long, so the next minute's run never overlaps it much. */
const RELEASE_TIME_BUDGET_MS = 50_000;

export interface ReleaseDueOutcome {
  /** Reservations this run expired. */
  released: number;
  /** Queued reservations that got their unit. */
  promoted: number;
  /** Due reservations the queries returned (documents read by the paging, besides each transaction's). */
  read: number;
  /** False when the time budget ran out with pages left: the next run takes them first (oldest due first). */
  complete: boolean;
}

/**
 * Expires one reservation in a transaction if it is still active and due at `now` (a cancellation or
 * an extension may have come meanwhile): it leaves `active` as `expired`, its client and their manager
 * are mailed, a history entry is written on the client file, and the unit goes to the first in its queue
 * with a fresh term (told by mail) or back to free. Returns null when it wrote nothing.
 */
async function releaseOne(
  deps: ReleaseDeps,
  tenantId: string,
  reservationId: string,
  now: Date,
): Promise<{ promoted: boolean } | null> {
  const { db } = deps;
  return runTransaction(db, async (tx) => {
    const reservation = (await tx.get(reservationRef(db, tenantId, reservationId))).data();
    if (!reservation || !isDue(reservation, now)) return null;
    const [tenant, settings] = await Promise.all([
      readTenant(db, tx, tenantId),
      readReservationSettings(db, tx, tenantId),
    ]);
    const promoted = await endActiveReservation(db, tx, deps.links, {
      tenant,
      settings,
      reservation,
      status: 'expired',
      by: SYSTEM_AUTHOR_UID,
      mailClient: true,
      mailAgent: true,
      now,
    });
    return { promoted: promoted !== null };
  });
}

/**
 * `reservations-releaseDue`: every active reservation of every tenant whose term ended by `now` expires.
 * Read in pages of `pageSize` (collection group `reservations`, `status == active` and `until <= now`,
 * in `until` then path order, with a cursor after the last one read), each page released before the
 * next is read, until a page comes back short or `budgetMs` is spent. Ended reservations are not read
 * again and one changed meanwhile is left as it is: a replayed run writes and mails nothing.
 */
export async function releaseDueReservations(
  deps: ReleaseDeps,
  now: Date,
  options: { pageSize?: number; budgetMs?: number } = {},
): Promise<ReleaseDueOutcome> {
  const pageSize = options.pageSize ?? RELEASE_PAGE_SIZE;
  const budgetMs = options.budgetMs ?? RELEASE_TIME_BUDGET_MS;
  const started = Date.now();
  const due = deps.db
    .collectionGroup(RESERVATIONS_COLLECTION)
    .where('status', '==', 'active')
    .where('until', '<=', now)
    .orderBy('until')
    .orderBy(FieldPath.documentId())
    .limit(pageSize);
  const outcome: ReleaseDueOutcome = { released: 0, promoted: 0, read: 0, complete: false };
  let last: QueryDocumentSnapshot | null = null;
  for (;;) {
    const page = await (last === null ? due : due.startAfter(last)).get();
    outcome.read += page.size;
    const results = await Promise.all(
      page.docs.map(async (doc) => {
        const match = RESERVATION_PATH.exec(doc.ref.path);
        if (!match?.[1] || !match[2]) return null;
        try {
          const result = await releaseOne(deps, match[1], match[2], now);
          if (result) {
            reservationsLog.ended(match[1], match[2], 'expired', SYSTEM_AUTHOR_UID);
          }
          return result;
        } catch (error) {
          // One broken reservation must not hold back the others; the next run tries it again.
          reservationsLog.releaseFailed(doc.ref.path, error);
          return null;
        }
      }),
    );
    for (const result of results) {
      if (!result) continue;
      outcome.released += 1;
      if (result.promoted) outcome.promoted += 1;
    }
    last = page.docs.at(-1) ?? null;
    if (page.size < pageSize || last === null) {
      outcome.complete = true;
      break;
    }
    if (Date.now() - started >= budgetMs) break;
  }
  reservationsLog.releaseRun(outcome.released, outcome.promoted, outcome.read, Date.now() - started, outcome.complete);
  return outcome;
}
