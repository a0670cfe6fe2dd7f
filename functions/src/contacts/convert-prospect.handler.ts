import {
  conversionRemark,
  paths,
  type ConvertProspectInput,
  type HistoryEntry,
  type ConvertProspectResult,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { contactsLog } from './contacts.log';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { readCollaboratorActor, readVisibleContact } from './contact-access';
import { runTransaction } from '../lib/transactions';

/**
 * `contacts-convertProspect`: the prospect becomes a client of the chosen type in place (same id, so its
 * history, tasks, interests and files stay), `conversion` records from what, when and by whom, and a
 * `remark` in its history says so. Sent again after it succeeded, it finds a client already converted
 * and changes nothing.
 */
export async function convertProspect(
  deps: Deps,
  caller: Caller,
  input: ConvertProspectInput,
): Promise<ConvertProspectResult> {
  const { db } = deps;
  const now = deps.now();
  const converted = await runTransaction(db, async (tx) => {
    const actor = await readCollaboratorActor(db, tx, caller);
    const contact = await readVisibleContact(db, tx, actor, input.contactId);
    const tenant = await readTenant(db, tx, actor.tenantId);
    if (contact.kind === 'client') {
      if (contact.conversion && contact.clientType === input.clientType) return false;
      throw new Refusal('failed-precondition', 'This contact is already a client.', 'already-client');
    }
    tx.update(
      db.doc(paths.contact(actor.tenantId, contact.id)),
      toStored({
        kind: 'client',
        clientType: input.clientType,
        conversion: { from: contact.kind, at: now, by: actor.uid },
        updatedAt: now,
      }),
    );
    const entryRef = db.collection(paths.history(actor.tenantId)).doc();
    const entry: HistoryEntry = {
      id: entryRef.id,
      type: 'remark',
      occurredAt: now,
      authorUid: actor.uid,
      contactIds: [contact.id],
      propertyId: null,
      dealId: null,
      text: conversionRemark(tenant.locale, {
        actor: actor.member.displayName || actor.member.email,
        from: contact.kind,
        clientType: input.clientType,
      }),
      phase: null,
      phaseChange: null,
      createdAt: now,
    };
    tx.create(entryRef, toStored(entry));
    return true;
  });
  if (converted) {
    contactsLog.prospectConverted(caller.claims?.tenantId ?? '', input.contactId, input.clientType, caller.uid);
  }
  return { contactId: input.contactId };
}
