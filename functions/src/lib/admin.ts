import { getApps, initializeApp, type App } from 'firebase-admin/app';
import { getAuth, type Auth } from 'firebase-admin/auth';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { getStorage } from 'firebase-admin/storage';

/** Initialised on first use, never at import: deploy-time discovery loads the bundle without credentials. */
/** firebase-functions may hold a named app of its own, so look for the default app by name. */
const DEFAULT_APP = '[DEFAULT]';

function adminApp(): App {
  return getApps().find((app) => app.name === DEFAULT_APP) ?? initializeApp();
}

export function adminDb(): Firestore {
  return getFirestore(adminApp());
}

export function adminAuth(): Auth {
  return getAuth(adminApp());
}

/** A file of the project's default bucket, whole (a PDF sent with a mail). */
export async function readStorageFile(storagePath: string): Promise<Buffer> {
  const [bytes] = await getStorage(adminApp()).bucket().file(storagePath).download();
  return bytes;
}
