import {
  contactModel,
  matchListingModel,
  matchListingOf,
  matchSearchModel,
  matchSearchOf,
  paths,
  propertyModel,
  savedSearchModel,
  type Contact,
  type MatchListingDoc,
  type MatchSearch,
  type Property,
  type SavedSearch,
} from '@estate/domain';
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import type { Deps } from '../lib/deps';
import { decodeData, toStored } from '../lib/converters';
import { runTransaction } from '../lib/transactions';

/** A stored document read through its model; null when absent or unreadable (a projection then goes). */
function readOrNull<T>(model: Parameters<typeof decodeData>[0], snapshot: DocumentSnapshot): T | null {
  if (!snapshot.exists) return null;
  const decoded = decodeData(model, snapshot.data());
  return decoded.ok ? (decoded.value as T) : null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export type SyncOutcome = 'written' | 'deleted' | 'unchanged';

/**
 * Keeps `matchSearches/{contactId}` in step with the contact and its saved search, read as they are now
 * in one transaction: written when it differs, deleted when the contact is gone, no buyer or has no
 * search. A replayed or late event writes nothing; concurrent ones serialise on the projection.
 */
export async function syncMatchSearch(
  deps: Pick<Deps, 'db'>,
  tenantId: string,
  contactId: string,
): Promise<SyncOutcome> {
  const { db } = deps;
  const ref = db.doc(paths.matchSearch(tenantId, contactId));
  return runTransaction(db, async (tx) => {
    const [contactSnapshot, searchSnapshot, current] = await Promise.all([
      tx.get(db.doc(paths.contact(tenantId, contactId))),
      tx.get(db.doc(paths.buyerFile(tenantId, contactId, 'saved-search'))),
      tx.get(ref),
    ]);
    const wanted = matchSearchOf(
      readOrNull<Contact>(contactModel, contactSnapshot),
      readOrNull<SavedSearch>(savedSearchModel, searchSnapshot),
    );
    return writeProjection(tx, ref, current, wanted, matchSearchModel);
  });
}

/** Keeps `matchListings/{propertyId}` in step with the property, the same way. */
export async function syncMatchListing(
  deps: Pick<Deps, 'db'>,
  tenantId: string,
  propertyId: string,
): Promise<SyncOutcome> {
  const { db } = deps;
  const ref = db.doc(paths.matchListing(tenantId, propertyId));
  return runTransaction(db, async (tx) => {
    const [propertySnapshot, current] = await Promise.all([
      tx.get(db.doc(paths.property(tenantId, propertyId))),
      tx.get(ref),
    ]);
    const wanted = matchListingOf(readOrNull<Property>(propertyModel, propertySnapshot));
    return writeProjection(tx, ref, current, wanted, matchListingModel);
  });
}

function writeProjection(
  tx: FirebaseFirestore.Transaction,
  ref: FirebaseFirestore.DocumentReference,
  current: DocumentSnapshot,
  wanted: MatchSearch | MatchListingDoc | null,
  model: Parameters<typeof decodeData>[0],
): SyncOutcome {
  if (!wanted) {
    if (!current.exists) return 'unchanged';
    tx.delete(ref);
    return 'deleted';
  }
  const stored = current.exists ? decodeData(model, current.data()) : null;
  if (stored?.ok && same(stored.value, wanted)) return 'unchanged';
  tx.set(ref, toStored({ ...wanted }));
  return 'written';
}
