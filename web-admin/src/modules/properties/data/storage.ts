import { EMULATORS } from '@estate/web-shared/emulators';
import { connectStorageEmulator, getStorage } from 'firebase/storage';
import { firebaseApp, usesEmulators } from '../../../lib/firebase/firebase-app';

/** The bucket of property photos and documents; loaded with the property page only. */
export const storage = getStorage(firebaseApp);

if (usesEmulators) connectStorageEmulator(storage, EMULATORS.storage.host, EMULATORS.storage.port);
