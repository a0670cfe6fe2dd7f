import {
  appointmentModel,
  appointmentWhere,
  APPOINTMENT_KIND_LABELS,
  contactViewerUids,
  formatAppointmentTime,
  isTeamManager,
  paths,
  uniqueUids,
  type Appointment,
  type Contact,
  type ContactVisibility,
  type MailTemplateId,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import type { AppLinks } from '../lib/app-links';
import { readClientMailing, type ClientMailing } from '../lib/client-mail';
import { converterOf } from '../lib/converters';
import { Refusal } from '../lib/refusal';
import type { Actor } from '../lib/staff';

export const appointmentConverter = converterOf(appointmentModel);

export const appointmentNotFound = () =>
  new Refusal('not-found', 'This appointment does not exist or is not yours to see.', 'appointment-not-found');

export const appointmentClosed = (status: Appointment['status']) =>
  new Refusal('failed-precondition', `This appointment is ${status} already.`, 'appointment-closed');

/**
 * Whether the actor reads the appointment, as the rules decide it: owner and admin always, everybody
 * while clients are shared, else its `viewerUids` (its agent and author always among them).
 */
export function canReadAppointment(
  visibility: ContactVisibility,
  actor: Pick<Actor, 'uid' | 'role'>,
  appointment: Pick<Appointment, 'viewerUids' | 'agentUid' | 'createdBy'>,
): boolean {
  return (
    isTeamManager(actor.role) ||
    visibility === 'shared' ||
    appointment.viewerUids.includes(actor.uid) ||
    appointment.agentUid === actor.uid ||
    appointment.createdBy === actor.uid
  );
}

/** The appointment, if the actor reads it; one they do not read answers like a missing one. */
export async function readVisibleAppointment(
  db: Firestore,
  tx: Transaction,
  actor: Actor,
  visibility: ContactVisibility,
  appointmentId: string,
): Promise<Appointment> {
  const snapshot = await tx.get(
    db.doc(paths.appointment(actor.tenantId, appointmentId)).withConverter(appointmentConverter),
  );
  const appointment = snapshot.data();
  if (!appointment || !canReadAppointment(visibility, actor, appointment)) throw appointmentNotFound();
  return appointment;
}

/**
 * `viewerUids` (docs/data-model.md, appointments): agent, author, the agent's manager and the viewers of
 * every client named, in this order so that the same inputs give the same array.
 */
export function appointmentViewerUids(
  appointment: Pick<Appointment, 'agentUid' | 'createdBy'>,
  agentManagerUid: string | null,
  contacts: ReadonlyArray<Pick<Contact, 'assignedAgentUid' | 'sharedWithUids' | 'managerUid'>>,
): string[] {
  return uniqueUids([
    appointment.agentUid,
    appointment.createdBy,
    agentManagerUid,
    ...contacts.flatMap((contact) => contactViewerUids(contact)),
  ]);
}

/** What the clients read of the agency's property on an appointment (reference, title, city). */
export function propertyLabelOf(property: { reference: string; title: string; address: { city: string } }): string {
  return `${property.reference} · ${property.title}, ${property.address.city}`;
}

/** One client mail of an appointment's change: which template, under which id. */
export interface AppointmentMailPlan {
  contactId: string;
  templateId: Extract<MailTemplateId, 'appointment-created' | 'appointment-changed' | 'appointment-cancelled'>;
  mailId: string;
  /** For a cancellation: why, in the client's language. */
  reason?: (locale: Contact['locale']) => string;
}

/**
 * Reads, before the transaction's writes, what mailing each client needs; the returned function queues
 * the mails after the writes. Every appointment mail is essential: the client cannot turn it off.
 */
export async function prepareAppointmentMails(
  db: Firestore,
  tx: Transaction,
  links: AppLinks,
  tenantId: string,
  plans: readonly AppointmentMailPlan[],
  now: Date,
): Promise<(appointment: Appointment) => number> {
  const mailings: Array<{ plan: AppointmentMailPlan; mailing: ClientMailing | null }> = [];
  for (const plan of plans) {
    mailings.push({ plan, mailing: await readClientMailing(db, tx, tenantId, plan.contactId, [plan.mailId], now) });
  }
  return (appointment) => {
    let queued = 0;
    for (const { plan, mailing } of mailings) {
      if (!mailing) continue;
      const locale = mailing.contact.locale;
      const sent = mailing.toClient({
        templateId: plan.templateId,
        mailId: plan.mailId,
        optional: false,
        data: {
          kind: APPOINTMENT_KIND_LABELS[locale][appointment.kind],
          title: appointment.title,
          when: formatAppointmentTime(appointment.startsAt, appointment.endsAt, locale),
          place: appointmentWhere(appointment),
          reason: plan.reason?.(locale) ?? appointment.cancelReason ?? '',
          link: links.link('client', mailing.tenant, '/calendar'),
        },
      });
      if (sent) queued += 1;
    }
    return queued;
  };
}
