import {
  clientListingId,
  clientListingModel,
  LISTINGS_PAGE_SIZE,
  listingActionInputSchema,
  paths,
  privateFileUrl,
  type ClientListing,
  type ListingActionInput,
  type ListingStage,
} from '@estate/domain';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';
import type { User } from 'firebase/auth';
import {
  collection,
  doc,
  limit,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  startAfter,
  where,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { clientStore, readDocument, readQuery, sendWrite } from '../../../lib/firebase/client-store';

const listingConverter = converterOf(clientListingModel);

export interface ListingsPage {
  listings: ClientListing[];
  /** Where the next page starts, or null when this one was the last. */
  next: QueryDocumentSnapshot<ClientListing> | null;
}

/** One page of a tab of the client's listings (those published to them), newest first. */
export async function fetchListingsPage(
  tenantId: string,
  contactId: string,
  stage: ListingStage,
  after: QueryDocumentSnapshot<ClientListing> | null,
): Promise<ListingsPage> {
  const snapshot = await readQuery(
    query(
      collection(clientStore(), paths.clientListings(tenantId)).withConverter(listingConverter),
      where('contactId', '==', contactId),
      where('status', '==', 'published'),
      where('stage', '==', stage),
      orderBy('stageChangedAt', 'desc'),
      ...(after ? [startAfter(after)] : []),
      limit(LISTINGS_PAGE_SIZE),
    ),
  );
  const last = snapshot.docs.at(-1);
  return { listings: readDocs(snapshot), next: snapshot.docs.length === LISTINGS_PAGE_SIZE && last ? last : null };
}

/** One listing of the client's, or null when it is not (or no longer) published to them. */
export async function fetchListing(
  tenantId: string,
  contactId: string,
  propertyId: string,
): Promise<ClientListing | null> {
  try {
    const snapshot = await readDocument(
      doc(clientStore(), paths.clientListing(tenantId, clientListingId(contactId, propertyId))).withConverter(
        listingConverter,
      ),
    );
    return readDoc(snapshot);
  } catch (error) {
    // The rules refuse an unpublished listing as they refuse one that does not exist.
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'permission-denied')
      return null;
    throw error;
  }
}

/** An id the client makes for its action, so sending it again (offline, a retry) writes it once. */
export function newActionId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

/**
 * The client's action on a listing, written directly (firestore.rules check it); listings-onActionCreated
 * applies it to the listing and tells the agent.
 */
export async function sendListingAction(
  tenantId: string,
  contactId: string,
  propertyId: string,
  actionId: string,
  input: ListingActionInput,
): Promise<void> {
  const action = listingActionInputSchema.parse(input);
  await sendWrite(
    setDoc(doc(clientStore(), paths.listingAction(tenantId, actionId)), {
      id: actionId,
      contactId,
      propertyId,
      ...action,
      createdAt: serverTimestamp(),
    }),
  );
}

/** A photo of a listing, asked of files-download with the client's ID token (published listings only). */
export async function fetchListingPhoto(
  user: User,
  propertyId: string,
  photoId: string,
  variant: 'small' | 'large',
): Promise<Blob> {
  const response = await fetch(privateFileUrl({ kind: 'property-photo', propertyId, photoId, variant }), {
    headers: { Authorization: `Bearer ${await user.getIdToken()}` },
    credentials: 'omit',
  });
  if (!response.ok) throw new Error(`photo ${response.status}`);
  return response.blob();
}
