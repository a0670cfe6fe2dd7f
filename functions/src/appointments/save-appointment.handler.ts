import {
  appointmentMailId,
  APPOINTMENT_MAX_DURATION_MS,
  canSeeContact,
  CLIENT_REMOVED_REASON,
  findAppointmentConflicts,
  isCollaborator,
  paths,
  propertyModel,
  sameAppointmentFields,
  type Appointment,
  type AppointmentFields,
  type Contact,
  type SaveAppointmentInput,
  type SaveAppointmentResult,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { readCollaboratorActor, readContactsSettings } from '../contacts/contact-access';
import type { Caller } from '../lib/caller';
import { contactConverter, memberConverter, readModel } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { appointmentsLog } from './appointments.log';
import {
  appointmentClosed,
  appointmentConverter,
  appointmentNotFound,
  appointmentViewerUids,
  canReadAppointment,
  prepareAppointmentMails,
  propertyLabelOf,
  type AppointmentMailPlan,
} from './appointment-store';
import { runTransaction } from '../lib/transactions';

/**
 * The scheduled appointments that may overlap [startsAt, endsAt) for this agent or these clients: those
 * starting less than the longest appointment before its end. Two bounded queries, each served by an
 * index (agentUid + startsAt, contactIds + startsAt).
 */
async function readNearbyAppointments(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  fields: Pick<AppointmentFields, 'agentUid' | 'contactIds' | 'startsAt' | 'endsAt'>,
): Promise<Appointment[]> {
  const collection = db.collection(paths.appointments(tenantId)).withConverter(appointmentConverter);
  const from = new Date(fields.startsAt.getTime() - APPOINTMENT_MAX_DURATION_MS);
  const [byAgent, byClients] = await Promise.all([
    tx.get(
      collection
        .where('agentUid', '==', fields.agentUid)
        .where('startsAt', '>', from)
        .where('startsAt', '<', fields.endsAt),
    ),
    tx.get(
      collection
        .where('contactIds', 'array-contains-any', fields.contactIds)
        .where('startsAt', '>', from)
        .where('startsAt', '<', fields.endsAt),
    ),
  ]);
  return [...byAgent.docs, ...byClients.docs].map((doc) => doc.data());
}

/**
 * Creates or edits an appointment and mails each client concerned once per version: created to those
 * newly named, changed to those kept, cancelled to those taken off. A retried call (what is stored is
 * what is asked) writes and mails nothing; an edit of a version other than the one the form showed is
 * refused. Overlaps with the agent's or the clients' other scheduled appointments are answered unsaved
 * until the agent acknowledges them. The caller must see every client named, and the agent be an
 * active collaborator.
 */
export async function saveAppointment(
  deps: Deps,
  caller: Caller,
  input: SaveAppointmentInput,
): Promise<SaveAppointmentResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readCollaboratorActor(db, tx, caller);
    const tenantId = actor.tenantId;
    const { visibility } = await readContactsSettings(db, tx, tenantId);
    const ref = db.doc(paths.appointment(tenantId, input.appointmentId)).withConverter(appointmentConverter);
    const existing = (await tx.get(ref)).data() ?? null;
    const fields: AppointmentFields = {
      kind: input.kind,
      title: input.title,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      place: input.place,
      propertyId: input.propertyId,
      externalProperty: input.externalProperty,
      contactIds: input.contactIds,
      agentUid: input.agentUid,
    };
    const unchanged = { tenantId, appointmentId: input.appointmentId, written: false, created: false };
    if (existing) {
      if (!canReadAppointment(visibility, actor, existing)) throw appointmentNotFound();
      if (existing.status === 'scheduled' && sameAppointmentFields(existing, fields)) {
        return { ...unchanged, result: { saved: true, sequence: existing.sequence, conflicts: [] } };
      }
      if (input.expectedSequence === null) {
        throw new Refusal('failed-precondition', 'An appointment with this id exists already.', 'appointment-exists');
      }
      if (existing.status !== 'scheduled') throw appointmentClosed(existing.status);
      if (existing.sequence !== input.expectedSequence) {
        throw new Refusal(
          'failed-precondition',
          'This appointment was changed meanwhile: open it again.',
          'appointment-changed',
        );
      }
    } else if (input.expectedSequence !== null) {
      throw appointmentNotFound();
    }

    const agent = (await tx.get(db.doc(paths.member(tenantId, input.agentUid)).withConverter(memberConverter))).data();
    if (!agent || agent.status !== 'active' || !isCollaborator(agent.role)) {
      throw new Refusal(
        'failed-precondition',
        'The appointment must be held by an active collaborator of the agency.',
        'agent-not-active',
      );
    }
    const contacts: Contact[] = [];
    for (const contactId of input.contactIds) {
      const contact = (await tx.get(db.doc(paths.contact(tenantId, contactId)).withConverter(contactConverter))).data();
      if (!contact || !canSeeContact(visibility, actor, contact)) {
        throw new Refusal(
          'not-found',
          'A client of this appointment does not exist or is not yours to see.',
          'contact-not-found',
        );
      }
      contacts.push(contact);
    }
    let propertyLabel = '';
    if (input.propertyId) {
      const property = readModel(propertyModel, await tx.get(db.doc(paths.property(tenantId, input.propertyId))));
      if (!property) throw new Refusal('not-found', 'This property does not exist.', 'property-not-found');
      propertyLabel = propertyLabelOf(property);
    }

    const nearby = await readNearbyAppointments(db, tx, tenantId, fields);
    const conflicts = findAppointmentConflicts({ id: input.appointmentId, ...fields }, nearby);
    if (conflicts.length > 0 && !input.acknowledgeConflicts) {
      const views = conflicts.map((conflict) => {
        const other = nearby.find((appointment) => appointment.id === conflict.appointmentId);
        return {
          appointmentId: conflict.appointmentId,
          reasons: conflict.reasons,
          contactIds: conflict.contactIds,
          // The other appointment's title often names its clients: only for those who read it.
          title: other && canReadAppointment(visibility, actor, other) ? other.title : null,
          startsAt: conflict.startsAt.toISOString(),
          endsAt: conflict.endsAt.toISOString(),
        };
      });
      return { ...unchanged, result: { saved: false, sequence: existing?.sequence ?? null, conflicts: views } };
    }

    const sequence = existing ? existing.sequence + 1 : 0;
    const before = existing?.contactIds ?? [];
    const plans: AppointmentMailPlan[] = [
      ...input.contactIds.map((contactId) => ({
        contactId,
        templateId: before.includes(contactId) ? ('appointment-changed' as const) : ('appointment-created' as const),
        mailId: appointmentMailId(input.appointmentId, sequence, contactId),
      })),
      ...before
        .filter((contactId) => !input.contactIds.includes(contactId))
        .map((contactId) => ({
          contactId,
          templateId: 'appointment-cancelled' as const,
          mailId: appointmentMailId(input.appointmentId, sequence, contactId),
          reason: (locale: Contact['locale']) => CLIENT_REMOVED_REASON[locale],
        })),
    ];
    const sendMails = await prepareAppointmentMails(db, tx, deps.links, tenantId, plans, now);

    const createdBy = existing?.createdBy ?? actor.uid;
    const appointment: Appointment = {
      ...fields,
      id: input.appointmentId,
      status: 'scheduled',
      cancelReason: null,
      sequence,
      propertyLabel,
      createdBy,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      doneAt: null,
      cancelledAt: null,
      viewerUids: appointmentViewerUids({ agentUid: input.agentUid, createdBy }, agent.managerUid, contacts),
    };
    tx.set(ref, appointment);
    sendMails(appointment);
    return {
      tenantId,
      appointmentId: input.appointmentId,
      written: true,
      created: existing === null,
      result: { saved: true, sequence, conflicts: [] },
    };
  });
  if (outcome.written) {
    appointmentsLog.appointmentSaved(
      outcome.tenantId,
      outcome.appointmentId,
      outcome.result.sequence ?? 0,
      outcome.created,
      caller.uid,
    );
  }
  return { appointmentId: input.appointmentId, ...outcome.result };
}
