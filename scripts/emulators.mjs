// Runs the emulator suite and MailDev in the foreground until Ctrl-C, for development and CI:
// `node scripts/emulators.mjs` (throw-away data) or `node scripts/emulators.mjs --data .data` (kept).
// They listen on firebase.json's ports ("dev", as npm start), or on another instance's with
// `--instance test` (then give the seed and vitest ESTATE_PORT_OFFSET=10000, as it prints).
import { resolve } from 'node:path';
import { startEmulators } from './lib/emulators.mjs';
import { PORT_OFFSET_VARIABLE } from './lib/instances.mjs';
import { openSession } from './lib/launcher.mjs';
import { fail, say } from './lib/run.mjs';

const option = (name) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
let session;
try {
  session = await openSession({ command: 'scripts/emulators.mjs', instance: option('--instance') ?? 'dev' });
  session.setPhase('starting the emulators');
  const data = option('--data');
  const suite = await startEmulators({ session, dataDir: data ? resolve(data) : undefined });
  session.setPhase('running');
  const offset = session.instance.offset;
  say(
    `emulators ready: admin ${suite.adminUrl}, client ${suite.clientUrl}, inbox ${suite.mailUrl}` +
      (offset ? ` (seed and tests: ${PORT_OFFSET_VARIABLE}=${offset})` : ''),
  );
} catch (error) {
  if (!(await session?.interruptedNow())) {
    fail(String(error.message ?? error));
    await session?.end();
    process.exit(1);
  }
}
