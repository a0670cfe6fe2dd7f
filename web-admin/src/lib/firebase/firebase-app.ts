import { EMULATORS } from '@estate/web-shared/emulators';
import { lazyFunctions } from '@estate/web-shared/firebase-functions';
import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore';
import { firebaseApp, usesEmulators } from './firebase-core';

// Set up in firebase-core, which the first screen loads; the repositories take them from here with db.
export { firebaseApp, firebaseConfig, usesEmulators } from './firebase-core';

export const db = getFirestore(firebaseApp);

if (usesEmulators) connectFirestoreEmulator(db, EMULATORS.firestore.host, EMULATORS.firestore.port);

export const cloudFunctions = lazyFunctions(() => firebaseApp);
