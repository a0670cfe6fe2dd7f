import {
  acceptanceAppointmentSlots,
  acceptanceContactIds,
  appointmentMailId,
  APPOINTMENT_KIND_LABELS,
  isCollaborator,
  offerAppointmentId,
  paths,
  type AnswerOfferInput,
  type Appointment,
  type Contact,
  type Locale,
  type Offer,
  type Property,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import {
  appointmentConverter,
  appointmentViewerUids,
  prepareAppointmentMails,
  propertyLabelOf,
} from '../appointments/appointment-store';
import type { AppLinks } from '../lib/app-links';
import { contactConverter, memberConverter } from '../lib/converters';
import type { Actor } from '../lib/staff';

type Acceptance = Extract<AnswerOfferInput, { kind: 'accept' }>;

/**
 * The signing appointments of an accepted offer (the preliminary contract, the deed), read inside the
 * answer's transaction before its writes. Their ids derive from the offer, so an appointment already
 * there is left as it is. They are held by the property's agent (the actor when that agent is no
 * longer an active collaborator), name the buyers and the property's sellers who still exist, and each
 * client is mailed them once as a created appointment (`appointmentMailId(id, 0, contactId)`). The
 * returned function writes them and queues the mails; it returns the ids written.
 */
export async function prepareAcceptanceAppointments(
  db: Firestore,
  tx: Transaction,
  links: AppLinks,
  args: { actor: Actor; offer: Offer; property: Property; input: Acceptance; locale: Locale; now: Date },
): Promise<() => string[]> {
  const { actor, offer, property, input, locale, now } = args;
  const tenantId = actor.tenantId;
  const slots = acceptanceAppointmentSlots(input).map((slot) => ({
    ...slot,
    ref: db
      .doc(paths.appointment(tenantId, offerAppointmentId(offer.id, slot.kind)))
      .withConverter(appointmentConverter),
  }));
  const candidates = acceptanceContactIds(offer.buyerContactIds, property.sellerContactIds);
  const [agentMember, contactSnapshots, ...existing] = await Promise.all([
    property.assignedAgentUid === actor.uid
      ? Promise.resolve(actor.member)
      : tx
          .get(db.doc(paths.member(tenantId, property.assignedAgentUid)).withConverter(memberConverter))
          .then((snapshot) => snapshot.data() ?? null),
    Promise.all(
      candidates.map((contactId) => tx.get(db.doc(paths.contact(tenantId, contactId)).withConverter(contactConverter))),
    ),
    ...slots.map((slot) => tx.get(slot.ref)),
  ]);
  const agent =
    agentMember && agentMember.status === 'active' && isCollaborator(agentMember.role)
      ? { uid: property.assignedAgentUid, managerUid: agentMember.managerUid }
      : { uid: actor.uid, managerUid: actor.member.managerUid };
  // A client erased meanwhile is left out; without any client there is no client appointment to make.
  const contacts = contactSnapshots
    .map((snapshot) => snapshot.data())
    .filter((contact): contact is Contact => !!contact);
  const contactIds = contacts.map((contact) => contact.id);
  const toCreate = contactIds.length === 0 ? [] : slots.filter((_, index) => !existing[index]?.exists);

  const sends: Array<(appointment: Appointment) => number> = [];
  for (const slot of toCreate) {
    const plans = contactIds.map((contactId) => ({
      contactId,
      templateId: 'appointment-created' as const,
      mailId: appointmentMailId(slot.ref.id, 0, contactId),
    }));
    sends.push(await prepareAppointmentMails(db, tx, links, tenantId, plans, now));
  }

  return () =>
    toCreate.map((slot, index) => {
      const appointment: Appointment = {
        id: slot.ref.id,
        kind: slot.kind,
        title: `${APPOINTMENT_KIND_LABELS[locale][slot.kind]} · ${offer.propertyReference}`,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        place: slot.place,
        propertyId: property.id,
        externalProperty: null,
        contactIds,
        agentUid: agent.uid,
        status: 'scheduled',
        cancelReason: null,
        sequence: 0,
        propertyLabel: propertyLabelOf(property),
        createdBy: actor.uid,
        createdAt: now,
        updatedAt: now,
        doneAt: null,
        cancelledAt: null,
        viewerUids: appointmentViewerUids({ agentUid: agent.uid, createdBy: actor.uid }, agent.managerUid, contacts),
      };
      tx.create(slot.ref, appointment);
      sends[index]?.(appointment);
      return appointment.id;
    });
}
