import { EMULATORS } from '@estate/web-shared/emulators';
import { firebaseConfig, usesEmulators } from '@estate/web-shared/firebase-config';
import { initializeApp, type FirebaseApp } from 'firebase/app';
import { connectFirestoreEmulator, getFirestore, type Firestore } from 'firebase/firestore/lite';

let app: FirebaseApp | undefined;
let db: Firestore | undefined;

export function firebaseApp(): FirebaseApp {
  app ??= initializeApp(firebaseConfig);
  return app;
}

/** Firestore lite: one-shot reads over REST, no live listeners, a fraction of the full SDK's weight. */
export function clientDb(): Firestore {
  if (!db) {
    db = getFirestore(firebaseApp());
    if (usesEmulators) connectFirestoreEmulator(db, EMULATORS.firestore.host, EMULATORS.firestore.port);
  }
  return db;
}
