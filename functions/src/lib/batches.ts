import type { Firestore, Query, UpdateData, DocumentData } from 'firebase-admin/firestore';

/** Firestore allows 500 writes per batch; stay below. */
const BATCH_SIZE = 400;

/** Deletes what a query finds, by batches; returns how many documents went. */
export async function deleteAll(db: Firestore, query: Query): Promise<number> {
  let deleted = 0;
  for (;;) {
    const page = await query.limit(BATCH_SIZE).get();
    if (page.empty) return deleted;
    const batch = db.batch();
    for (const doc of page.docs) batch.delete(doc.ref);
    await batch.commit();
    deleted += page.size;
  }
}

/**
 * Updates what a query finds, by batches; returns how many documents changed. The update must take
 * each document out of the query (unlinking it), as the next page is the query asked again.
 */
export async function updateAll(db: Firestore, query: Query, update: UpdateData<DocumentData>): Promise<number> {
  let updated = 0;
  for (;;) {
    const page = await query.limit(BATCH_SIZE).get();
    if (page.empty) return updated;
    const batch = db.batch();
    for (const doc of page.docs) batch.update(doc.ref, update);
    await batch.commit();
    updated += page.size;
  }
}
