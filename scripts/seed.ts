// Seeds the demo agency into the running emulators, unless it is already there.
// Run with `npx vite-node scripts/seed.ts` (npm start and npm test do it for you).
import { seedDemo, waitForDemoDomains } from './lib/demo-seed';

const outcome = await seedDemo();
console.log(outcome === 'seeded' ? 'demo agency seeded' : 'demo agency already present: left as it is');
if (!(await waitForDemoDomains())) {
  console.error('the demo hosts were not mirrored into domains/: is tenancy-onTenantWritten running in the emulator?');
  process.exit(1);
}
process.exit(0);
