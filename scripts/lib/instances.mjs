// The emulator suites one checkout can run side by side: each has its own ports (firebase.json's,
// shifted by an offset, all below 32768), its own MailDev, its own working folder and its own record of
// the processes it started. `npm start` and `scripts/emulators.mjs` use "dev" (firebase.json's own
// ports), `npm test` "test", `npm run bench` "bench", and the launcher's own tests "check".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './run.mjs';

/** Children (seed, vitest, the apps in the browser) read the shift from this variable. */
export const PORT_OFFSET_VARIABLE = 'ESTATE_PORT_OFFSET';

/**
 * Every port stays below 32768, where Linux starts handing out ports to outgoing connections: a port
 * up there can be taken as the local end of any connection on the machine (a browser's, a test's),
 * and the emulator that wanted it then fails to start. The check instance sat at +30000 and did so,
 * now and then, in CI.
 */
const INSTANCES = {
  dev: { offset: 0, dir: '.emulators', data: '.data' },
  test: { offset: 10_000, dir: '.emulators/test' },
  bench: { offset: 20_000, dir: '.emulators/bench' },
  check: { offset: 4_000, dir: '.emulators/check', data: '.emulators/check/data' },
};

/** The first port Linux gives to outgoing connections (net.ipv4.ip_local_port_range); macOS and Windows start higher. */
export const EPHEMERAL_PORTS_FROM = 32_768;

export const INSTANCE_NAMES = Object.keys(INSTANCES);

const MAIL = { smtp: 1025, web: 1080 };

/** Ports, folders and files of one instance. */
export function instance(name = 'dev') {
  const entry = INSTANCES[name];
  if (!entry) throw new Error(`unknown emulator instance "${name}" (one of ${Object.keys(INSTANCES).join(', ')})`);
  const emulators = JSON.parse(readFileSync(join(root, 'firebase.json'), 'utf8')).emulators;
  const shifted = {};
  for (const [key, value] of Object.entries(emulators)) {
    if (value && typeof value === 'object' && value.port) {
      shifted[key] = { ...value, port: value.port + entry.offset };
      if (value.websocketPort) shifted[key].websocketPort = value.websocketPort + entry.offset;
    } else {
      shifted[key] = value;
    }
  }
  const dir = join(root, entry.dir);
  const ports = [];
  for (const [key, value] of Object.entries(shifted)) {
    if (value && typeof value === 'object' && value.port) {
      ports.push({ name: key, port: value.port });
      if (value.websocketPort) ports.push({ name: `${key} websocket`, port: value.websocketPort });
    }
  }
  const mail = { smtp: MAIL.smtp + entry.offset, web: MAIL.web + entry.offset };
  ports.push(
    // firebase-tools serves the second Hosting site 5 ports above the first.
    { name: 'hosting (client site)', port: shifted.hosting.port + 5 },
    { name: 'maildev smtp', port: mail.smtp },
    { name: 'maildev web', port: mail.web },
  );
  return {
    name,
    offset: entry.offset,
    emulators: shifted,
    ports,
    mail,
    dir,
    dataDir: entry.data ? join(root, entry.data) : undefined,
    /** What this instance started and is still running: process ids, command lines, ports. */
    recordFile: join(dir, 'processes.json'),
    runtimeFile: join(dir, 'runtime.json'),
    /** The configuration firebase-tools runs under (beside firebase.json, so its relative paths hold). */
    localConfig: name === 'dev' ? 'firebase.local.json' : `firebase.${name}.local.json`,
    /** Where the functions emulator loads the bundle from: a copy per instance, each with its own ports. */
    functionsDir: name === 'dev' ? 'functions/dist' : `functions/instances/${name}/dist`,
    env: { [PORT_OFFSET_VARIABLE]: String(entry.offset) },
  };
}
