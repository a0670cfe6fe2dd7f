import {
  interestId,
  isMatchableStatus,
  matchingContactRemark,
  paths,
  type ContactBuyerResult,
  type HistoryEntry,
} from '@estate/domain';
import type { contactBuyerInputSchema } from '@estate/domain';
import type { z } from 'zod';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { interestContactName, prepareInterest } from '../pipeline/interest-store';
import {
  historyConverter,
  readPipelineCollaborator,
  readProperty,
  readVisibleContact,
} from '../pipeline/pipeline-store';
import { runTransaction } from '../lib/transactions';

/**
 * "Contacter" from matching: the buyer joins the property's pipeline as an interest of source
 * `matching`, in the phase `matching-contacted` (`initialPhaseFor`), with a remark in the history
 * saying who contacted them, in one transaction. A buyer already linked (by matching or otherwise)
 * changes nothing: contacting twice makes one interest and one remark.
 */
export async function contactBuyer(
  deps: Deps,
  caller: Caller,
  input: z.output<typeof contactBuyerInputSchema>,
): Promise<ContactBuyerResult> {
  const { db } = deps;
  const now = deps.now();
  return runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const [contact, property, tenant] = await Promise.all([
      readVisibleContact(db, tx, actor, input.contactId),
      readProperty(db, tx, actor.tenantId, input.propertyId),
      readTenant(db, tx, actor.tenantId),
    ]);
    const prepared = await prepareInterest(
      db,
      tx,
      actor.tenantId,
      { contactId: contact.id, propertyId: property.id, source: 'matching', at: now },
      { contact, property },
    );
    const id = interestId(contact.id, property.id);
    if (prepared.existing) return { interestId: id, created: false, phase: prepared.existing.phase };
    if (!isMatchableStatus(property.status)) {
      throw new Refusal('failed-precondition', 'This property is not on the market.', 'property-not-matchable');
    }
    const { interest } = prepared.write();
    const entryRef = db.collection(paths.history(actor.tenantId)).doc().withConverter(historyConverter);
    const entry: HistoryEntry = {
      id: entryRef.id,
      type: 'remark',
      occurredAt: now,
      authorUid: actor.uid,
      contactIds: [contact.id],
      propertyId: property.id,
      dealId: null,
      text: matchingContactRemark(tenant.locale, {
        actor: actor.member.displayName || actor.member.email,
        contact: interestContactName(contact),
        reference: property.reference,
      }),
      // The interest is already there: pipeline-onHistoryCreated finds nothing to move.
      phase: interest.phase,
      phaseChange: null,
      createdAt: now,
    };
    tx.create(entryRef, entry);
    return { interestId: id, created: true, phase: interest.phase };
  });
}
