// `npm start`: installs what is missing, builds, starts the emulators and MailDev with data kept in
// .data/ between runs, seeds the demo agency when absent, and prints where everything is.
import { join } from 'node:path';
import { buildAll } from './build.mjs';
import { startEmulators } from './lib/emulators.mjs';
import { setup } from './lib/setup.mjs';
import { bin, fail, root, say, step } from './lib/run.mjs';

try {
  await setup();
  await buildAll();
  say('starting the Firebase emulators and MailDev (first start takes a minute)');
  const suite = await startEmulators({ dataDir: join(root, '.data') });
  await step('seeding the demo agency (skipped when present)', bin('vite-node'), ['scripts/seed.ts']);
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
    '  Data is kept in .data/ (delete it to start afresh). Ctrl-C stops everything.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    say('saving data to .data/ and stopping…');
    await suite.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  suite.suite.once('exit', (code) => {
    if (!stopping) {
      fail(`the emulator suite stopped by itself (code ${code}); see .emulators/emulators.log`);
      process.exit(1);
    }
  });
} catch (error) {
  fail(String(error.message ?? error));
  process.exit(1);
}
