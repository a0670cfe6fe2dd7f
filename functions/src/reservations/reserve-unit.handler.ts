import {
  contactFullName,
  formatReservationTime,
  reservationResult,
  reservationUntil,
  reserveRefusal,
  STAFF_RESERVATION_KINDS,
  type Reservation,
  type ReservationResult,
  type ValidReserveUnitInput,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { readVisibleContact } from '../pipeline/pipeline-store';
import {
  readClient,
  readReservationCaller,
  readReservationSettings,
  readUnit,
  readUnitPlace,
  reservationRef,
  writeClient,
  writeReservationEntry,
  writeUnitHold,
} from './reservation-store';
import { reservationsLog } from './reservations.log';
import { runTransaction } from '../lib/transactions';

/**
 * Many people may try one unit at once (a launch, two managers on the phone): the losers' transactions
 * are retried until they read the winner's hold and refuse. More attempts than the SDK's five so none
 * gives up before that.
 */
const RESERVE_ATTEMPTS = 40;

/**
 * Reserves a free unit in one transaction: the reservation (its id is the request's, so a retry answers
 * what the first call created), the unit's `reserved` status and `hold`, the client's open
 * reservations and a history entry on the client file. Staff reserve offline or for a mortgage for a
 * contact they see; a client reserves online for themselves. A unit already held is refused naming its
 * holder and until when; a client at the tenant's maximum is refused.
 */
export async function reserveUnit(
  deps: Deps,
  caller: Caller,
  input: ValidReserveUnitInput,
): Promise<ReservationResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(
    db,
    async (tx) => {
      const who = await readReservationCaller(db, tx, caller);
      const tenantId = who.tenantId;
      const existing = (await tx.get(reservationRef(db, tenantId, input.requestId))).data();
      if (existing) return { reservation: existing, created: false };

      let contactId: string;
      let contactName: string;
      if (who.kind === 'client') {
        if (input.kind !== 'online') {
          throw new Refusal('permission-denied', 'Clients reserve online only.', 'kind-not-allowed');
        }
        contactId = who.contactId;
        contactName = who.name;
      } else {
        if (!(STAFF_RESERVATION_KINDS as readonly string[]).includes(input.kind)) {
          throw new Refusal(
            'invalid-argument',
            'Staff reserve offline or for a mortgage; online reservations are the client’s own.',
            'kind-not-allowed',
          );
        }
        if (!input.contactId)
          throw new Refusal('invalid-argument', 'Choose the client to reserve for.', 'contact-required');
        const contact = await readVisibleContact(db, tx, who.actor, input.contactId);
        contactId = contact.id;
        contactName = contactFullName(contact);
      }
      const unit = await readUnit(db, tx, tenantId, input.unitId);
      const [tenant, settings, client, place] = await Promise.all([
        readTenant(db, tx, tenantId),
        readReservationSettings(db, tx, tenantId),
        readClient(db, tx, tenantId, contactId, now),
        readUnitPlace(db, tx, tenantId, unit),
      ]);
      const refusal = reserveRefusal(unit, client.reservationIds.length, settings);
      if (refusal === 'unit-reserved' && unit.hold) {
        const until = formatReservationTime(unit.hold.until, tenant.locale, tenant.country);
        throw new Refusal(
          'failed-precondition',
          `Unit ${unit.number} is already reserved by ${unit.hold.contactName} until ${until}.`,
          'unit-reserved',
          { holderName: unit.hold.contactName, until: unit.hold.until.toISOString() },
        );
      }
      if (refusal === 'unit-reserved' || refusal === 'unit-not-available') {
        throw new Refusal('failed-precondition', `Unit ${unit.number} is not free to reserve.`, 'unit-not-available');
      }
      if (refusal === 'client-limit-reached') {
        throw new Refusal(
          'failed-precondition',
          `This client already holds ${client.reservationIds.length} reservations, the most the sales office allows.`,
          'client-limit-reached',
          { max: settings.maxPerClient },
        );
      }

      const reservation: Reservation = {
        id: input.requestId,
        unitId: unit.id,
        projectId: unit.projectId,
        buildingId: unit.buildingId,
        unitNumber: unit.number,
        ...place,
        contactId,
        contactName,
        kind: input.kind,
        status: 'active',
        start: now,
        until: reservationUntil(input.kind, settings, now),
        queuePosition: null,
        queuedAt: null,
        createdBy: who.uid,
        createdByName: who.name,
        extensions: [],
        endedAt: null,
        endedBy: null,
        createdAt: now,
        updatedAt: now,
      };
      tx.create(reservationRef(db, tenantId, reservation.id), reservation);
      writeUnitHold(db, tx, tenantId, unit.id, reservation, now);
      writeClient(db, tx, tenantId, {
        ...client,
        reservationIds: [...client.reservationIds, reservation.id],
        updatedAt: now,
      });
      writeReservationEntry(db, tx, tenant, { reservation, event: 'reserved', authorUid: who.uid, now });
      return { reservation, created: true };
    },
    { maxAttempts: RESERVE_ATTEMPTS },
  );
  if (outcome.created) {
    const { reservation } = outcome;
    reservationsLog.reserved(
      caller.claims?.tenantId ?? '',
      reservation.id,
      reservation.unitId,
      reservation.kind,
      caller.uid,
    );
  }
  return reservationResult(outcome.reservation);
}
