import { EMULATORS } from '@estate/web-shared/emulators';
import {
  connectStorageEmulator,
  getStorage,
  ref as fileRef,
  uploadBytesResumable,
  type UploadMetadata,
} from 'firebase/storage';
import { firebaseApp, usesEmulators } from './firebase-app';

/**
 * The bucket the apps upload to. Imported only by the pages that upload (a client file, a property, a
 * chat thread, a unit card), so the Storage SDK stays out of the first screen.
 */
export const storage = getStorage(firebaseApp);

if (usesEmulators) connectStorageEmulator(storage, EMULATORS.storage.host, EMULATORS.storage.port);

/** Uploads to `path`, telling `onProgress` the bytes sent so far; resolves once the upload is complete. */
export function uploadWithProgress(
  path: string,
  data: Blob,
  metadata: UploadMetadata,
  onProgress: (sent: number, total: number) => void,
): Promise<void> {
  const task = uploadBytesResumable(fileRef(storage, path), data, metadata);
  return new Promise((resolve, reject) => {
    task.on(
      'state_changed',
      (snapshot) => onProgress(snapshot.bytesTransferred, snapshot.totalBytes),
      reject,
      () => resolve(),
    );
  });
}
