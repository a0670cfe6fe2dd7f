import {
  decidesApprovals,
  durationHours,
  durationMs,
  extendRefusal,
  reservationResult,
  type Duration,
  type ExtendReservationInput,
  type Reservation,
  type ReservationResult,
  type Tenant,
  type Unit,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import {
  readReservationSettings,
  readStaff,
  reservationRef,
  unitRef,
  writeReservationEntry,
  writeUnitHold,
} from './reservation-store';
import { reservationsLog } from './reservations.log';
import { runTransaction } from '../lib/transactions';

/**
 * Pushes an active reservation's end by the given time, in the same transaction as the unit's hold, as
 * long as all its extensions together stay within the tenant's `maxExtension`. Beyond it a manager is
 * refused saying so, and asks the head of sales (approvals-request), whose approval extends it.
 */
export async function extendReservation(
  deps: Deps,
  caller: Caller,
  input: ExtendReservationInput,
): Promise<ReservationResult> {
  const { db } = deps;
  const now = deps.now();
  const extended = await runTransaction(db, async (tx) => {
    const staff = await readStaff(db, tx, caller);
    const tenantId = staff.tenantId;
    const reservation = (await tx.get(reservationRef(db, tenantId, input.reservationId))).data();
    if (!reservation) throw new Refusal('not-found', 'This reservation does not exist.', 'reservation-not-found');
    const [tenant, settings, unit] = await Promise.all([
      readTenant(db, tx, tenantId),
      readReservationSettings(db, tx, tenantId),
      tx.get(unitRef(db, tenantId, reservation.unitId)).then((snapshot) => snapshot.data()),
    ]);
    const refusal = extendRefusal(reservation, input.by, settings, now);
    // The head of sales is whom the limit sends others to: their own extensions need nobody's approval.
    if (refusal === 'extension-needs-approval' && !decidesApprovals(staff.actor.role)) {
      const allowed = durationHours(settings.maxExtension);
      throw new Refusal(
        'failed-precondition',
        `Extending a reservation by more than ${allowed} hours in all needs the approval of the head of sales.`,
        refusal,
        { maxExtensionHours: allowed },
      );
    }
    if (refusal === 'reservation-expired') {
      throw new Refusal('failed-precondition', 'This reservation has already run out.', refusal);
    }
    if ((refusal && refusal !== 'extension-needs-approval') || !reservation.until) {
      throw new Refusal('failed-precondition', 'Only an active reservation can be extended.', 'reservation-not-active');
    }
    return applyExtension(db, tx, tenant, { reservation, unit, by: input.by, author: staff, now });
  });
  reservationsLog.extended(caller.claims?.tenantId ?? '', extended.id, extended.until?.toISOString() ?? '', caller.uid);
  return reservationResult(extended);
}

/**
 * Moves an active reservation's end by `by`: the reservation, the unit's hold when it is this one, and
 * one history entry per extension, in the caller's transaction (after all its reads).
 */
export function applyExtension(
  db: Firestore,
  tx: Transaction,
  tenant: Tenant,
  args: {
    reservation: Reservation;
    unit: Unit | undefined;
    by: Duration;
    author: { uid: string; name: string };
    now: Date;
  },
): Reservation {
  const { reservation, unit, now } = args;
  const from = reservation.until ?? now;
  const to = new Date(from.getTime() + durationMs(args.by));
  const next: Reservation = {
    ...reservation,
    until: to,
    extensions: [...reservation.extensions, { at: now, by: args.author.uid, byName: args.author.name, from, to }],
    updatedAt: now,
  };
  tx.set(reservationRef(db, tenant.id, next.id), next);
  if (unit?.hold?.reservationId === next.id) writeUnitHold(db, tx, tenant.id, unit.id, next, now);
  writeReservationEntry(db, tx, tenant, {
    reservation: next,
    event: 'extended',
    authorUid: args.author.uid,
    now,
    index: next.extensions.length,
  });
  return next;
}
