import { EMULATORS } from '@estate/web-shared/emulators';
import { usesEmulators } from '@estate/web-shared/firebase-config';
import {
  clearIndexedDbPersistence,
  connectFirestoreEmulator,
  getDoc,
  getDocFromCache,
  getDocs,
  getDocsFromCache,
  initializeFirestore,
  persistentLocalCache,
  persistentMultipleTabManager,
  terminate,
  waitForPendingWrites,
  type DocumentReference,
  type DocumentSnapshot,
  type Firestore,
  type Query,
  type QuerySnapshot,
} from 'firebase/firestore';
import { firebaseApp } from './firebase-app';
import { pendingWrites } from './pending-writes';

let store: Firestore | undefined;

/**
 * The signed-in client's Firestore: the full SDK with a persistent cache in IndexedDB, so the app opens
 * offline with what it last loaded and queues the client's writes until the phone is back online.
 * Only the signed-in pages import this module, so the SDK stays out of the first chunk (the public
 * `domains` read before sign-in goes through Firestore lite).
 */
export function clientStore(): Firestore {
  if (!store) {
    store = initializeFirestore(firebaseApp(), {
      localCache: persistentLocalCache({ tabManager: persistentMultipleTabManager() }),
    });
    if (usesEmulators) connectFirestoreEmulator(store, EMULATORS.firestore.host, EMULATORS.firestore.port);
    // Writes queued in an earlier visit (the app was closed offline) are waiting too.
    void pendingWrites.track(waitForPendingWrites(store)).catch(() => undefined);
  }
  return store;
}

/**
 * Online, the server's answer; offline, what the cache holds at once. (Asked of the server while the
 * phone is offline, the SDK would first wait out its connection attempts.)
 */
export function readQuery<T>(query: Query<T>): Promise<QuerySnapshot<T>> {
  return navigator.onLine ? getDocs(query) : getDocsFromCache(query);
}

/** What was asked was never loaded on this phone, and the phone is offline. */
class OfflineUnavailable extends Error {
  constructor() {
    super('not available offline');
    this.name = 'OfflineUnavailable';
  }
}

/** As readQuery, for one document; a document never loaded reads as missing offline. */
export async function readDocument<T>(ref: DocumentReference<T>): Promise<DocumentSnapshot<T>> {
  if (navigator.onLine) return getDoc(ref);
  try {
    return await getDocFromCache(ref);
  } catch {
    throw new OfflineUnavailable();
  }
}

/**
 * A client's write (a new document under an id the app made, so sending it twice writes it once).
 * Online, the caller waits for the server (and sees a refusal); offline, the write is queued in the
 * cache and the app shows it waiting to send until the server has it.
 */
export async function sendWrite(write: Promise<void>): Promise<void> {
  const sent = pendingWrites.track(write);
  if (navigator.onLine) return sent;
  sent.catch((error: unknown) => pendingWrites.reportQueuedFailure(error));
}

/**
 * On sign-out: the next person on this phone must not find the previous client's documents in the
 * cache. Stops this page's instance (if any) and clears the persisted cache.
 */
export async function forgetClientStore(): Promise<void> {
  const current = store ?? initializeFirestore(firebaseApp(), {});
  store = undefined;
  await terminate(current);
  // Refused while another tab of the app still holds the cache; that tab clears it when it signs out.
  await clearIndexedDbPersistence(current).catch(() => undefined);
}
