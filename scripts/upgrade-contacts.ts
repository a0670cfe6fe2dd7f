// Gives every contact stored before the contact model (one email, one phone as typed) the fields of
// the current shape (`missingContactFields`): E.164 phones, kind, match keys, manager… A contact already
// upgraded is left untouched, so running it twice changes nothing. `npx vite-node scripts/upgrade-contacts.ts`
// against the running emulators; against production, with GOOGLE_APPLICATION_CREDENTIALS and
// BACKFILL_PROJECT set.
import { initializeApp } from 'firebase-admin/app';
import { getFirestore, type Firestore, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { upgradeStoredContact, type UpgradeOutcome } from '../functions/src/contacts/upgrade-contact';
import { adminDb } from '../tests/support/admin';

const production = process.env.BACKFILL_PROJECT;
const db: Firestore = production ? getFirestore(initializeApp({ projectId: production }, 'upgrade')) : adminDb();

const counts: Record<UpgradeOutcome, number> = { upgraded: 0, unchanged: 0, gone: 0 };
const PAGE = 500;
let last: QueryDocumentSnapshot | null = null;
for (;;) {
  let page = db.collectionGroup('contacts').orderBy('__name__').select().limit(PAGE);
  if (last) page = page.startAfter(last);
  const snapshot = await page.get();
  for (const contact of snapshot.docs) {
    const tenantId = contact.ref.parent.parent?.id;
    if (!tenantId) continue;
    counts[await upgradeStoredContact(db, tenantId, contact.id)] += 1;
  }
  if (snapshot.size < PAGE) break;
  last = snapshot.docs.at(-1) ?? null;
}
console.log(`contacts: ${JSON.stringify(counts)}`);
