import {
  clientListingId,
  listingSnapshot,
  type AssignListingInput,
  type AssignListingResult,
  type ClientListing,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readPipelineCollaborator, readProperty, readVisibleContact } from '../pipeline/pipeline-store';
import { listingRef } from './listing-store';
import { listingsLog } from './listings.log';
import { runTransaction } from '../lib/transactions';

/**
 * Assigns a property to clients the collaborator sees: one draft per client the client does not see
 * yet. A client who already has it keeps it as it is (a retry or a second assignment changes nothing).
 */
export async function assignListing(
  deps: Deps,
  caller: Caller,
  input: AssignListingInput,
): Promise<AssignListingResult> {
  const { db } = deps;
  const now = deps.now();
  const result = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const property = await readProperty(db, tx, actor.tenantId, input.propertyId);
    const contacts = await Promise.all(input.contactIds.map((id) => readVisibleContact(db, tx, actor, id)));
    const notClient = contacts.find((contact) => contact.kind === 'agent-prospect');
    if (notClient) {
      throw new Refusal('failed-precondition', 'Only clients receive listings.', 'not-a-client', {
        contactId: notClient.id,
      });
    }
    const refs = contacts.map((contact) => listingRef(db, actor.tenantId, clientListingId(contact.id, property.id)));
    const snapshots = await Promise.all(refs.map((ref) => tx.get(ref)));
    const created: string[] = [];
    const existing: string[] = [];
    const snapshot = listingSnapshot(property);
    contacts.forEach((contact, index) => {
      const ref = refs[index];
      if (!ref) return;
      if (snapshots[index]?.exists) {
        existing.push(contact.id);
        return;
      }
      const listing: ClientListing = {
        id: ref.id,
        contactId: contact.id,
        propertyId: property.id,
        agentUid: contact.assignedAgentUid,
        status: 'draft',
        stage: 'new',
        availability: '',
        rejectReason: '',
        report: null,
        showSourceUrl: property.showSourceUrlToClients,
        property: snapshot,
        publications: 0,
        publishedAt: null,
        stageChangedAt: now,
        createdAt: now,
        updatedAt: now,
      };
      tx.create(ref, listing);
      created.push(contact.id);
    });
    return { tenantId: actor.tenantId, by: actor.uid, created, existing };
  });
  listingsLog.assigned(result.tenantId, input.propertyId, result.created.length, result.existing.length, result.by);
  return { created: result.created, existing: result.existing };
}
