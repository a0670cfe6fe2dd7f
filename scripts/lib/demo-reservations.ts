// Reservations on the demo developer's units, as reservations-* leave them: an offline reservation
// with two clients waiting in its queue, a mortgage reservation, and an online one due within the
// hour (so `npm start` shows reservations-releaseDue release it and the mails in MailDev). The units
// come from the inventory seed: `seedDemoReservations` takes their ids and reads them.
import {
  contactFullName,
  DEFAULT_RESERVATION_SETTINGS,
  paths,
  reservationClientModel,
  reservationModel,
  reservationQueueModel,
  reservationUntil,
  unitModel,
  type Contact,
  type Reservation,
  type ReservationClient,
  type ReservationKind,
  type ReservationQueue,
  type Unit,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { converterOf } from '../../functions/src/lib/converters';

const HOUR = 3_600_000;

export interface DemoReservations {
  reservations: Reservation[];
  queues: ReservationQueue[];
  clients: ReservationClient[];
  /** The units the reservations hold, with their `reserved` status and hold. */
  units: Unit[];
}

interface Staff {
  uid: string;
  name: string;
}

/**
 * Needs three free units and four contacts (fewer gives fewer reservations). `place` names each
 * unit's project and building as the reservations copy them.
 */
export function demoReservations(args: {
  units: readonly Unit[];
  contacts: readonly Contact[];
  staff: Staff;
  place: (unit: Unit) => { projectName: string; buildingName: string };
  now: Date;
}): DemoReservations {
  const { staff, now } = args;
  const settings = DEFAULT_RESERVATION_SETTINGS;
  const free = args.units.filter((unit) => unit.status === 'free' && unit.hold === null);
  const [queuedUnit, mortgageUnit, dueUnit] = free;
  const [holder, firstWaiting, secondWaiting, mortgageClient] = args.contacts;

  function reservation(
    unit: Unit,
    contact: Contact,
    fields: { kind: ReservationKind; status: 'active' | 'queued'; start: Date; until?: Date; position?: number },
  ): Reservation {
    const active = fields.status === 'active';
    return {
      id: `demo-${unit.id}-${contact.id}`.slice(0, 64),
      unitId: unit.id,
      projectId: unit.projectId,
      buildingId: unit.buildingId,
      unitNumber: unit.number,
      ...args.place(unit),
      contactId: contact.id,
      contactName: contactFullName(contact),
      kind: fields.kind,
      status: fields.status,
      start: active ? fields.start : null,
      until: active ? (fields.until ?? reservationUntil(fields.kind, settings, fields.start)) : null,
      queuePosition: active ? null : (fields.position ?? 1),
      queuedAt: active ? null : fields.start,
      createdBy: staff.uid,
      createdByName: staff.name,
      extensions: [],
      endedAt: null,
      endedBy: null,
      createdAt: fields.start,
      updatedAt: fields.start,
    };
  }

  const reservations: Reservation[] = [];
  const queues: ReservationQueue[] = [];
  if (queuedUnit && holder) {
    const active = reservation(queuedUnit, holder, {
      kind: 'offline',
      status: 'active',
      start: new Date(now.getTime() - 20 * HOUR),
    });
    const waiting = [firstWaiting, secondWaiting].flatMap((contact, index) =>
      contact
        ? [
            reservation(queuedUnit, contact, {
              kind: 'offline',
              status: 'queued',
              start: new Date(now.getTime() - (10 - index) * HOUR),
              position: index + 1,
            }),
          ]
        : [],
    );
    reservations.push(active, ...waiting);
    queues.push({
      unitId: queuedUnit.id,
      reservationIds: waiting.map((one) => one.id),
      nextPosition: waiting.length + 1,
      updatedAt: now,
    });
  }
  if (mortgageUnit && mortgageClient) {
    reservations.push(
      reservation(mortgageUnit, mortgageClient, {
        kind: 'mortgage',
        status: 'active',
        start: new Date(now.getTime() - 48 * HOUR),
      }),
    );
  }
  if (dueUnit && firstWaiting) {
    // Made online 23 hours 40 minutes ago: its 24-hour term ends twenty minutes after the seed.
    const start = new Date(now.getTime() - 24 * HOUR + 20 * 60_000);
    reservations.push(reservation(dueUnit, firstWaiting, { kind: 'online', status: 'active', start }));
  }

  const byClient = new Map<string, string[]>();
  for (const one of reservations) byClient.set(one.contactId, [...(byClient.get(one.contactId) ?? []), one.id]);
  const clients = [...byClient].map(([contactId, reservationIds]) => ({ contactId, reservationIds, updatedAt: now }));
  const units = reservations.flatMap((one) => {
    const unit = free.find((candidate) => candidate.id === one.unitId);
    if (!unit || one.status !== 'active' || !one.until) return [];
    const hold = {
      reservationId: one.id,
      contactId: one.contactId,
      contactName: one.contactName,
      kind: one.kind,
      until: one.until,
    };
    return [{ ...unit, status: 'reserved' as const, hold, updatedAt: now }];
  });
  return { reservations, queues, clients, units };
}

/**
 * Writes the demo reservations on the units whose ids the inventory seed gives (the first three free
 * ones are used), for the given contacts, in one batch with the units' status and hold.
 */
export async function seedDemoReservations(
  db: Firestore,
  tenantId: string,
  args: { unitIds: readonly string[]; contacts: readonly Contact[]; staff: Staff; now: Date },
): Promise<DemoReservations> {
  const unitConverter = converterOf(unitModel);
  const snapshots = await Promise.all(
    args.unitIds.map((unitId) => db.doc(paths.unit(tenantId, unitId)).withConverter(unitConverter).get()),
  );
  const units = snapshots.flatMap((snapshot) => {
    const unit = snapshot.data();
    return unit ? [unit] : [];
  });
  const names = new Map<string, string>();
  for (const path of new Set(
    units.flatMap((unit) => [paths.project(tenantId, unit.projectId), paths.building(tenantId, unit.buildingId)]),
  )) {
    const name: unknown = (await db.doc(path).get()).get('name');
    names.set(path, typeof name === 'string' ? name : '');
  }
  const demo = demoReservations({
    units,
    contacts: args.contacts,
    staff: args.staff,
    now: args.now,
    place: (unit) => ({
      projectName: names.get(paths.project(tenantId, unit.projectId)) ?? '',
      buildingName: names.get(paths.building(tenantId, unit.buildingId)) ?? '',
    }),
  });
  const batch = db.batch();
  for (const reservation of demo.reservations) {
    batch.set(
      db.doc(paths.reservation(tenantId, reservation.id)).withConverter(converterOf(reservationModel)),
      reservation,
    );
  }
  for (const queue of demo.queues) {
    batch.set(
      db.doc(paths.reservationQueue(tenantId, queue.unitId)).withConverter(converterOf(reservationQueueModel)),
      queue,
    );
  }
  for (const client of demo.clients) {
    batch.set(
      db.doc(paths.reservationClient(tenantId, client.contactId)).withConverter(converterOf(reservationClientModel)),
      client,
    );
  }
  for (const unit of demo.units) batch.set(db.doc(paths.unit(tenantId, unit.id)).withConverter(unitConverter), unit);
  await batch.commit();
  return demo;
}
