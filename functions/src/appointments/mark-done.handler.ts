import {
  clientListingId,
  listingVisited,
  paths,
  visitDoneText,
  visitEntryId,
  type Appointment,
  type AppointmentResult,
  type HistoryEntry,
  type MarkAppointmentDoneInput,
} from '@estate/domain';
import { readCollaboratorActor, readContactsSettings } from '../contacts/contact-access';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { listingRef } from '../listings/listing-store';
import { historyConverter } from '../pipeline/pipeline-store';
import { appointmentsLog } from './appointments.log';
import { appointmentClosed, appointmentConverter, readVisibleAppointment } from './appointment-store';
import { runTransaction } from '../lib/transactions';

/**
 * Marks an appointment that has started as done. A visit also writes its `visit` history entry, under
 * an id derived from the appointment, naming its property and visitors: `pipeline-onHistoryCreated`
 * then counts it on the property (visitCount) and moves the visitors' phases, once. A partner's
 * property is recorded the same way on the buyers' files, without a property of the agency. The
 * visitors' listings of that property move to Visité(s) (`listingVisited`), where they write their
 * report. A retried call finds it done and writes nothing.
 */
export async function markAppointmentDone(
  deps: Deps,
  caller: Caller,
  input: MarkAppointmentDoneInput,
): Promise<AppointmentResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readCollaboratorActor(db, tx, caller);
    const tenantId = actor.tenantId;
    const { visibility } = await readContactsSettings(db, tx, tenantId);
    const existing = await readVisibleAppointment(db, tx, actor, visibility, input.appointmentId);
    if (existing.status === 'done') return null;
    if (existing.status !== 'scheduled') throw appointmentClosed(existing.status);
    if (existing.startsAt.getTime() > now.getTime()) {
      throw new Refusal('failed-precondition', 'This appointment has not started yet.', 'appointment-not-started');
    }
    const entryRef = db.doc(paths.historyEntry(tenantId, visitEntryId(existing.id))).withConverter(historyConverter);
    const isVisit = existing.kind === 'visit';
    const propertyId = isVisit ? existing.propertyId : null;
    const [entrySnapshot, tenant, listings] = await Promise.all([
      tx.get(entryRef),
      readTenant(db, tx, tenantId),
      Promise.all(
        propertyId === null
          ? []
          : existing.contactIds.map(async (contactId) =>
              (await tx.get(listingRef(db, tenantId, clientListingId(contactId, propertyId)))).data(),
            ),
      ),
    ]);
    const done: Appointment = { ...existing, status: 'done', doneAt: now, updatedAt: now };
    tx.set(db.doc(paths.appointment(tenantId, existing.id)).withConverter(appointmentConverter), done);
    for (const listing of listings) {
      const visited = listing ? listingVisited(listing, now) : null;
      if (listing && visited) tx.update(listingRef(db, tenantId, listing.id), { ...visited, updatedAt: now });
    }
    const logVisit = isVisit && !entrySnapshot.exists;
    if (logVisit) {
      const entry: HistoryEntry = {
        id: entryRef.id,
        type: 'visit',
        occurredAt: existing.startsAt,
        authorUid: actor.uid,
        contactIds: existing.contactIds,
        propertyId: existing.propertyId,
        dealId: null,
        text: visitDoneText(tenant.locale, existing),
        phase: null,
        createdAt: now,
      };
      tx.create(entryRef, entry);
    }
    return { tenantId, logVisit };
  });
  if (outcome) appointmentsLog.appointmentDone(outcome.tenantId, input.appointmentId, outcome.logVisit, caller.uid);
  return { appointmentId: input.appointmentId };
}
