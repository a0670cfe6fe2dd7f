import {
  appointmentModel,
  APPOINTMENTS_PAGE_SIZE,
  appointmentRequestInputSchema,
  paths,
  type Appointment,
} from '@estate/domain';
import { collection, doc, limit, orderBy, query, serverTimestamp, setDoc, Timestamp, where } from 'firebase/firestore';
import { converterOf, readDocs } from '@estate/web-shared/firestore';
import { clientStore, readQuery, sendWrite } from '../../../lib/firebase/client-store';

const appointmentConverter = converterOf(appointmentModel);

/**
 * The appointments naming the client, upcoming (from `now`, soonest first) or past (latest first): one
 * page each, `contactIds array-contains` their contact id, which is what the rules ask of a client.
 */
export async function fetchClientAppointments(
  tenantId: string,
  contactId: string,
  when: 'upcoming' | 'past',
  now: Date,
): Promise<Appointment[]> {
  const snapshot = await readQuery(
    query(
      collection(clientStore(), paths.appointments(tenantId)).withConverter(appointmentConverter),
      where('contactIds', 'array-contains', contactId),
      where('startsAt', when === 'upcoming' ? '>=' : '<', Timestamp.fromDate(now)),
      orderBy('startsAt', when === 'upcoming' ? 'asc' : 'desc'),
      limit(APPOINTMENTS_PAGE_SIZE),
    ),
  );
  return readDocs(snapshot);
}

/**
 * The client asks for a change: a new document under an id made here, written directly (the rules
 * check it is theirs and its shape); the agency's function mails their agent.
 */
export async function requestAppointmentChange(
  tenantId: string,
  input: { appointmentId: string; contactId: string; text: string },
): Promise<string> {
  const ref = doc(collection(clientStore(), paths.appointmentRequests(tenantId)));
  const request = appointmentRequestInputSchema.parse({ id: ref.id, ...input });
  await sendWrite(setDoc(ref, { ...request, createdAt: serverTimestamp() }));
  return ref.id;
}
