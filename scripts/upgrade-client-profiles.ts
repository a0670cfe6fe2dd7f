// Gives every contact with a client space stored before clientProfiles existed its profile, with the
// trigger's own handler, and removes any profile whose contact is gone or has no space any more: a
// profile already right is left untouched, so running it twice changes nothing.
// `npx vite-node scripts/upgrade-client-profiles.ts` against the running emulators; against
// production, with GOOGLE_APPLICATION_CREDENTIALS and BACKFILL_PROJECT set.
import { initializeApp } from 'firebase-admin/app';
import { getFirestore, type Firestore, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { syncClientProfile, type ClientProfileOutcome } from '../functions/src/contacts/client-profile';
import { adminDb } from '../tests/support/admin';

const production = process.env.BACKFILL_PROJECT;
const db: Firestore = production ? getFirestore(initializeApp({ projectId: production }, 'upgrade')) : adminDb();

const counts: Record<ClientProfileOutcome, number> = { written: 0, unchanged: 0, removed: 0, absent: 0 };
// Pages of ids only: the handler reads the contact and its profile again inside its own transaction.
const PAGE = 500;

/** Every contact, then every profile (one left behind by a contact deleted before the trigger). */
for (const group of ['contacts', 'clientProfiles']) {
  let last: QueryDocumentSnapshot | null = null;
  for (;;) {
    let page = db.collectionGroup(group).orderBy('__name__').select().limit(PAGE);
    if (last) page = page.startAfter(last);
    const snapshot = await page.get();
    for (const doc of snapshot.docs) {
      const tenant = doc.ref.parent.parent;
      // Only tenants/{tenantId}/<group>/{id}: a subcollection of the same name elsewhere is not ours.
      if (!tenant || tenant.parent.id !== 'tenants') continue;
      counts[await syncClientProfile({ db }, tenant.id, doc.id)] += 1;
    }
    if (snapshot.size < PAGE) break;
    last = snapshot.docs.at(-1) ?? null;
  }
}
console.log(`client profiles: ${JSON.stringify(counts)}`);
