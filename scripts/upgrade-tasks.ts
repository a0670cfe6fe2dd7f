// Gives every task stored before `viewerUids` (who reads it in "own" visibility) its viewers: the
// assignee, the author, the assignee's manager and the viewers of the task's client, from the members
// and contacts as they are now. Only the tasks whose viewers differ are written, so running it twice
// changes nothing. `npx vite-node scripts/upgrade-tasks.ts` against the running emulators; against
// production, with GOOGLE_APPLICATION_CREDENTIALS and BACKFILL_PROJECT set.
import { paths } from '@estate/domain';
import { initializeApp } from 'firebase-admin/app';
import { getFirestore, type Firestore, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { refreshTaskViewers } from '../functions/src/tasks/task-viewers';
import { adminDb } from '../tests/support/admin';

const production = process.env.BACKFILL_PROJECT;
const db: Firestore = production ? getFirestore(initializeApp({ projectId: production }, 'upgrade')) : adminDb();

const PAGE = 100;
let tenants = 0;
let changed = 0;
let last: QueryDocumentSnapshot | null = null;
for (;;) {
  let page = db.collection(paths.tenants()).orderBy('__name__').select().limit(PAGE);
  if (last) page = page.startAfter(last);
  const snapshot = await page.get();
  for (const tenant of snapshot.docs) {
    tenants += 1;
    changed += await refreshTaskViewers(db, tenant.id, db.collection(paths.tasks(tenant.id)));
  }
  if (snapshot.size < PAGE) break;
  last = snapshot.docs.at(-1) ?? null;
}
console.log(`tasks: ${JSON.stringify({ tenants, changed })}`);
