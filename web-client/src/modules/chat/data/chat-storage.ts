import { EMULATORS } from '@estate/web-shared/emulators';
import { usesEmulators } from '@estate/web-shared/firebase-config';
import { connectStorageEmulator, getStorage, ref, uploadBytes, type FirebaseStorage } from 'firebase/storage';
import { firebaseApp } from '../../../lib/firebase/firebase-app';

let storage: FirebaseStorage | undefined;

/** The Storage SDK, in its own chunk: only a message with a file loads it. */
export async function uploadFile(path: string, file: File, contentType: string, uid: string): Promise<void> {
  if (!storage) {
    storage = getStorage(firebaseApp());
    if (usesEmulators) connectStorageEmulator(storage, EMULATORS.storage.host, EMULATORS.storage.port);
  }
  await uploadBytes(ref(storage, path), file, { contentType, customMetadata: { uploadedBy: uid } });
}
