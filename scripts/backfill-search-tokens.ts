// Gives every contact written before contacts-onContactWritten existed its `searchTokens`, with the
// trigger's own handler: a contact whose tokens are already right is left untouched, so running it
// twice changes nothing. `npx vite-node scripts/backfill-search-tokens.ts` against the running
// emulators; against production, with GOOGLE_APPLICATION_CREDENTIALS and BACKFILL_PROJECT set.
import { initializeApp } from 'firebase-admin/app';
import { getFirestore, type Firestore, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import {
  syncContactSearchTokens,
  type SearchTokensOutcome,
} from '../functions/src/contacts/on-contact-written.handler';
import { adminDb } from '../tests/support/admin';

const production = process.env.BACKFILL_PROJECT;
const db: Firestore = production ? getFirestore(initializeApp({ projectId: production }, 'backfill')) : adminDb();

const counts: Record<SearchTokensOutcome, number> = { written: 0, unchanged: 0, gone: 0, unreadable: 0 };
// Pages of ids only: the handler reads each contact again inside its own transaction.
const PAGE = 500;
let last: QueryDocumentSnapshot | null = null;
for (;;) {
  let page = db.collectionGroup('contacts').orderBy('__name__').select().limit(PAGE);
  if (last) page = page.startAfter(last);
  const snapshot = await page.get();
  for (const contact of snapshot.docs) {
    const tenantId = contact.ref.parent.parent?.id;
    if (!tenantId) continue;
    counts[await syncContactSearchTokens({ db }, tenantId, contact.id)] += 1;
  }
  if (snapshot.size < PAGE) break;
  last = snapshot.docs.at(-1) ?? null;
}
console.log(`search tokens: ${JSON.stringify(counts)}`);
process.exit(counts.unreadable > 0 ? 1 : 0);
