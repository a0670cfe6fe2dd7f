import { paths, sellerReportId } from '@estate/domain';
import { FieldValue, type Firestore, type Query } from 'firebase-admin/firestore';
import type { ContactLifecycleParticipant } from '../contacts/contact-lifecycle';
import { listingHash } from './seller-store';

/** Writes per batch, below Firestore's 500. */
const BATCH_SIZE = 400;

const naming = (db: Firestore, tenantId: string, contactId: string): Query[] => [
  db.collection(paths.sellerProperties(tenantId)).where('sellerContactIds', 'array-contains', contactId),
  db.collection(paths.sellerActivity(tenantId)).where('sellerContactIds', 'array-contains', contactId),
];

/**
 * Takes `contactId` out of every projection naming it as a seller, deleting those it was the only
 * seller of, by batches (each change takes the document out of the query, so the next page is the
 * query asked again). Answers how many documents changed.
 */
async function removeSeller(db: Firestore, query: Query, contactId: string): Promise<number> {
  let changed = 0;
  for (;;) {
    const page = await query.limit(BATCH_SIZE).get();
    if (page.empty) return changed;
    const batch = db.batch();
    for (const doc of page.docs) {
      const sellers: unknown = doc.get('sellerContactIds');
      const others = Array.isArray(sellers) ? sellers.filter((id) => id !== contactId) : [];
      if (others.length === 0) batch.delete(doc.ref);
      else batch.update(doc.ref, { sellerContactIds: FieldValue.arrayRemove(contactId) });
    }
    await batch.commit();
    changed += page.size;
  }
}

/**
 * The sellers' projections (`sellerProperties`, `sellerActivity`) name sellers in `sellerContactIds`;
 * a report's copy comes from a buyer's listing, under an id hashed from it.
 */
export const sellingContactLifecycle = {
  name: 'selling',
  // The kept contact reads what the merged one read; the properties' own sellers are re-pointed by the
  // properties participant, from which the next sync derives the same list.
  async merged({ db, tenantId, keep, mergeId, inBatches }) {
    let moved = 0;
    for (const query of naming(db, tenantId, mergeId)) {
      const snapshot = await query.get();
      await inBatches(snapshot.docs, (tx, doc) => {
        const ids = (doc.get('sellerContactIds') as string[]).map((id) => (id === mergeId ? keep.id : id));
        tx.update(doc.ref, { sellerContactIds: [...new Set(ids)] });
      });
      moved += snapshot.size;
    }
    return { sellerProjections: moved };
  },
  // As a seller: the person no longer reads their property's activity (and nothing keeps their id).
  // As a buyer: the copies of their visit reports go now, before their listings do (which would take
  // them too, a moment later, through selling-onListingWritten).
  async erased({ deps, tenantId, contactId, count }) {
    const { db } = deps;
    let removed = 0;
    for (const query of naming(db, tenantId, contactId)) removed += await removeSeller(db, query, contactId);
    const listings = await db.collection(paths.clientListings(tenantId)).where('contactId', '==', contactId).get();
    const reports = listings.docs.map((doc) =>
      db.doc(paths.sellerActivityItem(tenantId, sellerReportId(listingHash(tenantId, doc.id)))),
    );
    for (let start = 0; start < reports.length; start += BATCH_SIZE) {
      const chunk = reports.slice(start, start + BATCH_SIZE);
      const existing = (await db.getAll(...chunk)).filter((snapshot) => snapshot.exists);
      if (existing.length === 0) continue;
      const batch = db.batch();
      for (const snapshot of existing) batch.delete(snapshot.ref);
      await batch.commit();
      removed += existing.length;
    }
    await count('sellerProjections', removed);
  },
} satisfies ContactLifecycleParticipant;
