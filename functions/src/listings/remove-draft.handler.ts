import { clientListingId, type RemoveDraftInput, type RemoveDraftResult } from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readPipelineCollaborator, readVisibleContact } from '../pipeline/pipeline-store';
import { listingRef } from './listing-store';
import { listingsLog } from './listings.log';
import { runTransaction } from '../lib/transactions';

/**
 * Removes a draft assigned by mistake. A published listing is refused: the client may have answered
 * it, so it is unpublished (kept with its answers) rather than deleted.
 */
export async function removeDraft(deps: Deps, caller: Caller, input: RemoveDraftInput): Promise<RemoveDraftResult> {
  const { db } = deps;
  const listingId = clientListingId(input.contactId, input.propertyId);
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    await readVisibleContact(db, tx, actor, input.contactId);
    const ref = listingRef(db, actor.tenantId, listingId);
    const listing = (await tx.get(ref)).data();
    if (!listing) return { tenantId: actor.tenantId, by: actor.uid, removed: false };
    if (listing.status === 'published') {
      throw new Refusal('failed-precondition', 'Unpublish this listing before removing it.', 'listing-published');
    }
    tx.delete(ref);
    return { tenantId: actor.tenantId, by: actor.uid, removed: true };
  });
  if (outcome.removed) listingsLog.draftRemoved(outcome.tenantId, listingId, outcome.by);
  return { status: outcome.removed ? 'removed' : 'already-removed' };
}
