import {
  paths,
  type DeclineDeletionInput,
  type DeclineDeletionResult,
  type HistoryEntry,
  type Locale,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { contactsLog } from './contacts.log';
import { readTenant } from '../lib/staff';
import { readTeamManagerActor, readVisibleContact } from './contact-access';
import { runTransaction } from '../lib/transactions';

/** The history remark a refusal leaves, in the agency's language (history is read by the whole team). */
const DECLINED_REMARK: Record<Locale, (who: string, reason: string) => string> = {
  fr: (who, reason) => `Demande de suppression refusée par ${who}.${reason ? ` Motif : ${reason}` : ''}`,
  ru: (who, reason) => `${who} отклонил(а) запрос на удаление.${reason ? ` Причина: ${reason}` : ''}`,
  en: (who, reason) => `Deletion request declined by ${who}.${reason ? ` Reason: ${reason}` : ''}`,
};

/**
 * Owner or admin keeps a contact whose deletion was asked: the request is cleared and a remark in the
 * contact's history says who declined it and why. Declining when no request is pending does nothing.
 */
export async function declineDeletion(
  deps: Deps,
  caller: Caller,
  input: DeclineDeletionInput,
): Promise<DeclineDeletionResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readTeamManagerActor(db, tx, caller);
    const contact = await readVisibleContact(db, tx, actor, input.contactId);
    if (!contact.deletionRequest) return null;
    const tenant = await readTenant(db, tx, actor.tenantId);
    tx.update(db.doc(paths.contact(tenant.id, contact.id)), toStored({ deletionRequest: null, updatedAt: now }));
    const entryRef = db.collection(paths.history(tenant.id)).doc();
    const entry: HistoryEntry = {
      id: entryRef.id,
      type: 'remark',
      occurredAt: now,
      contactIds: [contact.id],
      propertyId: null,
      dealId: null,
      text: DECLINED_REMARK[tenant.locale](actor.member.displayName, input.reason),
      authorUid: actor.uid,
      createdAt: now,
    };
    tx.create(entryRef, toStored(entry));
    return tenant.id;
  });
  if (outcome === null) return { status: 'no-request' };
  contactsLog.deletionDeclined(outcome, input.contactId, caller.uid);
  return { status: 'declined' };
}
