import { monthOf, paths, type Booking, type Reservation } from '@estate/domain';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import type { Deps } from '../lib/deps';
import { marketingLog } from './marketing.log';

/** gRPC's ALREADY_EXISTS: the event's marker is there, so it was counted before. */
const ALREADY_EXISTS = 6;

/** Nested maps whose leaves are increments, merged into a month's counter. */
interface Increments {
  [field: string]: Increments | FieldValue | string;
}

const add = (value: number) => FieldValue.increment(value);

/**
 * Adds `increments` to the month's counter once per `eventKey`: the marker's `create` and the counter's
 * increments commit together or not at all, so a replayed event (same key) fails on the marker and
 * changes nothing. Increments commute, so events counted in any order add up the same.
 */
export async function countOnce(
  deps: Pick<Deps, 'db' | 'now'>,
  tenantId: string,
  eventKey: string,
  month: string,
  increments: Increments,
): Promise<boolean> {
  const { db } = deps;
  const now = deps.now();
  const batch = db.batch();
  batch.create(db.doc(paths.reportEvent(tenantId, eventKey)), { eventKey, month, countedAt: now });
  batch.set(db.doc(paths.reportCounter(tenantId, month)), { ...increments, month, updatedAt: now }, { merge: true });
  try {
    await batch.commit();
  } catch (error) {
    if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
    marketingLog.alreadyCounted(tenantId, eventKey);
    return false;
  }
  marketingLog.counted(tenantId, eventKey, month);
  return true;
}

/** The lead origin of a client as the contact says now; null when it has none or is gone. */
async function originOf(db: Firestore, tenantId: string, contactId: string): Promise<string | null> {
  const origin: unknown = (await db.doc(paths.contact(tenantId, contactId)).get()).get('originId');
  return typeof origin === 'string' && origin.length > 0 ? origin : null;
}

/** A contact created with an origin is a lead of that origin, in the month it was created. */
export async function countContactCreated(
  deps: Pick<Deps, 'db' | 'now'>,
  tenantId: string,
  contact: { id: string; originId: string | null; createdAt: Date },
): Promise<boolean> {
  if (!contact.originId) return false;
  return countOnce(deps, tenantId, `contact-${contact.id}`, monthOf(contact.createdAt), {
    leads: { [contact.originId]: add(1) },
  });
}

/**
 * A reservation made, or moved to another status: the month it was made counts it under its project
 * and its status now (one off the status it left); when made, under its client's origin too.
 */
export async function countReservationWritten(
  deps: Pick<Deps, 'db' | 'now'>,
  tenantId: string,
  before: Reservation | null,
  after: Reservation | null,
): Promise<boolean> {
  if (!after || before?.status === after.status) return false;
  const project: Increments = { projectName: after.projectName, [after.status]: add(1) };
  if (before) project[before.status] = add(-1);
  const increments: Increments = { reservations: { [after.projectId]: project } };
  if (!before) {
    const origin = await originOf(deps.db, tenantId, after.contactId);
    if (origin) increments.originReservations = { [origin]: add(1) };
  }
  return countOnce(deps, tenantId, `reservation-${after.id}-${after.status}`, monthOf(after.createdAt), increments);
}

/** An offer paid is a sale in the month of its payment: under its building, and its client's origin. */
export async function countBookingWritten(
  deps: Pick<Deps, 'db' | 'now'>,
  tenantId: string,
  before: Booking | null,
  after: Booking | null,
): Promise<boolean> {
  if (!after || after.status !== 'paid' || before?.status === 'paid' || !after.paidAt) return false;
  const increments: Increments = {
    sales: {
      [after.buildingId]: {
        projectId: after.projectId,
        projectName: after.projectName,
        buildingName: after.buildingName,
        count: add(1),
        amount: add(after.price),
      },
    },
  };
  const origin = await originOf(deps.db, tenantId, after.contactId);
  if (origin) increments.originSales = { [origin]: add(1) };
  return countOnce(deps, tenantId, `booking-${after.id}-paid`, monthOf(after.paidAt), increments);
}
