import {
  clientPlaceModel,
  freePlaceId,
  paths,
  PLACES_PER_CLIENT,
  type ClientPlace,
  type ClientPlaceInput,
} from '@estate/domain';
import { converterOf, readDocs } from '@estate/web-shared/firestore';
import {
  collection,
  deleteDoc,
  doc,
  getDocs,
  limit,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { db } from '../../../lib/firebase/firebase-app';

const placeConverter = converterOf(clientPlaceModel);

/** A client's points (at most PLACES_PER_CLIENT: one page), oldest first. */
export async function fetchClientPlaces(tenantId: string, contactId: string): Promise<ClientPlace[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.clientPlaces(tenantId)).withConverter(placeConverter),
      where('contactId', '==', contactId),
      limit(PLACES_PER_CLIENT),
    ),
  );
  return readDocs(snapshot).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

class ClientPlacesFull extends Error {}

/** Written directly (firestore.rules, clientPlaces): in the client's first free slot, by the agent, now. */
export async function addClientPlace(
  tenantId: string,
  contactId: string,
  uid: string,
  existing: readonly ClientPlace[],
  place: ClientPlaceInput,
): Promise<void> {
  const id = freePlaceId(contactId, existing);
  if (!id) throw new ClientPlacesFull();
  await setDoc(doc(db, paths.clientPlace(tenantId, id)), {
    ...place,
    id,
    contactId,
    addedBy: { kind: 'agent', uid },
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
}

export async function updateClientPlace(tenantId: string, placeId: string, place: ClientPlaceInput): Promise<void> {
  await updateDoc(doc(db, paths.clientPlace(tenantId, placeId)), { ...place, updatedAt: serverTimestamp() });
}

export async function removeClientPlace(tenantId: string, placeId: string): Promise<void> {
  await deleteDoc(doc(db, paths.clientPlace(tenantId, placeId)));
}
