import { paths, sharedDocumentModel, type SharedDocument } from '@estate/domain';
import { converterOf, readDocs } from '@estate/web-shared/firestore';
import { collection, limit, orderBy, query, where } from 'firebase/firestore';
import { clientStore, readQuery } from '../../../lib/firebase/client-store';

const sharedConverter = converterOf(sharedDocumentModel);

/** A client is shared a few dozen documents; the page shows the newest this many. */
const SHARED_DOCUMENTS_PAGE = 100;

/** The documents shared with the signed-in client, newest first (the rules want the contactId filter). */
export async function fetchMySharedDocuments(tenantId: string, contactId: string): Promise<SharedDocument[]> {
  const snapshot = await readQuery(
    query(
      collection(clientStore(), paths.sharedDocuments(tenantId)).withConverter(sharedConverter),
      where('contactId', '==', contactId),
      orderBy('sharedAt', 'desc'),
      limit(SHARED_DOCUMENTS_PAGE),
    ),
  );
  return readDocs(snapshot);
}

/** The documents shared with the client for one listing: a handful, the newest this many. */
const LISTING_DOCUMENTS_PAGE = 20;

export async function fetchListingDocuments(
  tenantId: string,
  contactId: string,
  propertyId: string,
): Promise<SharedDocument[]> {
  const snapshot = await readQuery(
    query(
      collection(clientStore(), paths.sharedDocuments(tenantId)).withConverter(sharedConverter),
      where('contactId', '==', contactId),
      where('propertyId', '==', propertyId),
      orderBy('sharedAt', 'desc'),
      limit(LISTING_DOCUMENTS_PAGE),
    ),
  );
  return readDocs(snapshot);
}
