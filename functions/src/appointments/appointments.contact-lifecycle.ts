import { paths, uniqueUids } from '@estate/domain';
import type { DocumentSnapshot, Firestore, Query } from 'firebase-admin/firestore';
import { z } from 'zod';
import type { ContactLifecycleParticipant } from '../contacts/contact-lifecycle';
import { deleteAll } from '../lib/batches';
import { appointmentViewerUids } from './appointment-store';
import { runTransaction } from '../lib/transactions';

/** Appointments a page's transaction rewrites (it also reads their agents and clients). */
const PAGE_SIZE = 100;

/** The stored fields a recomputation reads; read raw so an appointment written before a schema change still counts. */
const storedAppointmentSchema = z.object({
  agentUid: z.string().min(1),
  createdBy: z.string().min(1),
  contactIds: z.array(z.string()).catch([]),
  viewerUids: z.array(z.string()).catch([]),
});

const contactViewersSchema = z.object({
  assignedAgentUid: z.string().min(1),
  managerUid: z.string().nullable().catch(null).default(null),
  sharedWithUids: z.array(z.string()).catch([]).default([]),
});

const namingContact = (db: Firestore, tenantId: string, contactId: string): Query =>
  db.collection(paths.appointments(tenantId)).where('contactIds', 'array-contains', contactId);

/**
 * Recomputes `viewerUids` of the appointments naming a contact, from their agents and clients as they
 * are now, a page per transaction; writes only those that differ, so a replayed event changes nothing.
 */
async function syncContactAppointments(db: Firestore, tenantId: string, contactId: string): Promise<number> {
  let changed = 0;
  let after: DocumentSnapshot | null = null;
  for (;;) {
    const ordered = namingContact(db, tenantId, contactId).orderBy('__name__').limit(PAGE_SIZE);
    const page: Query = after ? ordered.startAfter(after) : ordered;
    const { written, last, full } = await runTransaction(db, async (tx) => {
      const snapshot = await tx.get(page);
      const items = snapshot.docs.flatMap((doc) => {
        const parsed = storedAppointmentSchema.safeParse(doc.data());
        return parsed.success ? [{ doc, appointment: parsed.data }] : [];
      });
      const agentUids = uniqueUids(items.map(({ appointment }) => appointment.agentUid));
      const contactIds = uniqueUids(items.flatMap(({ appointment }) => appointment.contactIds));
      const refs = [
        ...agentUids.map((uid) => db.doc(paths.member(tenantId, uid))),
        ...contactIds.map((id) => db.doc(paths.contact(tenantId, id))),
      ];
      const read = refs.length > 0 ? await tx.getAll(...refs) : [];
      const managerOf = new Map(
        read.slice(0, agentUids.length).map((member, index) => {
          const managerUid: unknown = member.get('managerUid');
          return [agentUids[index], typeof managerUid === 'string' ? managerUid : null] as const;
        }),
      );
      const viewersOf = new Map(
        read.slice(agentUids.length).map((contact, index) => {
          const parsed = contactViewersSchema.safeParse(contact.data());
          return [contactIds[index], parsed.success ? parsed.data : null] as const;
        }),
      );
      let writes = 0;
      for (const { doc, appointment } of items) {
        const contacts = appointment.contactIds.flatMap((id) => {
          const viewers = viewersOf.get(id);
          return viewers ? [viewers] : [];
        });
        const wanted = appointmentViewerUids(appointment, managerOf.get(appointment.agentUid) ?? null, contacts);
        const same =
          wanted.length === appointment.viewerUids.length &&
          wanted.every((uid, index) => uid === appointment.viewerUids[index]);
        if (same) continue;
        tx.update(doc.ref, { viewerUids: wanted });
        writes += 1;
      }
      return { written: writes, last: snapshot.docs.at(-1) ?? null, full: snapshot.size === PAGE_SIZE };
    });
    changed += written;
    if (!full || last === null) return changed;
    after = last;
  }
}

/** Appointments about this contact alone go; the others only lose the contact. Their requests go. */
async function eraseFromAppointments(db: Firestore, tenantId: string, contactId: string): Promise<number> {
  let removed = 0;
  for (;;) {
    const page = await runTransaction(db, async (tx) => {
      const snapshot = await tx.get(namingContact(db, tenantId, contactId).limit(PAGE_SIZE));
      for (const doc of snapshot.docs) {
        const contactIds: unknown = doc.get('contactIds');
        const others = Array.isArray(contactIds) ? contactIds.filter((id) => id !== contactId) : [];
        if (others.length === 0) tx.delete(doc.ref);
        else tx.update(doc.ref, { contactIds: others });
      }
      return snapshot.size;
    });
    if (page === 0) break;
    removed += page;
  }
  const requests = db.collection(paths.appointmentRequests(tenantId)).where('contactId', '==', contactId);
  return removed + (await deleteAll(db, requests));
}

/**
 * Appointments name contacts in `contactIds` (and copy who sees them into `viewerUids`); change
 * requests name their client in `contactId`.
 */
export const appointmentsContactLifecycle = {
  name: 'appointments',
  async merged({ db, tenantId, keep, mergeId, inBatches }) {
    const [appointments, requests] = await Promise.all([
      namingContact(db, tenantId, mergeId).get(),
      db.collection(paths.appointmentRequests(tenantId)).where('contactId', '==', mergeId).get(),
    ]);
    await inBatches(appointments.docs, (tx, doc) => {
      const ids = (doc.get('contactIds') as string[]).map((id) => (id === mergeId ? keep.id : id));
      tx.update(doc.ref, { contactIds: [...new Set(ids)] });
    });
    await inBatches(requests.docs, (tx, doc) => tx.update(doc.ref, { contactId: keep.id }));
    await syncContactAppointments(db, tenantId, keep.id);
    return { appointments: appointments.size, appointmentRequests: requests.size };
  },
  async erased({ deps, tenantId, contactId, count }) {
    await count('appointments', await eraseFromAppointments(deps.db, tenantId, contactId));
  },
  viewersChanged: ({ deps, tenantId, contactId }) => syncContactAppointments(deps.db, tenantId, contactId),
} satisfies ContactLifecycleParticipant;
