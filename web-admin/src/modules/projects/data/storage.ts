import { EMULATORS } from '@estate/web-shared/emulators';
import { connectStorageEmulator, getStorage } from 'firebase/storage';
import { firebaseApp, usesEmulators } from '../../../lib/firebase/firebase-app';

/** The bucket of unit layouts; loaded with a building's page only. */
export const storage = getStorage(firebaseApp);

if (usesEmulators) connectStorageEmulator(storage, EMULATORS.storage.host, EMULATORS.storage.port);
