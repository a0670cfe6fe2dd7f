// Upgrades data stored by earlier versions, once, in the order the steps depend on each other: the
// contacts' shape first (the others read it), then what is derived from contacts. Every step is
// idempotent, so a run stopped half-way is simply run again. Against the running emulators by default;
// against a project with BACKFILL_PROJECT=<project-id> and GOOGLE_APPLICATION_CREDENTIALS set.
import { spawnSync } from 'node:child_process';

const STEPS = [
  ['contacts to the current model', 'scripts/upgrade-contacts.ts'],
  ['contact search tokens', 'scripts/backfill-search-tokens.ts'],
  ["clients' profiles", 'scripts/upgrade-client-profiles.ts'],
  ["tasks' viewers", 'scripts/upgrade-tasks.ts'],
  ["history's viewers and the contacts' copies", 'scripts/upgrade-history.ts'],
];

console.log(`upgrading ${process.env.BACKFILL_PROJECT ?? 'the running emulators'}`);
for (const [what, script] of STEPS) {
  console.log(`▸ ${what} (${script})`);
  const { status } = spawnSync('npx', ['vite-node', script], { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`✗ upgrade stopped: ${script} exited with ${status}; fix the cause and run it again`);
    process.exit(status ?? 1);
  }
}
console.log('✓ upgrade done');
