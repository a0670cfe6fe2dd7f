import { usesEmulatorsFor } from '@estate/domain';
import type { FirebaseOptions } from 'firebase/app';

const env = import.meta.env;

export const firebaseConfig: FirebaseOptions = {
  apiKey: env.VITE_FIREBASE_API_KEY ?? 'demo-api-key',
  authDomain: env.VITE_FIREBASE_AUTH_DOMAIN ?? 'demo-estate.firebaseapp.com',
  projectId: env.VITE_FIREBASE_PROJECT_ID ?? 'demo-estate',
  storageBucket: env.VITE_FIREBASE_STORAGE_BUCKET ?? 'demo-estate.appspot.com',
  appId: env.VITE_FIREBASE_APP_ID ?? 'demo-app',
};

/** Local runs (a `demo-` project) talk to the emulator suite; a build for a real project never does. */
export const usesEmulators = usesEmulatorsFor(firebaseConfig.projectId ?? '', env.VITE_USE_EMULATORS);

export const EMULATORS = {
  auth: 'http://127.0.0.1:9099',
  firestore: { host: '127.0.0.1', port: 8080 },
  functions: { host: '127.0.0.1', port: 5001 },
} as const;
