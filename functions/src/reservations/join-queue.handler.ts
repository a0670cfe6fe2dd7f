import {
  contactFullName,
  joinQueueRefusal,
  reservationResult,
  type JoinQueueInput,
  type Reservation,
  type ReservationResult,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { readVisibleContact } from '../pipeline/pipeline-store';
import {
  readClient,
  readQueue,
  readReservationSettings,
  readStaff,
  readUnit,
  readUnitPlace,
  reservationRef,
  writeClient,
  writeQueue,
  writeReservationEntry,
} from './reservation-store';
import { reservationsLog } from './reservations.log';
import { runTransaction } from '../lib/transactions';

const REFUSAL_MESSAGES = {
  'unit-free': 'This unit is free: reserve it rather than queue for it.',
  'unit-not-available': 'This unit is not for sale any more.',
  'already-holder': 'This client already holds the unit.',
  'already-queued': 'This client is already in the queue for this unit.',
} as const;

/**
 * Puts a client in the waiting queue of a reserved unit ("очередь", offline reservations only): a
 * `queued` reservation at the queue's next position, in the same transaction as the unit's queue
 * document (which serialises two joins at once) and the client's open reservations (the tenant's
 * maximum counts queued ones: each may become active).
 */
export async function joinQueue(deps: Deps, caller: Caller, input: JoinQueueInput): Promise<ReservationResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const staff = await readStaff(db, tx, caller);
    const tenantId = staff.tenantId;
    const existing = (await tx.get(reservationRef(db, tenantId, input.requestId))).data();
    if (existing) return { reservation: existing, created: false };
    const contact = await readVisibleContact(db, tx, staff.actor, input.contactId);
    const unit = await readUnit(db, tx, tenantId, input.unitId);
    const [tenant, settings, client, queue, place] = await Promise.all([
      readTenant(db, tx, tenantId),
      readReservationSettings(db, tx, tenantId),
      readClient(db, tx, tenantId, contact.id, now),
      readQueue(db, tx, tenantId, unit.id, now),
      readUnitPlace(db, tx, tenantId, unit),
    ]);
    if (unit.hold && unit.hold.kind !== 'offline') {
      throw new Refusal(
        'failed-precondition',
        'Only units under an offline reservation keep a waiting queue.',
        'queue-offline-only',
      );
    }
    const queued = await Promise.all(
      queue.reservationIds.map(async (id) => (await tx.get(reservationRef(db, tenantId, id))).data()),
    );
    const refusal = joinQueueRefusal(
      unit,
      contact.id,
      queued.flatMap((reservation) => (reservation ? [reservation.contactId] : [])),
    );
    if (refusal) throw new Refusal('failed-precondition', REFUSAL_MESSAGES[refusal], refusal);
    if (client.reservationIds.length >= settings.maxPerClient) {
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
      contactId: contact.id,
      contactName: contactFullName(contact),
      kind: 'offline',
      status: 'queued',
      start: null,
      until: null,
      queuePosition: queue.nextPosition,
      queuedAt: now,
      createdBy: staff.uid,
      createdByName: staff.name,
      extensions: [],
      endedAt: null,
      endedBy: null,
      createdAt: now,
      updatedAt: now,
    };
    tx.create(reservationRef(db, tenantId, reservation.id), reservation);
    writeQueue(db, tx, tenantId, {
      ...queue,
      reservationIds: [...queue.reservationIds, reservation.id],
      nextPosition: queue.nextPosition + 1,
      updatedAt: now,
    });
    writeClient(db, tx, tenantId, {
      ...client,
      reservationIds: [...client.reservationIds, reservation.id],
      updatedAt: now,
    });
    writeReservationEntry(db, tx, tenant, { reservation, event: 'queued', authorUid: staff.uid, now });
    return { reservation, created: true };
  });
  if (outcome.created) {
    const { reservation } = outcome;
    reservationsLog.queued(
      caller.claims?.tenantId ?? '',
      reservation.id,
      reservation.unitId,
      reservation.queuePosition ?? 0,
      caller.uid,
    );
  }
  return reservationResult(outcome.reservation);
}
