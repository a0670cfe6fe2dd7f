import {
  buildingModel,
  contactFullName,
  DEFAULT_RESERVATION_SETTINGS,
  formatReservationTime,
  paths,
  projectModel,
  promoted,
  reservationClientModel,
  reservationEventWords,
  reservationHistoryText,
  reservationModel,
  reservationQueueModel,
  reservationSettingsModel,
  SYSTEM_AUTHOR_UID,
  unitModel,
  type HistoryEntry,
  type Locale,
  type Reservation,
  type ReservationClient,
  type ReservationEvent,
  type ReservationQueue,
  type ReservationSettings,
  type Tenant,
  type Unit,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import { readClientMailing, type ClientMailing } from '../lib/client-mail';
import { contactConverter, converterOf, readSettings, toStored } from '../lib/converters';
import type { AppLinks } from '../lib/app-links';
import { Refusal } from '../lib/refusal';
import { readActor, type Actor } from '../lib/staff';
import { historyConverter } from '../pipeline/pipeline-store';

const reservationConverter = converterOf(reservationModel);
const queueConverter = converterOf(reservationQueueModel);
const clientConverter = converterOf(reservationClientModel);
const unitConverter = converterOf(unitModel);
const projectConverter = converterOf(projectModel);
const buildingConverter = converterOf(buildingModel);

export const reservationRef = (db: Firestore, tenantId: string, reservationId: string) =>
  db.doc(paths.reservation(tenantId, reservationId)).withConverter(reservationConverter);
export const unitRef = (db: Firestore, tenantId: string, unitId: string) =>
  db.doc(paths.unit(tenantId, unitId)).withConverter(unitConverter);
const queueRef = (db: Firestore, tenantId: string, unitId: string) =>
  db.doc(paths.reservationQueue(tenantId, unitId)).withConverter(queueConverter);
const clientRef = (db: Firestore, tenantId: string, contactId: string) =>
  db.doc(paths.reservationClient(tenantId, contactId)).withConverter(clientConverter);

/** Who asks: a collaborator of the tenant, or a client of their own client space. */
export type ReservationCaller =
  | { kind: 'staff'; tenantId: string; uid: string; name: string; actor: Actor }
  | { kind: 'client'; tenantId: string; uid: string; name: string; contactId: string };

const COLLABORATOR_ROLES = new Set(['owner', 'admin', 'manager', 'agent']);

/** A collaborator (partners do not sell units), read inside the transaction. */
export async function readStaff(
  db: Firestore,
  tx: Transaction,
  caller: Caller,
): Promise<ReservationCaller & { kind: 'staff' }> {
  const actor = await readActor(db, tx, caller);
  if (!COLLABORATOR_ROLES.has(actor.role)) {
    throw new Refusal('permission-denied', 'Only the sales team may do this.', 'not-staff');
  }
  return { kind: 'staff', tenantId: actor.tenantId, uid: actor.uid, name: actor.member.displayName, actor };
}

/** The caller as staff, or as a client whose client space still belongs to their account. */
export async function readReservationCaller(
  db: Firestore,
  tx: Transaction,
  caller: Caller,
): Promise<ReservationCaller> {
  const claims = caller.claims;
  if (claims?.role !== 'client') return readStaff(db, tx, caller);
  const contactId = claims.contactId;
  const contact = contactId
    ? (await tx.get(db.doc(paths.contact(claims.tenantId, contactId)).withConverter(contactConverter))).data()
    : undefined;
  if (!contactId || !contact || contact.portal.uid !== caller.uid || contact.portal.status === 'none') {
    throw new Refusal('permission-denied', 'Your client space is not active.', 'client-space-not-active');
  }
  return { kind: 'client', tenantId: claims.tenantId, uid: caller.uid, name: contactFullName(contact), contactId };
}

export async function readReservationSettings(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
): Promise<ReservationSettings> {
  const snapshot = await tx.get(db.doc(paths.reservationSettings(tenantId)));
  return readSettings(reservationSettingsModel, snapshot, {
    ...DEFAULT_RESERVATION_SETTINGS,
    updatedAt: new Date(0),
    updatedBy: '',
  });
}

export async function readUnit(db: Firestore, tx: Transaction, tenantId: string, unitId: string): Promise<Unit> {
  const unit = (await tx.get(unitRef(db, tenantId, unitId))).data();
  if (!unit) throw new Refusal('not-found', 'This unit does not exist.', 'unit-not-found');
  return unit;
}

/** The project's and building's names, copied onto the reservation (empty when either is gone). */
export async function readUnitPlace(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  unit: Unit,
): Promise<{ projectName: string; buildingName: string }> {
  const [project, building] = await Promise.all([
    tx.get(db.doc(paths.project(tenantId, unit.projectId)).withConverter(projectConverter)),
    tx.get(db.doc(paths.building(tenantId, unit.buildingId)).withConverter(buildingConverter)),
  ]);
  return { projectName: project.data()?.name ?? '', buildingName: building.data()?.name ?? '' };
}

export async function readQueue(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  unitId: string,
  now: Date,
): Promise<ReservationQueue> {
  return (
    (await tx.get(queueRef(db, tenantId, unitId))).data() ?? {
      unitId,
      reservationIds: [],
      nextPosition: 1,
      updatedAt: now,
    }
  );
}

export async function readClient(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  contactId: string,
  now: Date,
): Promise<ReservationClient> {
  return (await tx.get(clientRef(db, tenantId, contactId))).data() ?? { contactId, reservationIds: [], updatedAt: now };
}

export function writeQueue(db: Firestore, tx: Transaction, tenantId: string, queue: ReservationQueue): void {
  tx.set(queueRef(db, tenantId, queue.unitId), queue);
}

export function writeClient(db: Firestore, tx: Transaction, tenantId: string, client: ReservationClient): void {
  tx.set(clientRef(db, tenantId, client.contactId), client);
}

/** The unit's status and hold follow its active reservation (or its absence). */
export function writeUnitHold(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  unitId: string,
  active: Reservation | null,
  now: Date,
): void {
  const hold = active
    ? {
        reservationId: active.id,
        contactId: active.contactId,
        contactName: active.contactName,
        kind: active.kind,
        until: active.until ?? now,
      }
    : null;
  tx.update(unitRef(db, tenantId, unitId), toStored({ status: active ? 'reserved' : 'free', hold, updatedAt: now }));
}

/** Derived from the reservation and its event, so a retried call or run writes it once. */
function reservationEntryId(reservationId: string, event: ReservationEvent, index = 0): string {
  return `reservation-${reservationId}-${event}${index ? `-${index}` : ''}`;
}

/** The client file's history entry of a reservation event, in the tenant's language. */
export function writeReservationEntry(
  db: Firestore,
  tx: Transaction,
  tenant: Pick<Tenant, 'id' | 'locale' | 'country'>,
  args: { reservation: Reservation; event: ReservationEvent; authorUid: string; now: Date; index?: number },
): void {
  const { reservation, event, now } = args;
  const entryRef = db
    .doc(paths.historyEntry(tenant.id, reservationEntryId(reservation.id, event, args.index)))
    .withConverter(historyConverter);
  const until = reservation.until ? formatReservationTime(reservation.until, tenant.locale, tenant.country) : '';
  const entry: HistoryEntry = {
    id: entryRef.id,
    type: 'reservation',
    occurredAt: now,
    authorUid: args.authorUid,
    contactIds: [reservation.contactId],
    // No property: a unit is not a listed property, and an entry without one moves no phase.
    propertyId: null,
    dealId: null,
    text: reservationHistoryText(tenant.locale, { unit: reservationUnitLabel(reservation), event, until }),
    phase: null,
    phaseChange: null,
    createdAt: now,
  };
  tx.set(entryRef, entry);
}

/** How mails and history name the unit: its number, building and project. */
function reservationUnitLabel(reservation: Pick<Reservation, 'unitNumber' | 'buildingName' | 'projectName'>): string {
  return [reservation.unitNumber, reservation.buildingName, reservation.projectName].filter(Boolean).join(', ');
}

/** One mail per reservation, event and reader: a replayed run finds it queued. */
export function reservationMailId(reservationId: string, event: ReservationEvent, reader: 'client' | 'agent'): string {
  return `reservation-${event}-${reader}-${reservationId}`;
}

function mailData(reservation: Reservation, locale: Locale, tenant: Tenant, event: ReservationEvent) {
  const until = reservation.until ? formatReservationTime(reservation.until, locale, tenant.country) : '';
  return {
    unitNumber: reservation.unitNumber,
    projectName: reservation.projectName,
    buildingName: reservation.buildingName,
    until,
    event: reservationEventWords(locale, event, until),
  };
}

/** Mails of one event, read before the transaction's writes and queued after them. */
interface EventMails {
  queue(): void;
}

/**
 * Reads what mailing `reservation`'s client and their manager about `event` needs (inside `tx`, before
 * any write) and returns how to queue it. `to` says who is told: `ended`/`granted` go to the client
 * (`reservation-ended`, `reservation-granted`), the manager gets `reservation-update` either way.
 */
async function prepareEventMails(
  db: Firestore,
  tx: Transaction,
  links: AppLinks,
  args: {
    tenantId: string;
    reservation: Reservation;
    event: ReservationEvent;
    client: boolean;
    agent: boolean;
    now: Date;
  },
): Promise<EventMails> {
  const { reservation, event } = args;
  const clientMailId = reservationMailId(reservation.id, event, 'client');
  const agentMailId = reservationMailId(reservation.id, event, 'agent');
  const mailing: ClientMailing | null = await readClientMailing(
    db,
    tx,
    args.tenantId,
    reservation.contactId,
    [clientMailId, agentMailId],
    args.now,
  );
  return {
    queue() {
      if (!mailing) return;
      // `reservation` may have changed since (a promotion's fresh term): the caller passes the final one.
      if (args.client) {
        mailing.toClient({
          templateId: event === 'granted' ? 'reservation-granted' : 'reservation-ended',
          data: mailData(reservation, mailing.contact.locale, mailing.tenant, event),
          mailId: clientMailId,
          optional: false,
        });
      }
      if (args.agent) {
        mailing.toAgent({
          templateId: 'reservation-update',
          data: {
            ...mailData(reservation, mailing.agent?.locale ?? mailing.tenant.locale, mailing.tenant, event),
            link: links.link('admin', mailing.tenant, '/reservations'),
          },
          mailId: agentMailId,
        });
      }
    },
  };
}

/**
 * Ends the unit's active `reservation` (expired or cancelled) in `tx` and hands the unit to the first
 * in its queue with a fresh term, or frees it. Every read happens here before any write: the caller
 * must have done its own reads already and do its writes after. Returns the promoted reservation, if any.
 */
export async function endActiveReservation(
  db: Firestore,
  tx: Transaction,
  links: AppLinks,
  args: {
    tenant: Tenant;
    settings: ReservationSettings;
    reservation: Reservation;
    status: 'expired' | 'cancelled';
    by: string;
    /** Whether the ended reservation's client and manager are mailed. */
    mailClient: boolean;
    mailAgent: boolean;
    now: Date;
  },
): Promise<Reservation | null> {
  const { tenant, reservation, now } = args;
  const tenantId = tenant.id;
  const event: ReservationEvent = args.status === 'expired' ? 'expired' : 'cancelled';
  const [unit, queue, client] = await Promise.all([
    tx.get(unitRef(db, tenantId, reservation.unitId)).then((snapshot) => snapshot.data()),
    readQueue(db, tx, tenantId, reservation.unitId, now),
    readClient(db, tx, tenantId, reservation.contactId, now),
  ]);
  const nextId = queue.reservationIds[0];
  const next = nextId ? (await tx.get(reservationRef(db, tenantId, nextId))).data() : undefined;
  // The unit follows only when this reservation is the one it holds (a unit changed by hand is left).
  const holdsUnit = unit?.hold?.reservationId === reservation.id;
  const nextClient = holdsUnit && next?.status === 'queued' ? next : undefined;
  const endedMails = await prepareEventMails(db, tx, links, {
    tenantId,
    reservation,
    event,
    client: args.mailClient,
    agent: args.mailAgent,
    now,
  });
  const winner = nextClient ? promoted(nextClient, args.settings, now) : null;
  const grantedMails = winner
    ? await prepareEventMails(db, tx, links, {
        tenantId,
        reservation: winner,
        event: 'granted',
        client: true,
        agent: true,
        now,
      })
    : null;

  const ended: Reservation = { ...reservation, status: args.status, endedAt: now, endedBy: args.by, updatedAt: now };
  tx.set(reservationRef(db, tenantId, reservation.id), ended);
  writeClient(db, tx, tenantId, {
    ...client,
    reservationIds: client.reservationIds.filter((id) => id !== reservation.id),
    updatedAt: now,
  });
  writeReservationEntry(db, tx, tenant, { reservation: ended, event, authorUid: args.by, now });
  if (winner) {
    tx.set(reservationRef(db, tenantId, winner.id), winner);
    writeQueue(db, tx, tenantId, { ...queue, reservationIds: queue.reservationIds.slice(1), updatedAt: now });
    writeReservationEntry(db, tx, tenant, { reservation: winner, event: 'granted', authorUid: SYSTEM_AUTHOR_UID, now });
    writeUnitHold(db, tx, tenantId, reservation.unitId, winner, now);
  } else {
    if (nextId && next?.status !== 'queued') {
      // A queue naming a reservation no longer queued: drop it so the next run looks further.
      writeQueue(db, tx, tenantId, { ...queue, reservationIds: queue.reservationIds.slice(1), updatedAt: now });
    }
    if (holdsUnit) writeUnitHold(db, tx, tenantId, reservation.unitId, null, now);
  }
  endedMails.queue();
  grantedMails?.queue();
  return winner;
}
