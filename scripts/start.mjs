// `npm start`: installs what is missing, builds, starts the emulators and MailDev with data kept in
// .data/ between runs, seeds the demo agency when absent, and prints where everything is.
// Ctrl-C, SIGTERM or SIGHUP at any moment stops everything it started (saving the data once the
// emulators are ready); a second one stops at once. A suite an earlier, killed run left behind is
// stopped first (scripts/lib/launcher.mjs).
// `--quick` builds the functions bundle only (the apps as they are), for the launcher's own tests;
// `--instance <name>` runs on another instance's ports and data (scripts/lib/instances.mjs).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll } from './build.mjs';
import { startEmulators } from './lib/emulators.mjs';
import { openSession, shown } from './lib/launcher.mjs';
import { setup } from './lib/setup.mjs';
import { bin, fail, say, step } from './lib/run.mjs';

const option = (name) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const quick = process.argv.includes('--quick');

let session;
try {
  session = await openSession({ command: 'npm start', instance: option('--instance') ?? 'dev' });
} catch (error) {
  fail(String(error.message ?? error));
  process.exit(1);
}
const { dataDir } = session.instance;

try {
  session.setPhase('checking prerequisites');
  await setup();
  session.setPhase('building');
  if (quick) await step('bundling functions (esbuild)', 'node', ['scripts/build-functions.mjs']);
  else await buildAll();
  session.setPhase('starting the emulators');
  say('starting the Firebase emulators and MailDev (first start takes a minute)');
  const hadData = existsSync(join(dataDir, 'firebase-export-metadata.json'));
  const suite = await startEmulators({ session, dataDir });
  session.setPhase('seeding the demo agency');
  if (!hadData) {
    // A seed cut short would leave half an agency that the next start takes for a whole one.
    suite.saveOnStop = false;
    suite.unsavedReason = 'data not saved (the demo seed was cut short: the next start seeds it again)';
  }
  await step('seeding the demo agency (skipped when present)', bin('vite-node'), ['scripts/seed.ts'], {
    env: suite.env,
  });
  suite.saveOnStop = true;
  session.setPhase('running');
  const lines = [
    '',
    `  Admin app   ${suite.adminUrl}`,
    `  Client app  ${suite.clientUrl}`,
    `  Inbox       ${suite.mailUrl}   (every mail the product sends lands here)`,
    '',
    '  Demo logins (password Demo-pass-2026):',
    '    owner@demo.test   owner of "Agence Démo"   (admin app)',
    '    admin@demo.test   admin                    (admin app)',
    '    agent@demo.test   agent                    (admin app)',
    '    client@demo.test  buyer                    (client app)',
    '',
    `  A new agency: ${suite.adminUrl}/signup. Any tenant on these local ports: add ?tenant=<tenantId>.`,
    `  Data is kept in ${shown(dataDir)} (delete it to start afresh). Ctrl-C stops everything.`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  suite.suite.once('exit', (code) => {
    if (!session.interrupted) {
      fail(`the emulator suite stopped by itself (code ${code}); see ${shown(session.instance.dir)}emulators.log`);
      void session.end().then(() => process.exit(1));
    }
  });
} catch (error) {
  // Interrupted: the session is stopping everything and exits when done.
  if (!(await session.interruptedNow())) {
    fail(String(error.message ?? error));
    await session.end();
    process.exit(1);
  }
}
