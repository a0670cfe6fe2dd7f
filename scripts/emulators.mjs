// Runs the emulator suite and MailDev in the foreground until Ctrl-C, for development:
// `node scripts/emulators.mjs` (throw-away data) or `node scripts/emulators.mjs --data .data` (kept).
import { startEmulators } from './lib/emulators.mjs';
import { say } from './lib/run.mjs';

const dataIndex = process.argv.indexOf('--data');
const dataDir = dataIndex > 0 ? process.argv[dataIndex + 1] : undefined;
const suite = await startEmulators({ dataDir });
say(`emulators ready: admin ${suite.adminUrl}, client ${suite.clientUrl}, inbox ${suite.mailUrl}`);
const shutdown = async () => {
  say('stopping the emulators…');
  await suite.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
