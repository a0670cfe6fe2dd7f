import { getApps, initializeApp, type App } from 'firebase-admin/app';
import { getAuth, type Auth } from 'firebase-admin/auth';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';

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
