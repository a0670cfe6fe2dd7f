import { appointmentModel, APPOINTMENTS_PAGE_SIZE, isTeamManager, paths, type Appointment } from '@estate/domain';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  Timestamp,
  where,
  type QueryFieldFilterConstraint,
} from 'firebase/firestore';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';
import type { ContactsViewer } from '../../contacts';
import { db } from '../../../lib/firebase/firebase-app';

const appointmentConverter = converterOf(appointmentModel);

/** Who reads appointments: their clause in "own" visibility depends on the setting, their uid and role. */
export type AppointmentsViewer = ContactsViewer;

/** The calendar holds at most this many appointments of one agent over a week or the agenda's month. */
const CALENDAR_LIMIT = 300;
/** In "own" mode a client file lists the viewer's latest appointments naming the client (see below). */
const OWN_CONTACT_SCAN = 100;

/**
 * The clause the rules demand (docs/data-model.md, appointments), or null when the viewer reads them
 * all: owner and admin, and everybody while clients are shared.
 */
function visibilityClause(viewer: AppointmentsViewer): QueryFieldFilterConstraint | null {
  if (isTeamManager(viewer.role) || viewer.visibility === 'shared') return null;
  return where('viewerUids', 'array-contains', viewer.uid);
}

const appointments = (tenantId: string) =>
  collection(db, paths.appointments(tenantId)).withConverter(appointmentConverter);

/** One agent's appointments starting in [from, to), by start (index: agentUid + startsAt). */
export async function fetchAgentAppointments(
  tenantId: string,
  viewer: AppointmentsViewer,
  agentUid: string,
  from: Date,
  to: Date,
): Promise<Appointment[]> {
  const visible = visibilityClause(viewer);
  const snapshot = await getDocs(
    query(
      appointments(tenantId),
      ...(visible ? [visible] : []),
      where('agentUid', '==', agentUid),
      where('startsAt', '>=', Timestamp.fromDate(from)),
      where('startsAt', '<', Timestamp.fromDate(to)),
      orderBy('startsAt'),
      limit(CALENDAR_LIMIT),
    ),
  );
  return readDocs(snapshot);
}

/** A property's latest appointments, newest first (index: propertyId + startsAt). */
export async function fetchPropertyAppointments(
  tenantId: string,
  viewer: AppointmentsViewer,
  propertyId: string,
): Promise<Appointment[]> {
  const visible = visibilityClause(viewer);
  const snapshot = await getDocs(
    query(
      appointments(tenantId),
      ...(visible ? [visible] : []),
      where('propertyId', '==', propertyId),
      orderBy('startsAt', 'desc'),
      limit(APPOINTMENTS_PAGE_SIZE * 2),
    ),
  );
  return readDocs(snapshot);
}

/**
 * A client's latest appointments, newest first. A query may hold one `array-contains` only, so in
 * "own" visibility (where the rules want `viewerUids array-contains` the viewer) it reads the viewer's
 * latest appointments and keeps those naming the client: the viewer sees the client, so they are in
 * `viewerUids` of every appointment naming them.
 */
export async function fetchContactAppointments(
  tenantId: string,
  viewer: AppointmentsViewer,
  contactId: string,
): Promise<Appointment[]> {
  const visible = visibilityClause(viewer);
  if (visible === null) {
    const snapshot = await getDocs(
      query(
        appointments(tenantId),
        where('contactIds', 'array-contains', contactId),
        orderBy('startsAt', 'desc'),
        limit(APPOINTMENTS_PAGE_SIZE * 2),
      ),
    );
    return readDocs(snapshot);
  }
  const snapshot = await getDocs(
    query(appointments(tenantId), visible, orderBy('startsAt', 'desc'), limit(OWN_CONTACT_SCAN)),
  );
  return readDocs(snapshot).filter((appointment) => appointment.contactIds.includes(contactId));
}

export async function fetchAppointment(tenantId: string, appointmentId: string): Promise<Appointment | null> {
  return readDoc(await getDoc(doc(appointments(tenantId), appointmentId)));
}

/** A new appointment's id, made once per form so a retried save creates nothing twice. */
export function newAppointmentId(): string {
  return doc(appointments('_')).id;
}
