import { usesEmulatorsFor } from '@estate/domain';

const env = import.meta.env;

/** The project a build is for; without `VITE_FIREBASE_*` the `demo-` project only the emulators serve. */
export const firebaseConfig = {
  apiKey: env.VITE_FIREBASE_API_KEY ?? 'demo-api-key',
  authDomain: env.VITE_FIREBASE_AUTH_DOMAIN ?? 'demo-estate.firebaseapp.com',
  projectId: env.VITE_FIREBASE_PROJECT_ID ?? 'demo-estate',
  storageBucket: env.VITE_FIREBASE_STORAGE_BUCKET ?? 'demo-estate.appspot.com',
  appId: env.VITE_FIREBASE_APP_ID ?? 'demo-app',
};

/** Local runs (a `demo-` project) talk to the emulator suite; a build for a real project never does. */
export const usesEmulators = usesEmulatorsFor(firebaseConfig.projectId, env.VITE_USE_EMULATORS);
