import { type Contact, contactModel, type Erasure, erasureModel, paths } from '@estate/domain';
import { collection, getDocs, limit, orderBy, query, Timestamp, where } from 'firebase/firestore';
import { db } from '../../../lib/firebase/firebase-app';
import { converterOf, readDocs } from '@estate/web-shared/firestore';

const contactConverter = converterOf(contactModel);
const erasureConverter = converterOf(erasureModel);

const ERASURE_LOG_SIZE = 50;

/**
 * Contacts with a pending deletion request, oldest first. A range on `deletionRequest.requestedAt`
 * leaves out contacts without a request (null has no requestedAt). Owner and admin only: they see
 * every contact whatever the visibility setting, so the rules allow this query.
 */
export async function fetchPendingDeletionRequests(tenantId: string): Promise<Contact[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.contacts(tenantId)).withConverter(contactConverter),
      where('deletionRequest.requestedAt', '>', Timestamp.fromMillis(0)),
      orderBy('deletionRequest.requestedAt'),
      limit(100),
    ),
  );
  return readDocs(snapshot);
}

/** The latest erasures, newest first (owner and admin read them). */
export async function fetchErasures(tenantId: string): Promise<Erasure[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.erasures(tenantId)).withConverter(erasureConverter),
      orderBy('erasedAt', 'desc'),
      limit(ERASURE_LOG_SIZE),
    ),
  );
  return readDocs(snapshot);
}
