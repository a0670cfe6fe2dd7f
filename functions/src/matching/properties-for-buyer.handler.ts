import {
  budgetCeiling,
  criteriaOf,
  evaluateMatch,
  isMatchableStatus,
  matchListingModel,
  paths,
  savedSearchModel,
  searchKeys,
  type MatchListingDoc,
  type PropertiesForBuyerResult,
  type SavedSearch,
} from '@estate/domain';
import type { propertiesForBuyerInputSchema } from '@estate/domain';
import type { QueryDocumentSnapshot } from 'firebase-admin/firestore';
import type { z } from 'zod';
import type { Caller } from '../lib/caller';
import { decodeData } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { readPipelineCollaborator, readVisibleContact } from '../pipeline/pipeline-store';
import { matchingLog } from './matching.log';
import { chunks, KEYS_PER_QUERY, linkedPhases, pageOf, SCAN_LIMIT, shown, type Evaluated } from './matching-queries';
import { runTransaction } from '../lib/transactions';

/**
 * The properties on the market that meet a buyer's saved search or miss it by one criterion. Indexed
 * queries on `matchListings` (`keys` array-contains-any the search's kinds × places, 30 keys a query,
 * `price <= budgetCeiling`, highest prices first, at most `MATCHING_SCAN_MAX` documents in all),
 * evaluated with `evaluateMatch`. A buyer the caller does not see answers `contact-not-found`.
 */
export async function propertiesForBuyer(
  deps: Deps,
  caller: Caller,
  input: z.output<typeof propertiesForBuyerInputSchema>,
): Promise<PropertiesForBuyerResult> {
  const { db } = deps;
  const { actor, search } = await runTransaction(
    db,
    async (tx) => {
      const actor = await readPipelineCollaborator(db, tx, caller);
      const [, searchSnapshot] = await Promise.all([
        readVisibleContact(db, tx, actor, input.contactId),
        tx.get(db.doc(paths.buyerFile(actor.tenantId, input.contactId, 'saved-search'))),
      ]);
      const decoded = searchSnapshot.exists ? decodeData(savedSearchModel, searchSnapshot.data()) : null;
      const search: SavedSearch | null = decoded?.ok ? decoded.value : null;
      return { actor, search };
    },
    { readOnly: true },
  );
  const empty = { items: [], total: 0, matches: 0, nears: 0, nextOffset: null, truncated: false };
  if (!search) return { searchSaved: false, ...empty };

  const criteria = criteriaOf(search);
  const ceiling = budgetCeiling(criteria.budgetMax);
  const snapshots = await Promise.all(
    chunks(searchKeys(criteria), KEYS_PER_QUERY).map((keys) =>
      db
        .collection(paths.matchListings(actor.tenantId))
        .where('keys', 'array-contains-any', keys)
        .where('price', '<=', ceiling)
        .orderBy('price', 'desc')
        .limit(SCAN_LIMIT + 1)
        .get(),
    ),
  );
  const byId = new Map<string, QueryDocumentSnapshot>();
  for (const snapshot of snapshots) for (const doc of snapshot.docs) byId.set(doc.id, doc);
  const candidates = [...byId.values()].sort((a, b) => Number(b.get('price')) - Number(a.get('price')));
  const truncated = candidates.length > SCAN_LIMIT;
  const evaluated: Evaluated<MatchListingDoc>[] = [];
  for (const doc of candidates.slice(0, SCAN_LIMIT)) {
    const decoded = decodeData(matchListingModel, doc.data());
    if (!decoded.ok) {
      matchingLog.unreadable(doc.ref.path);
      continue;
    }
    const listing = decoded.value;
    if (!isMatchableStatus(listing.status)) continue;
    const evaluation = evaluateMatch(criteria, listing);
    if (evaluation.verdict !== 'no') evaluated.push({ item: listing, evaluation });
  }
  const { page, ...counts } = pageOf(evaluated, input.offset, input.pageSize);
  const phases = await linkedPhases(
    db,
    actor.tenantId,
    page.map((entry) => ({ contactId: input.contactId, propertyId: entry.item.propertyId })),
  );
  return {
    searchSaved: true,
    items: page.map((entry, index) => ({
      propertyId: entry.item.propertyId,
      reference: entry.item.reference,
      title: entry.item.title,
      dealType: entry.item.dealType,
      propertyType: entry.item.propertyType,
      city: entry.item.city,
      postalCode: entry.item.postalCode,
      price: entry.item.price,
      surface: entry.item.surface,
      rooms: entry.item.rooms,
      ...shown(entry.evaluation),
      interestPhase: phases[index] ?? null,
    })),
    ...counts,
    truncated,
  };
}
