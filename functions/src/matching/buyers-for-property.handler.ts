import {
  evaluateMatch,
  isMatchableStatus,
  listingKeys,
  listingOf,
  matchSearchModel,
  paths,
  type BuyersForPropertyResult,
  type MatchSearch,
} from '@estate/domain';
import type { buyersForPropertyInputSchema } from '@estate/domain';
import type { z } from 'zod';
import type { Caller } from '../lib/caller';
import { decodeData } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { readPipelineCollaborator, readProperty } from '../pipeline/pipeline-store';
import { matchingLog } from './matching.log';
import { contactViewer, linkedPhases, pageOf, SCAN_LIMIT, shown, type Evaluated } from './matching-queries';
import { runTransaction } from '../lib/transactions';

/**
 * The buyers whose saved search the property meets or misses by one criterion, among those the caller
 * sees. One indexed query on `matchSearches` (`keys` array-contains-any the property's kind and places,
 * `budgetCeiling >= price`, closest budgets first, at most `MATCHING_SCAN_MAX` documents), evaluated
 * with the domain's `evaluateMatch`; never a read of every buyer.
 */
export async function buyersForProperty(
  deps: Deps,
  caller: Caller,
  input: z.output<typeof buyersForPropertyInputSchema>,
): Promise<BuyersForPropertyResult> {
  const { db } = deps;
  const { actor, property, sees } = await runTransaction(
    db,
    async (tx) => {
      const actor = await readPipelineCollaborator(db, tx, caller);
      const [property, sees] = await Promise.all([
        readProperty(db, tx, actor.tenantId, input.propertyId),
        contactViewer(db, tx, actor),
      ]);
      return { actor, property, sees };
    },
    { readOnly: true },
  );
  const empty = { items: [], total: 0, matches: 0, nears: 0, nextOffset: null, truncated: false };
  if (!isMatchableStatus(property.status)) return { matchable: false, ...empty };

  const listing = listingOf(property);
  const snapshot = await db
    .collection(paths.matchSearches(actor.tenantId))
    .where('keys', 'array-contains-any', listingKeys(listing))
    .where('budgetCeiling', '>=', listing.price)
    .orderBy('budgetCeiling')
    .limit(SCAN_LIMIT + 1)
    .get();
  const truncated = snapshot.size > SCAN_LIMIT;
  const evaluated: Evaluated<MatchSearch>[] = [];
  for (const doc of snapshot.docs.slice(0, SCAN_LIMIT)) {
    const decoded = decodeData(matchSearchModel, doc.data());
    if (!decoded.ok) {
      matchingLog.unreadable(doc.ref.path);
      continue;
    }
    const search = decoded.value;
    if (!sees(search)) continue;
    const evaluation = evaluateMatch(search, listing);
    if (evaluation.verdict !== 'no') evaluated.push({ item: search, evaluation });
  }
  const { page, ...counts } = pageOf(evaluated, input.offset, input.pageSize);
  const phases = await linkedPhases(
    db,
    actor.tenantId,
    page.map((entry) => ({ contactId: entry.item.contactId, propertyId: property.id })),
  );
  return {
    matchable: true,
    items: page.map((entry, index) => ({
      contactId: entry.item.contactId,
      contactName: entry.item.contactName,
      agentUid: entry.item.agentUid,
      ...shown(entry.evaluation),
      interestPhase: phases[index] ?? null,
    })),
    ...counts,
    truncated,
  };
}
