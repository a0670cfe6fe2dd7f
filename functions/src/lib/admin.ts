import { getApp, getApps, initializeApp, type App } from 'firebase-admin/app';
import { getAuth, type Auth } from 'firebase-admin/auth';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';

/** Initialised on first use, never at import: deploy-time discovery loads the bundle without credentials. */
function adminApp(): App {
  return getApps().length > 0 ? getApp() : initializeApp();
}

export function adminDb(): Firestore {
  return getFirestore(adminApp());
}

export function adminAuth(): Auth {
  return getAuth(adminApp());
}
