import { getApps, initializeApp, type App } from 'firebase-admin/app';
import { getAuth, type Auth } from 'firebase-admin/auth';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { getStorage } from 'firebase-admin/storage';
import { projectId, useEmulators } from './emulator-env';

/**
 * The test process's default app, naming the default bucket as the functions runtime does (the chat's
 * and the erasure's clean-ups empty folders of it). Made once: the files of a run share it.
 */
function adminApp(): App {
  useEmulators();
  const existing = getApps().find((app) => app.name === '[DEFAULT]');
  if (existing) return existing;
  const app = initializeApp({ projectId, storageBucket: `${projectId}.appspot.com` });
  retryEveryStorageWrite(app);
  return app;
}

/**
 * The Storage emulator now and then closes a kept-alive connection as a write starts on it (EPIPE,
 * ECONNRESET). The client retries such errors, but by default not a write without a generation
 * precondition; the seed's and the tests' writes put the same bytes again, so they may all be retried
 * (0 is `IdempotencyStrategy.RetryAlways`). Functions run here in-process share this client.
 */
function retryEveryStorageWrite(app: App): void {
  getStorage(app).bucket().storage.retryOptions.idempotencyStrategy = 0;
}

export function adminAuth(): Auth {
  return getAuth(adminApp());
}

export function adminDb(): Firestore {
  return getFirestore(adminApp());
}
