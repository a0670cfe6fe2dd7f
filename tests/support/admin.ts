import { getApp, getApps, initializeApp, type App } from 'firebase-admin/app';
import { getAuth, type Auth } from 'firebase-admin/auth';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { projectId, useEmulators } from './emulator-env';

let app: App | undefined;

function adminApp(): App {
  if (!app) {
    useEmulators();
    app = getApps().some((existing) => existing.name === '[DEFAULT]') ? getApp() : initializeApp({ projectId });
  }
  return app;
}

export function adminAuth(): Auth {
  return getAuth(adminApp());
}

export function adminDb(): Firestore {
  return getFirestore(adminApp());
}
