// Gives every history entry stored before `viewerUids` (who reads it in "own" visibility) its viewers and
// its contacts' copies (contacts/{id}/history, which the client file reads), as history-onEntryWritten
// keeps them, from the contacts as they are now. Only what differs is written, so running it twice
// changes nothing. `npx vite-node scripts/upgrade-history.ts` against the running emulators; against
// production, with GOOGLE_APPLICATION_CREDENTIALS and BACKFILL_PROJECT set.
import { paths } from '@estate/domain';
import { initializeApp } from 'firebase-admin/app';
import { getFirestore, type Firestore, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { syncHistoryEntry } from '../functions/src/history/history-copies';
import { adminDb } from '../tests/support/admin';

const production = process.env.BACKFILL_PROJECT;
const db: Firestore = production ? getFirestore(initializeApp({ projectId: production }, 'upgrade')) : adminDb();

const PAGE = 500;
const counts = { tenants: 0, entries: 0, viewersWritten: 0, copied: 0, removed: 0 };

/** Every document of a collection, page after page by id; `each` runs one after the other. */
async function forEachDoc(collection: string, each: (doc: QueryDocumentSnapshot) => Promise<void>) {
  let last: QueryDocumentSnapshot | null = null;
  for (;;) {
    let page = db.collection(collection).orderBy('__name__').select().limit(PAGE);
    if (last) page = page.startAfter(last);
    const snapshot = await page.get();
    for (const doc of snapshot.docs) await each(doc);
    if (snapshot.size < PAGE) return;
    last = snapshot.docs.at(-1) ?? null;
  }
}

await forEachDoc(paths.tenants(), async (tenant) => {
  counts.tenants += 1;
  await forEachDoc(paths.history(tenant.id), async (entry) => {
    const outcome = await syncHistoryEntry({ db }, tenant.id, entry.id);
    counts.entries += 1;
    if (outcome.viewersWritten) counts.viewersWritten += 1;
    counts.copied += outcome.copied;
    counts.removed += outcome.removed;
  });
});
console.log(`history: ${JSON.stringify(counts)}`);
