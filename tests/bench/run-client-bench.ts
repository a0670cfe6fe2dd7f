// `npm run bench`, third part: the client app's home (Nouveautés) on a throttled phone with 200 listings
// published to the demo client, and Lighthouse's scores for it. Needs the demo agency seeded on a suite
// with functions (the demo hosts are mirrored by a trigger). Figures go to .artifacts/bench-client.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '@estate/domain';
import { adminDb } from '../support/admin';
import { runtime } from '../support/browser';
import { repoRoot } from '../support/emulator-env';
import { measureClientHome, publishManyListings } from './client-home';

const LISTINGS = Number(process.env.BENCH_CLIENT_LISTINGS ?? 200);
/** The demo agency of scripts/lib/demo-seed.ts and its client's login (README). */
const DEMO_TENANT_ID = 'demo';
const DEMO_CLIENT = { email: 'client@demo.test', password: 'Demo-pass-2026' };

const contacts = await adminDb()
  .collection(paths.contacts(DEMO_TENANT_ID))
  .where('email', '==', DEMO_CLIENT.email)
  .limit(1)
  .get();
const contactId = contacts.docs[0]?.id;
if (!contactId) throw new Error('the demo client is not seeded');
const listings = await publishManyListings(adminDb(), DEMO_TENANT_ID, contactId, LISTINGS);
const figures = await measureClientHome({
  clientUrl: runtime().clientUrl,
  tenantId: DEMO_TENANT_ID,
  ...DEMO_CLIENT,
  listings,
});
mkdirSync(join(repoRoot, '.artifacts'), { recursive: true });
writeFileSync(
  join(repoRoot, '.artifacts', 'bench-client.json'),
  `${JSON.stringify({ date: new Date().toISOString(), ...figures }, null, 2)}\n`,
);
console.log(
  `client home with ${listings} listings, throttled: Nouveautés in ${figures.nouveautesMs.median} ms ` +
    `(return visit ${figures.returnVisitMs.median} ms); Lighthouse performance ${figures.lighthouse.performance}, ` +
    `accessibility ${figures.lighthouse.accessibility}, best practices ${figures.lighthouse.bestPractices}`,
);
process.exit(0);
