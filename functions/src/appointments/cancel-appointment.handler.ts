import {
  appointmentMailId,
  paths,
  type AppointmentResult,
  type Appointment,
  type CancelAppointmentInput,
} from '@estate/domain';
import { readCollaboratorActor, readContactsSettings } from '../contacts/contact-access';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { appointmentsLog } from './appointments.log';
import {
  appointmentClosed,
  appointmentConverter,
  prepareAppointmentMails,
  readVisibleAppointment,
} from './appointment-store';
import { runTransaction } from '../lib/transactions';

/**
 * Cancels a scheduled appointment with its reason, a new version, and mails each client named once.
 * A retried call finds it cancelled and does nothing; a done appointment cannot be cancelled.
 */
export async function cancelAppointment(
  deps: Deps,
  caller: Caller,
  input: CancelAppointmentInput,
): Promise<AppointmentResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readCollaboratorActor(db, tx, caller);
    const { visibility } = await readContactsSettings(db, tx, actor.tenantId);
    const existing = await readVisibleAppointment(db, tx, actor, visibility, input.appointmentId);
    if (existing.status === 'cancelled') return null;
    if (existing.status !== 'scheduled') throw appointmentClosed(existing.status);
    const sequence = existing.sequence + 1;
    const sendMails = await prepareAppointmentMails(
      db,
      tx,
      deps.links,
      actor.tenantId,
      existing.contactIds.map((contactId) => ({
        contactId,
        templateId: 'appointment-cancelled' as const,
        mailId: appointmentMailId(existing.id, sequence, contactId),
      })),
      now,
    );
    const cancelled: Appointment = {
      ...existing,
      status: 'cancelled',
      cancelReason: input.reason,
      cancelledAt: now,
      sequence,
      updatedAt: now,
    };
    tx.set(db.doc(paths.appointment(actor.tenantId, existing.id)).withConverter(appointmentConverter), cancelled);
    sendMails(cancelled);
    return actor.tenantId;
  });
  if (outcome) appointmentsLog.appointmentCancelled(outcome, input.appointmentId, caller.uid);
  return { appointmentId: input.appointmentId };
}
