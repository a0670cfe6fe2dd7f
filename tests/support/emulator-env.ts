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

function port(name: string): EmulatorPort {
  const entry = emulators[name];
  if (!entry) throw new Error(`firebase.json has no emulator "${name}"`);
  return entry;
}

export const projectId = 'demo-estate';
export const region = 'europe-west1';
export const firestoreEmulator = port('firestore');
export const authEmulator = port('auth');
const functionsEmulator = port('functions');
export const storageEmulator = port('storage');
export const authOrigin = `http://${authEmulator.host}:${authEmulator.port}`;
export const functionsOrigin = `http://${functionsEmulator.host}:${functionsEmulator.port}`;
export const mailDevOrigin = 'http://127.0.0.1:1080';

/** Points firebase-admin in this process at the emulators; call before the first admin SDK use. */
export function useEmulators(): void {
  process.env.GCLOUD_PROJECT = projectId;
  process.env.FIRESTORE_EMULATOR_HOST = `${firestoreEmulator.host}:${firestoreEmulator.port}`;
  process.env.FIREBASE_AUTH_EMULATOR_HOST = `${authEmulator.host}:${authEmulator.port}`;
  process.env.FIREBASE_STORAGE_EMULATOR_HOST = `${storageEmulator.host}:${storageEmulator.port}`;
}
