// The demo developer's public catalogue: every unit's projection (catalogue-onUnitWritten writes them
// too once the functions run; here so the client app shows the catalogue from the first second), and
// an online reservation the demo client made from it two hours ago. The demo client already holds the
// offline reservation with the queue (demo-reservations.ts), so with the default limit of two they are
// at the limit: the client app shows the refusal, and cancelling one frees a place.
import {
  catalogueUnitModel,
  catalogueUnitOf,
  contactFullName,
  DEFAULT_RESERVATION_SETTINGS,
  paths,
  reservationClientModel,
  reservationModel,
  reservationUntil,
  unitModel,
  type Contact,
  type Currency,
  type Reservation,
  type Unit,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { converterOf } from '../../functions/src/lib/converters';

const HOUR = 3_600_000;
const BATCH_SIZE = 400;

/** The demo client's online reservation on a free unit, as reservations-reserveUnit leaves it. */
export function demoOnlineReservation(args: {
  unit: Unit;
  contact: Contact;
  uid: string;
  place: { projectName: string; buildingName: string };
  now: Date;
}): { reservation: Reservation; unit: Unit } {
  const { unit, contact, now } = args;
  const start = new Date(now.getTime() - 2 * HOUR);
  const until = reservationUntil('online', DEFAULT_RESERVATION_SETTINGS, start);
  const reservation: Reservation = {
    id: `demo-online-${unit.id}`.slice(0, 64),
    unitId: unit.id,
    projectId: unit.projectId,
    buildingId: unit.buildingId,
    unitNumber: unit.number,
    ...args.place,
    contactId: contact.id,
    contactName: contactFullName(contact),
    kind: 'online',
    status: 'active',
    start,
    until,
    queuePosition: null,
    queuedAt: null,
    createdBy: args.uid,
    createdByName: contactFullName(contact),
    extensions: [],
    endedAt: null,
    endedBy: null,
    createdAt: start,
    updatedAt: start,
  };
  const hold = {
    reservationId: reservation.id,
    contactId: contact.id,
    contactName: reservation.contactName,
    kind: 'online' as const,
    until,
  };
  return { reservation, unit: { ...unit, status: 'reserved', hold, updatedAt: start } };
}

/**
 * Reserves `unitId` online for the demo client (when it is still free), then writes the projection of
 * every unit of the tenant.
 */
export async function seedDemoCatalogue(
  db: Firestore,
  tenantId: string,
  args: { unitId: string | null; client: Contact; clientUid: string; currency: Currency; now: Date },
): Promise<void> {
  const unitConverter = converterOf(unitModel);
  if (args.unitId) {
    const unit = (await db.doc(paths.unit(tenantId, args.unitId)).withConverter(unitConverter).get()).data();
    if (unit && unit.status === 'free' && unit.hold === null) {
      const name = async (path: string) => {
        const value: unknown = (await db.doc(path).get()).get('name');
        return typeof value === 'string' ? value : '';
      };
      const demo = demoOnlineReservation({
        unit,
        contact: args.client,
        uid: args.clientUid,
        place: {
          projectName: await name(paths.project(tenantId, unit.projectId)),
          buildingName: await name(paths.building(tenantId, unit.buildingId)),
        },
        now: args.now,
      });
      const clientRef = db
        .doc(paths.reservationClient(tenantId, args.client.id))
        .withConverter(converterOf(reservationClientModel));
      const held = (await clientRef.get()).data()?.reservationIds ?? [];
      const batch = db.batch();
      batch.set(
        db.doc(paths.reservation(tenantId, demo.reservation.id)).withConverter(converterOf(reservationModel)),
        demo.reservation,
      );
      batch.set(db.doc(paths.unit(tenantId, unit.id)).withConverter(unitConverter), demo.unit);
      batch.set(clientRef, {
        contactId: args.client.id,
        reservationIds: [...held.filter((id) => id !== demo.reservation.id), demo.reservation.id],
        updatedAt: args.now,
      });
      await batch.commit();
    }
  }

  const catalogueConverter = converterOf(catalogueUnitModel);
  const units = (await db.collection(paths.units(tenantId)).withConverter(unitConverter).get()).docs.map((doc) =>
    doc.data(),
  );
  for (let start = 0; start < units.length; start += BATCH_SIZE) {
    const batch = db.batch();
    for (const unit of units.slice(start, start + BATCH_SIZE)) {
      batch.set(
        db.doc(paths.catalogueUnit(tenantId, unit.id)).withConverter(catalogueConverter),
        catalogueUnitOf(unit, args.currency),
      );
    }
    await batch.commit();
  }
}
