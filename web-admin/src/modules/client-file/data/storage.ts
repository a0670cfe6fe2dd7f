import { connectStorageEmulator, getStorage } from 'firebase/storage';
import { firebaseApp, usesEmulators } from '../../../lib/firebase/firebase-app';

/** The client documents' bucket; loaded with the client file only, so the first screen stays small. */
export const storage = getStorage(firebaseApp);

if (usesEmulators) connectStorageEmulator(storage, '127.0.0.1', 9199);
