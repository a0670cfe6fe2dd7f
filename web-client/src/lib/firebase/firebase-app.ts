import { EMULATORS } from '@estate/web-shared/emulators';
import { firebaseConfig, usesEmulators } from '@estate/web-shared/firebase-config';
import { initializeApp, type FirebaseApp } from 'firebase/app';
import {
  browserLocalPersistence,
  connectAuthEmulator,
  indexedDBLocalPersistence,
  initializeAuth,
  type Auth,
} from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore, type Firestore } from 'firebase/firestore/lite';

let app: FirebaseApp | undefined;
let auth: Auth | undefined;
let db: Firestore | undefined;

export function firebaseApp(): FirebaseApp {
  app ??= initializeApp(firebaseConfig);
  return app;
}

/** initializeAuth without a popup resolver: the client app only signs in with a password, which keeps the bundle small. */
export function clientAuth(): Auth {
  if (!auth) {
    auth = initializeAuth(firebaseApp(), { persistence: [indexedDBLocalPersistence, browserLocalPersistence] });
    if (usesEmulators) connectAuthEmulator(auth, EMULATORS.auth.url, { disableWarnings: true });
  }
  return auth;
}

/** Firestore lite: one-shot reads over REST, no live listeners, a fraction of the full SDK's weight. */
export function clientDb(): Firestore {
  if (!db) {
    db = getFirestore(firebaseApp());
    if (usesEmulators) connectFirestoreEmulator(db, EMULATORS.firestore.host, EMULATORS.firestore.port);
  }
  return db;
}
