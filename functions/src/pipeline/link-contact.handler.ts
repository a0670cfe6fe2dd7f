import {
  assertTracfinComplete,
  interestId,
  requiresTracfin,
  type LinkContactInput,
  type LinkContactResult,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { prepareInterest } from './interest-store';
import { readPipelineCollaborator, readProperty, readTracfinFile, readVisibleContact } from './pipeline-store';
import { runTransaction } from '../lib/transactions';

/**
 * A collaborator links a contact they see to a property, in the phase they chose or "request
 * received". Linking a contact already linked changes nothing (its phase moves by pipeline-movePhase).
 * A buyer linked straight into a purchase-commitment phase needs a complete Tracfin file.
 */
export async function linkContact(deps: Deps, caller: Caller, input: LinkContactInput): Promise<LinkContactResult> {
  const { db } = deps;
  const now = deps.now();
  return runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const [contact, property] = await Promise.all([
      readVisibleContact(db, tx, actor, input.contactId),
      readProperty(db, tx, actor.tenantId, input.propertyId),
    ]);
    const prepared = await prepareInterest(
      db,
      tx,
      actor.tenantId,
      { contactId: input.contactId, propertyId: input.propertyId, source: 'manual', at: now, phase: input.phase },
      { contact, property },
    );
    if (!prepared.existing && input.phase && requiresTracfin(contact, property.dealType, input.phase)) {
      const file = await readTracfinFile(db, tx, actor.tenantId, input.contactId);
      assertTracfinComplete(file, contact.identityType, now);
    }
    const { created } = prepared.write();
    return { interestId: interestId(input.contactId, input.propertyId), created };
  });
}
