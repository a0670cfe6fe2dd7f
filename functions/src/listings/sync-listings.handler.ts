import { listingSnapshot, paths, sameSnapshot } from '@estate/domain';
import { FieldPath, type DocumentSnapshot } from 'firebase-admin/firestore';
import { deleteAll } from '../lib/batches';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { propertyConverter } from '../pipeline/pipeline-store';
import { clientListingConverter } from './listing-store';
import { listingsLog } from './listings.log';

/** Listings read per page; each page is one batch of at most this many writes. */
const SYNC_PAGE_SIZE = 200;

/**
 * Keeps the clients' copies of a property current: each of its listings whose snapshot (or source URL
 * permission) differs from the property's is rewritten, page by page; a deleted property takes its
 * listings with it. Writes only what differs, so a retried event writes nothing more.
 */
export async function syncListings(
  deps: Pick<Deps, 'db' | 'now'>,
  tenantId: string,
  propertyId: string,
): Promise<{ rewritten: number; removed: number }> {
  const { db } = deps;
  const listings = db.collection(paths.clientListings(tenantId)).where('propertyId', '==', propertyId);
  const property = (await db.doc(paths.property(tenantId, propertyId)).withConverter(propertyConverter).get()).data();
  if (!property) {
    const removed = await deleteAll(db, listings);
    if (removed > 0) listingsLog.listingsRemoved(tenantId, propertyId, removed);
    return { rewritten: 0, removed };
  }
  const snapshot = listingSnapshot(property);
  const now = deps.now();
  let rewritten = 0;
  let after: DocumentSnapshot | null = null;
  for (;;) {
    let query = listings.orderBy(FieldPath.documentId()).limit(SYNC_PAGE_SIZE);
    if (after) query = query.startAfter(after);
    const page = await query.withConverter(clientListingConverter).get();
    if (page.empty) break;
    const batch = db.batch();
    let writes = 0;
    for (const doc of page.docs) {
      const listing = doc.data();
      if (sameSnapshot(listing.property, snapshot) && listing.showSourceUrl === property.showSourceUrlToClients) {
        continue;
      }
      batch.update(
        doc.ref,
        toStored({ property: snapshot, showSourceUrl: property.showSourceUrlToClients, updatedAt: now }),
      );
      writes += 1;
    }
    if (writes > 0) await batch.commit();
    rewritten += writes;
    after = page.docs[page.docs.length - 1] ?? null;
    if (page.size < SYNC_PAGE_SIZE) break;
  }
  if (rewritten > 0) listingsLog.snapshotsSynced(tenantId, propertyId, rewritten);
  return { rewritten, removed: 0 };
}
