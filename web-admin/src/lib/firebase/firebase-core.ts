import { usesEmulatorsFor } from '@estate/domain';
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore/lite';

// What the screens before sign-in need. The full Firestore SDK (firebase-app) loads with the screens behind it.

const env = import.meta.env;

export const firebaseConfig = {
  apiKey: env.VITE_FIREBASE_API_KEY ?? 'demo-api-key',
  authDomain: env.VITE_FIREBASE_AUTH_DOMAIN ?? 'demo-estate.firebaseapp.com',
  projectId: env.VITE_FIREBASE_PROJECT_ID ?? 'demo-estate',
  storageBucket: env.VITE_FIREBASE_STORAGE_BUCKET ?? 'demo-estate.appspot.com',
  appId: env.VITE_FIREBASE_APP_ID ?? 'demo-app',
};

/** Local runs (a `demo-` project) talk to the emulator suite; a build for a real project never does. */
export const usesEmulators = usesEmulatorsFor(firebaseConfig.projectId, env.VITE_USE_EMULATORS);

export const firebaseApp = initializeApp(firebaseConfig);
export const auth = getAuth(firebaseApp);
/** Firestore lite, for the one read before sign-in: the host's public domain document. */
export const publicDb = getFirestore(firebaseApp);

if (usesEmulators) {
  connectAuthEmulator(auth, 'http://127.0.0.1:9099', { disableWarnings: true });
  connectFirestoreEmulator(publicDb, '127.0.0.1', 8080);
}
