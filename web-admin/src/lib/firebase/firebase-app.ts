import { FUNCTIONS_REGION } from '@estate/domain';
import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore';
import type { Functions } from 'firebase/functions';
import { firebaseApp, usesEmulators } from './firebase-core';

// Set up in firebase-core, which the first screen loads; the repositories take them from here with db.
export { firebaseApp, firebaseConfig, usesEmulators } from './firebase-core';

export const db = getFirestore(firebaseApp);

if (usesEmulators) connectFirestoreEmulator(db, '127.0.0.1', 8080);

let functions: Promise<Functions> | undefined;

/** The Functions SDK loads with the first call to a function: most screens make none. */
export function cloudFunctions(): Promise<Functions> {
  functions ??= import('firebase/functions').then(({ connectFunctionsEmulator, getFunctions }) => {
    const instance = getFunctions(firebaseApp, FUNCTIONS_REGION);
    if (usesEmulators) connectFunctionsEmulator(instance, '127.0.0.1', 5001);
    return instance;
  });
  return functions;
}
