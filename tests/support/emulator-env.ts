import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface EmulatorPort {
  host: string;
  port: number;
}

const emulators = (
  JSON.parse(readFileSync(join(repoRoot, 'firebase.json'), 'utf8')) as {
    emulators: Record<string, EmulatorPort>;
  }
).emulators;

/**
 * The suite of one checkout listens on firebase.json's ports ("dev", npm start and scripts/emulators.mjs)
 * or on a copy of them shifted by ESTATE_PORT_OFFSET (npm test: 10000, npm run bench: 20000; see
 * scripts/lib/instances.mjs), which the launchers set for the seed and the tests they run.
 */
export const portOffset = Number(process.env.ESTATE_PORT_OFFSET ?? 0);

function port(name: string): EmulatorPort {
  const entry = emulators[name];
  if (!entry) throw new Error(`firebase.json has no emulator "${name}"`);
  return { host: entry.host, port: entry.port + portOffset };
}

export const projectId = 'demo-estate';
export const region = 'europe-west1';
export const firestoreEmulator = port('firestore');
export const authEmulator = port('auth');
const functionsEmulator = port('functions');
export const storageEmulator = port('storage');
export const authOrigin = `http://${authEmulator.host}:${authEmulator.port}`;
export const functionsOrigin = `http://${functionsEmulator.host}:${functionsEmulator.port}`;
export const mailDevOrigin = `http://127.0.0.1:${1080 + portOffset}`;
/** The Hosting emulator's two sites: the admin app on its port, the client app 5 ports above. */
const hostingPort = port('hosting').port;
export const adminHost = `localhost:${hostingPort}`;
export const clientHost = `localhost:${hostingPort + 5}`;
export const adminOrigin = `http://${adminHost}`;
export const clientOrigin = `http://${clientHost}`;

/** Points firebase-admin in this process at the emulators; call before the first admin SDK use. */
export function useEmulators(): void {
  process.env.GCLOUD_PROJECT = projectId;
  process.env.FIRESTORE_EMULATOR_HOST = `${firestoreEmulator.host}:${firestoreEmulator.port}`;
  process.env.FIREBASE_AUTH_EMULATOR_HOST = `${authEmulator.host}:${authEmulator.port}`;
  process.env.FIREBASE_STORAGE_EMULATOR_HOST = `${storageEmulator.host}:${storageEmulator.port}`;
}
