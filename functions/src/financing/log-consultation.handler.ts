import { financingHistoryText, type FinancingResult, type ValidLogConsultationInput } from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { readVisibleContact } from '../pipeline/pipeline-store';
import {
  applicationRef,
  historyEntryRef,
  readApplication,
  readFinancingStaff,
  writeFinancingEntry,
} from './financing-store';
import { financingLog } from './financing.log';
import { runTransaction } from '../lib/transactions';

/**
 * Logs a consultation with the client about their application in the client's history (a meeting,
 * a call or an email, as the history types say) and counts it on the application. The entry's id is
 * the request's, so a retried call logs it once.
 */
export async function logConsultation(
  deps: Deps,
  caller: Caller,
  input: ValidLogConsultationInput,
): Promise<FinancingResult> {
  const { db } = deps;
  const now = deps.now();
  const entryId = `financing-consultation-${input.requestId}`;
  const outcome = await runTransaction(db, async (tx) => {
    const { actor, tenant } = await readFinancingStaff(db, tx, caller);
    const tenantId = actor.tenantId;
    const application = await readApplication(db, tx, tenantId, input.applicationId);
    const contact = await readVisibleContact(db, tx, actor, application.contactId);
    const logged = (await tx.get(historyEntryRef(db, tenantId, entryId))).exists;
    if (logged) return { application, logged: false, tenantId };
    writeFinancingEntry(db, tx, tenantId, {
      entryId,
      type: input.channel,
      contactId: contact.id,
      text: financingHistoryText(tenant.locale, {
        kind: 'consultation',
        financing: application.kind,
        channel: input.channel,
        notes: input.notes,
      }),
      authorUid: actor.uid,
      now,
    });
    tx.update(applicationRef(db, tenantId, application.id), {
      consultations: application.consultations + 1,
      lastConsultationAt: now,
      updatedAt: now,
    });
    return { application, logged: true, tenantId };
  });
  if (outcome.logged) financingLog.consultation(outcome.tenantId, input.applicationId, entryId, caller.uid);
  return { applicationId: outcome.application.id, status: outcome.application.status };
}
