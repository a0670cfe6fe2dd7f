import { getApps, initializeApp, type App } from 'firebase-admin/app';
import { getAuth, type Auth } from 'firebase-admin/auth';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { projectId, useEmulators } from './emulator-env';

/**
 * The test process's default app, naming the default bucket as the functions runtime does (the chat's
 * and the erasure's clean-ups empty folders of it). Made once: the files of a run share it.
 */
function adminApp(): App {
  useEmulators();
  return (
    getApps().find((existing) => existing.name === '[DEFAULT]') ??
    initializeApp({ projectId, storageBucket: `${projectId}.appspot.com` })
  );
}

export function adminAuth(): Auth {
  return getAuth(adminApp());
}

export function adminDb(): Firestore {
  return getFirestore(adminApp());
}
