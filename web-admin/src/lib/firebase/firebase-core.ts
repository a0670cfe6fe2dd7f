import { EMULATORS } from '@estate/web-shared/emulators';
import { firebaseConfig, usesEmulators } from '@estate/web-shared/firebase-config';
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore/lite';

// What the screens before sign-in need. The full Firestore SDK (firebase-app) loads with the screens behind it.

export { firebaseConfig, usesEmulators } from '@estate/web-shared/firebase-config';

export const firebaseApp = initializeApp(firebaseConfig);
export const auth = getAuth(firebaseApp);
/** Firestore lite, for the one read before sign-in: the host's public domain document. */
export const publicDb = getFirestore(firebaseApp);

if (usesEmulators) {
  connectAuthEmulator(auth, EMULATORS.auth.url, { disableWarnings: true });
  connectFirestoreEmulator(publicDb, EMULATORS.firestore.host, EMULATORS.firestore.port);
}
