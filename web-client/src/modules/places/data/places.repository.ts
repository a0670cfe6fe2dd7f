import {
  clientPlaceModel,
  freePlaceId,
  paths,
  PLACES_PER_CLIENT,
  type ClientPlace,
  type ClientPlaceInput,
} from '@estate/domain';
import { converterOf, readDocs } from '@estate/web-shared/firestore-lite';
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
} from 'firebase/firestore/lite';
import { clientDb } from '../../../lib/firebase/firebase-app';

/** Made when first read, so importing the module (the places door) costs the entry chunk nothing. */
const placeConverter = () => converterOf(clientPlaceModel);

/** The client's points (at most PLACES_PER_CLIENT, so one page), in the order of their slots. */
export async function fetchPlaces(tenantId: string, contactId: string): Promise<ClientPlace[]> {
  const snapshot = await getDocs(
    query(
      collection(clientDb(), paths.clientPlaces(tenantId)).withConverter(placeConverter()),
      where('contactId', '==', contactId),
      limit(PLACES_PER_CLIENT),
    ),
  );
  return readDocs(snapshot).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

class PlacesFull extends Error {}

/** Written directly (firestore.rules, clientPlaces): a new point in the first free slot, by the client, now. */
export async function addPlace(
  tenantId: string,
  contactId: string,
  uid: string,
  existing: readonly ClientPlace[],
  place: ClientPlaceInput,
): Promise<void> {
  const id = freePlaceId(contactId, existing);
  if (!id) throw new PlacesFull();
  await setDoc(doc(clientDb(), paths.clientPlace(tenantId, id)), {
    ...place,
    id,
    contactId,
    addedBy: { kind: 'client', uid },
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
}

/** An edit changes the point's fields only (who added it and when stay). */
export async function updatePlace(tenantId: string, placeId: string, place: ClientPlaceInput): Promise<void> {
  await updateDoc(doc(clientDb(), paths.clientPlace(tenantId, placeId)), { ...place, updatedAt: serverTimestamp() });
}

export async function removePlace(tenantId: string, placeId: string): Promise<void> {
  await deleteDoc(doc(clientDb(), paths.clientPlace(tenantId, placeId)));
}
