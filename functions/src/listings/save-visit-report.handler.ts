import {
  applyListingAction,
  clientListingId,
  type SaveVisitReportInput,
  type SaveVisitReportResult,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readPipelineCollaborator, readVisibleContact } from '../pipeline/pipeline-store';
import { listingRef, readListing } from './listing-store';
import { listingsLog } from './listings.log';
import { runTransaction } from '../lib/transactions';

/**
 * The agent writes the visit report for their client (after a visit together, on the phone): the same
 * stage machine as the client's own report, ending in Mon bien or Rejeté(s). The agent is not mailed.
 */
export async function saveVisitReport(
  deps: Deps,
  caller: Caller,
  input: SaveVisitReportInput,
): Promise<SaveVisitReportResult> {
  const { db } = deps;
  const now = deps.now();
  const listingId = clientListingId(input.contactId, input.propertyId);
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    await readVisibleContact(db, tx, actor, input.contactId);
    const listing = await readListing(db, tx, actor.tenantId, listingId);
    const applied = applyListingAction(
      listing,
      { kind: 'visit-report', availability: '', ...input.report },
      'agent',
      now,
    );
    if (!applied.ok) {
      throw new Refusal('failed-precondition', 'This listing is past its visit.', 'stage-forbids');
    }
    tx.update(listingRef(db, actor.tenantId, listingId), toStored({ ...applied.changes, updatedAt: now }));
    return { tenantId: actor.tenantId, by: actor.uid, stage: applied.changes.stage };
  });
  listingsLog.reportSaved(outcome.tenantId, listingId, outcome.by);
  return { stage: outcome.stage };
}
