// The expiry run of reservations-releaseDue with 10 000 active reservations of which 2 000 are due: the
// bench seeds a developer tenant's units, clients and reservations (as reservations-reserveUnit leaves
// them), then times releaseDueReservations' handler at a chosen time and counts the documents it reads.
import {
  DEFAULT_RESERVATION_SETTINGS,
  paths,
  reservationModel,
  unitModel,
  type Reservation,
  type Unit,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { converterOf, toStored } from '../../functions/src/lib/converters';
import { appLinks } from '../../functions/src/lib/app-links';
import { releaseDueReservations, RELEASE_PAGE_SIZE } from '../../functions/src/reservations/release-due.handler';
import { contactDoc } from '../support/contacts';

const HOUR = 3_600_000;
/**
 * What one release's transaction reads besides the page that found it: the reservation, the tenant, the
 * reservation settings, the unit, its queue document, the client's open reservations, and for the mails
 * the tenant, the contact, their preferences, the two mail ids and the contact's agent (member).
 */
const READS_PER_RELEASE = 12;

export interface ReleaseFigures {
  active: number;
  due: number;
  pageSize: number;
  /** Wall time of the run that released every due reservation. */
  runMs: number;
  released: number;
  /** Due reservations the paging queries returned. */
  queryReads: number;
  /** queryReads + released × READS_PER_RELEASE. */
  documentsRead: number;
  /** A second run at the same time: nothing left to release. */
  replayMs: number;
  replayReleased: number;
}

/** Seeds `active` active reservations on as many units, `due` of them past their term at `now`. */
export async function seedReservationsBench(
  db: Firestore,
  options: { tenantId: string; agentUid: string; active: number; due: number; now: Date },
): Promise<void> {
  const { tenantId, now } = options;
  const writer = db.bulkWriter();
  const unitConverter = converterOf(unitModel);
  const reservationConverter = converterOf(reservationModel);
  const clients = Math.ceil(options.active / 2);
  for (let index = 0; index < clients; index += 1) {
    const contact = contactDoc({
      id: `client${index}`,
      lastName: `Клиент ${index}`,
      locale: 'ru',
      emails: [{ address: `client${index}@bench.example`, label: 'personal' }],
      assignedAgentUid: options.agentUid,
    });
    void writer.set(db.doc(paths.contact(tenantId, contact.id)), toStored({ ...contact }));
    void writer.set(
      db.doc(paths.reservationClient(tenantId, contact.id)),
      toStored({ contactId: contact.id, reservationIds: [`r${index * 2}`, `r${index * 2 + 1}`], updatedAt: now }),
    );
  }
  for (let index = 0; index < options.active; index += 1) {
    const isDue = index < options.due;
    // Due ones ended in the last minutes; the others end over the next days.
    const until = new Date(now.getTime() + (isDue ? -(index % 50) * 1000 - 1000 : HOUR + index * 60_000));
    const start = new Date(until.getTime() - 72 * HOUR);
    const contactId = `client${Math.floor(index / 2)}`;
    const reservation: Reservation = {
      id: `r${index}`,
      unitId: `u${index}`,
      projectId: 'p1',
      buildingId: `b${index % 20}`,
      unitNumber: String(index + 1),
      projectName: 'ЖК Бенчмарк',
      buildingName: `Корпус ${(index % 20) + 1}`,
      contactId,
      contactName: `Клиент ${Math.floor(index / 2)}`,
      kind: 'offline',
      status: 'active',
      start,
      until,
      queuePosition: null,
      queuedAt: null,
      createdBy: options.agentUid,
      createdByName: 'Bench',
      extensions: [],
      endedAt: null,
      endedBy: null,
      createdAt: start,
      updatedAt: start,
    };
    const unit: Unit = {
      id: reservation.unitId,
      projectId: 'p1',
      buildingId: reservation.buildingId,
      section: '1',
      number: reservation.unitNumber,
      floor: 1 + (index % 25),
      position: 1 + (index % 8),
      kind: 'apartment',
      rooms: 1 + (index % 4),
      area: 40 + (index % 60),
      livingArea: null,
      kitchenArea: null,
      finish: 'whiteBox',
      price: 6_000_000 + index * 1000,
      status: 'reserved',
      layout: null,
      priceFixed: false,
      hold: { reservationId: reservation.id, contactId, contactName: reservation.contactName, kind: 'offline', until },
      createdAt: start,
      updatedAt: start,
    };
    void writer.set(
      db.doc(paths.reservation(tenantId, reservation.id)).withConverter(reservationConverter),
      reservation,
    );
    void writer.set(db.doc(paths.unit(tenantId, unit.id)).withConverter(unitConverter), unit);
  }
  void writer.set(
    db.doc(paths.reservationSettings(tenantId)),
    toStored({ ...DEFAULT_RESERVATION_SETTINGS, updatedAt: now, updatedBy: options.agentUid }),
  );
  await writer.close();
}

/** Runs the expiry at `now` once (releasing every due reservation) and once more (a replay). */
export async function measureReleaseDue(
  db: Firestore,
  options: { active: number; due: number; now: Date },
): Promise<ReleaseFigures> {
  const deps = { db, links: appLinks(null) };
  const started = performance.now();
  // A bench run has no deadline: the figure is the time the whole backlog takes.
  const run = await releaseDueReservations(deps, options.now, { budgetMs: Number.POSITIVE_INFINITY });
  const runMs = performance.now() - started;
  if (run.released !== options.due) throw new Error(`released ${run.released} of ${options.due} due reservations`);
  const replayStarted = performance.now();
  const replay = await releaseDueReservations(deps, options.now);
  const replayMs = performance.now() - replayStarted;
  return {
    active: options.active,
    due: options.due,
    pageSize: RELEASE_PAGE_SIZE,
    runMs: Math.round(runMs),
    released: run.released,
    queryReads: run.read,
    documentsRead: run.read + run.released * READS_PER_RELEASE,
    replayMs: Math.round(replayMs),
    replayReleased: replay.released,
  };
}
