import { EMULATORS } from '@estate/web-shared/emulators';
import { connectStorageEmulator, getStorage } from 'firebase/storage';
import { firebaseApp, usesEmulators } from '../../../lib/firebase/firebase-app';

/** The chat attachments' bucket; loaded with a thread only, so the first screen stays small. */
export const storage = getStorage(firebaseApp);

if (usesEmulators) connectStorageEmulator(storage, EMULATORS.storage.host, EMULATORS.storage.port);
