import {
  durationHours,
  durationMs,
  extendRefusal,
  reservationResult,
  type ExtendReservationInput,
  type Reservation,
  type ReservationResult,
} from '@estate/domain';
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

/**
 * Pushes an active reservation's end by the given time, in the same transaction as the unit's hold, as
 * long as all its extensions together stay within the tenant's `maxExtension`. Beyond it the head of
 * sales must approve (the approvals workflow is a later step): refused saying so.
 */
export async function extendReservation(
  deps: Deps,
  caller: Caller,
  input: ExtendReservationInput,
): Promise<ReservationResult> {
  const { db } = deps;
  const now = deps.now();
  const extended = await db.runTransaction(async (tx) => {
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
    if (refusal === 'extension-needs-approval') {
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
    if (refusal || !reservation.until) {
      throw new Refusal('failed-precondition', 'Only an active reservation can be extended.', 'reservation-not-active');
    }
    const to = new Date(reservation.until.getTime() + durationMs(input.by));
    const next: Reservation = {
      ...reservation,
      until: to,
      extensions: [
        ...reservation.extensions,
        { at: now, by: staff.uid, byName: staff.name, from: reservation.until, to },
      ],
      updatedAt: now,
    };
    tx.set(reservationRef(db, tenantId, next.id), next);
    if (unit?.hold?.reservationId === next.id) writeUnitHold(db, tx, tenantId, unit.id, next, now);
    writeReservationEntry(db, tx, tenant, {
      reservation: next,
      event: 'extended',
      authorUid: staff.uid,
      now,
      index: next.extensions.length,
    });
    return next;
  });
  reservationsLog.extended(caller.claims?.tenantId ?? '', extended.id, extended.until?.toISOString() ?? '', caller.uid);
  return reservationResult(extended);
}
