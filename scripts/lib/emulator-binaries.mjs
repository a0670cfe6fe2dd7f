// Prepares the emulator binaries firebase-tools cannot download on a machine without internet:
// Google's Firestore and Pub/Sub emulators from the gcloud packages, and a stand-in storage rules runtime.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, rmSync, copyFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { root, say } from './run.mjs';

const GCLOUD = '/usr/lib/google-cloud-sdk/platform';
const FIRESTORE_JAR = `${GCLOUD}/cloud-firestore-emulator/cloud-firestore-emulator.jar`;
const PUBSUB_BIN = `${GCLOUD}/pubsub-emulator/bin/cloud-pubsub-emulator`;
const binDir = join(root, '.emulators', 'bin');

function buildJar(name, { mainClass, classPath, classesDir }) {
  const jar = join(binDir, `${name}.jar`);
  if (existsSync(jar)) return jar;
  mkdirSync(binDir, { recursive: true });
  const manifest = join(binDir, `${name}.mf`);
  const lines = [`Main-Class: ${mainClass}`];
  if (classPath) lines.push(`Class-Path: ${classPath}`);
  writeFileSync(manifest, `${lines.join('\n')}\n`);
  const args = ['cfm', jar, manifest];
  if (classesDir) args.push('-C', classesDir, '.');
  execFileSync('jar', args, { stdio: 'inherit' });
  return jar;
}

function storageRulesRuntimeCached() {
  const cache = join(homedir(), '.cache', 'firebase', 'emulators');
  if (!existsSync(cache)) return false;
  return execFileSync('ls', [cache]).toString().includes('cloud-storage-rules-runtime');
}

/** Returns the environment variables that point firebase-tools at the local binaries, and what was substituted. */
export function emulatorBinaries() {
  const env = {};
  const notes = [];
  if (existsSync(FIRESTORE_JAR)) {
    env.FIRESTORE_EMULATOR_BINARY_PATH = buildJar('firestore-launcher', {
      mainClass: 'com.google.cloud.datastore.emulator.firestore.CloudFirestore',
      classPath: `file:${FIRESTORE_JAR}`,
    });
  }
  if (existsSync(PUBSUB_BIN)) env.PUBSUB_EMULATOR_BINARY_PATH = PUBSUB_BIN;
  const realStorageRules = storageRulesRuntimeCached() || process.env.STORAGE_EMULATOR_BINARY_PATH;
  if (!realStorageRules) {
    const classes = join(binDir, 'storage-rules-classes');
    if (!existsSync(join(binDir, 'storage-rules-standin.jar'))) {
      rmSync(classes, { recursive: true, force: true });
      mkdirSync(classes, { recursive: true });
      copyFileSync(
        join(root, 'scripts/storage-rules-runtime/StandInStorageRules.java'),
        join(classes, 'StandInStorageRules.java'),
      );
      execFileSync('javac', ['-d', classes, join(classes, 'StandInStorageRules.java')], { stdio: 'inherit' });
      rmSync(join(classes, 'StandInStorageRules.java'));
    }
    env.STORAGE_EMULATOR_BINARY_PATH = buildJar('storage-rules-standin', {
      mainClass: 'StandInStorageRules',
      classesDir: classes,
    });
    notes.push(
      "storage: Google's storage rules runtime is not available here; a stand-in runs and storage.rules are NOT enforced in this run",
    );
  }
  if (!env.FIRESTORE_EMULATOR_BINARY_PATH)
    say('firestore: no local emulator jar; firebase-tools will download its own');
  return { env, storageRulesEnforced: Boolean(realStorageRules), notes };
}
