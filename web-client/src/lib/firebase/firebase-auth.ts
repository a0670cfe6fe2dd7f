import { EMULATORS } from '@estate/web-shared/emulators';
import { usesEmulators } from '@estate/web-shared/firebase-config';
import {
  browserLocalPersistence,
  connectAuthEmulator,
  indexedDBLocalPersistence,
  initializeAuth,
  type Auth,
} from 'firebase/auth';
import { firebaseApp } from './firebase-app';

// Apart from firebase-app.ts so that the Auth SDK stays out of the first chunk: the app loads it
// while the tenant loads (startFirstScreen) and the pages that sign in import it themselves.
let auth: Auth | undefined;

/** initializeAuth without a popup resolver: the client app only signs in with a password, which keeps the bundle small. */
export function clientAuth(): Auth {
  if (!auth) {
    auth = initializeAuth(firebaseApp(), { persistence: [indexedDBLocalPersistence, browserLocalPersistence] });
    if (usesEmulators) connectAuthEmulator(auth, EMULATORS.auth.url, { disableWarnings: true });
  }
  return auth;
}
