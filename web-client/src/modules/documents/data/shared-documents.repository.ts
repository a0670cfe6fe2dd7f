import { paths, sharedDocumentModel, type SharedDocument } from '@estate/domain';
import { converterOf, readDocs } from '@estate/web-shared/firestore-lite';
import { collection, getDocs, limit, orderBy, query, where } from 'firebase/firestore/lite';
import { clientDb } from '../../../lib/firebase/firebase-app';

const sharedConverter = converterOf(sharedDocumentModel);

/** A client is shared a few dozen documents; the page shows the newest this many. */
const SHARED_DOCUMENTS_PAGE = 100;

/** The documents shared with the signed-in client, newest first (the rules want the contactId filter). */
export async function fetchMySharedDocuments(tenantId: string, contactId: string): Promise<SharedDocument[]> {
  const snapshot = await getDocs(
    query(
      collection(clientDb(), paths.sharedDocuments(tenantId)).withConverter(sharedConverter),
      where('contactId', '==', contactId),
      orderBy('sharedAt', 'desc'),
      limit(SHARED_DOCUMENTS_PAGE),
    ),
  );
  return readDocs(snapshot);
}
