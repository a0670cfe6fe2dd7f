import {
  paths,
  shareDocumentContract,
  sharedDocumentModel,
  unshareDocumentContract,
  type ShareDocumentInput,
  type SharedDocument,
} from '@estate/domain';
import { converterOf, readDocs } from '@estate/web-shared/firestore';
import { collection, getDocs, limit, orderBy, query, where } from 'firebase/firestore';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';

const sharedConverter = converterOf(sharedDocumentModel);

/** A client is shared a few dozen documents at most; the page stops well past that. */
const SHARED_DOCUMENTS_PAGE = 200;

/** What is shared with one client, newest first (index contactId + sharedAt desc). */
export async function fetchSharedDocuments(tenantId: string, contactId: string): Promise<SharedDocument[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.sharedDocuments(tenantId)).withConverter(sharedConverter),
      where('contactId', '==', contactId),
      orderBy('sharedAt', 'desc'),
      limit(SHARED_DOCUMENTS_PAGE),
    ),
  );
  return readDocs(snapshot);
}

export function shareDocument(input: ShareDocumentInput) {
  return call(shareDocumentContract, input);
}

export function unshareDocument(sharedId: string) {
  return call(unshareDocumentContract, { sharedId });
}
