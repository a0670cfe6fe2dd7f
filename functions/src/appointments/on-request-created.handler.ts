import {
  appointmentRequestEntryId,
  appointmentRequestMailId,
  appointmentRequestModel,
  APPOINTMENT_KIND_LABELS,
  changeRequestText,
  formatAppointmentTime,
  paths,
  SYSTEM_AUTHOR_UID,
  type HistoryEntry,
} from '@estate/domain';
import { readClientMailing } from '../lib/client-mail';
import { decodeData } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { historyConverter } from '../pipeline/pipeline-store';
import { appointmentsLog } from './appointments.log';
import { appointmentConverter } from './appointment-store';
import { runTransaction } from '../lib/transactions';

export type ChangeRequestOutcome = 'handled' | 'done-before' | 'not-theirs' | 'gone' | 'unreadable';

/**
 * `appointments-onRequestCreated`: a client asked to change an appointment naming them. One transaction
 * writes a history remark under an id derived from the request and mails the client's agent, so a
 * retried event finds the remark and does nothing. A request about an appointment that does not name
 * the client (the rules let none through) is left alone.
 */
export async function onAppointmentRequestCreated(
  deps: Pick<Deps, 'db' | 'links' | 'now'>,
  tenantId: string,
  path: string,
  data: unknown,
): Promise<ChangeRequestOutcome> {
  const decoded = decodeData(appointmentRequestModel, data);
  if (!decoded.ok) {
    appointmentsLog.unreadableRequest(path, decoded.issues);
    return 'unreadable';
  }
  const request = decoded.value;
  const { db } = deps;
  const now = deps.now();
  const entryRef = db
    .doc(paths.historyEntry(tenantId, appointmentRequestEntryId(request.id)))
    .withConverter(historyConverter);
  const mailId = appointmentRequestMailId(request.id);
  const outcome = await runTransaction<ChangeRequestOutcome>(db, async (tx) => {
    const [entry, appointmentSnapshot] = await Promise.all([
      tx.get(entryRef),
      tx.get(db.doc(paths.appointment(tenantId, request.appointmentId)).withConverter(appointmentConverter)),
    ]);
    if (entry.exists) return 'done-before';
    const appointment = appointmentSnapshot.data();
    if (!appointment) return 'gone';
    if (!appointment.contactIds.includes(request.contactId)) return 'not-theirs';
    const mailing = await readClientMailing(db, tx, tenantId, request.contactId, [mailId], now);
    if (!mailing) return 'gone';
    const tenantLocale = mailing.tenant.locale;
    const remark: HistoryEntry = {
      id: entryRef.id,
      type: 'remark',
      occurredAt: request.createdAt,
      authorUid: SYSTEM_AUTHOR_UID,
      contactIds: [request.contactId],
      propertyId: appointment.propertyId,
      dealId: null,
      text: changeRequestText(
        tenantLocale,
        appointment.title,
        formatAppointmentTime(appointment.startsAt, appointment.endsAt, tenantLocale),
        request.text,
      ),
      phase: null,
      createdAt: now,
    };
    tx.create(entryRef, remark);
    const agentLocale = mailing.agent?.locale ?? tenantLocale;
    mailing.toAgent({
      templateId: 'appointment-change-requested',
      mailId,
      data: {
        kind: APPOINTMENT_KIND_LABELS[agentLocale][appointment.kind],
        title: appointment.title,
        when: formatAppointmentTime(appointment.startsAt, appointment.endsAt, agentLocale),
        text: request.text,
        link: deps.links.link('admin', mailing.tenant, '/calendar', { appointment: appointment.id }),
      },
    });
    return 'handled';
  });
  appointmentsLog.changeRequested(tenantId, request.id, request.appointmentId, outcome);
  return outcome;
}
