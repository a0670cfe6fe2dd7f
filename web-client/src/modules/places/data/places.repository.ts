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
  limit,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { clientStore, readQuery, sendWrite } from '../../../lib/firebase/client-store';

const placeConverter = () => converterOf(clientPlaceModel);

/** The client's points (at most PLACES_PER_CLIENT, so one page), in the order of their slots. */
export async function fetchPlaces(tenantId: string, contactId: string): Promise<ClientPlace[]> {
  const snapshot = await readQuery(
    query(
      collection(clientStore(), paths.clientPlaces(tenantId)).withConverter(placeConverter()),
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
  await sendWrite(
    setDoc(doc(clientStore(), paths.clientPlace(tenantId, id)), {
      ...place,
      id,
      contactId,
      addedBy: { kind: 'client', uid },
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    }),
  );
}

/** An edit changes the point's fields only (who added it and when stay). */
export async function updatePlace(tenantId: string, placeId: string, place: ClientPlaceInput): Promise<void> {
  await sendWrite(
    updateDoc(doc(clientStore(), paths.clientPlace(tenantId, placeId)), { ...place, updatedAt: serverTimestamp() }),
  );
}

export async function removePlace(tenantId: string, placeId: string): Promise<void> {
  await sendWrite(deleteDoc(doc(clientStore(), paths.clientPlace(tenantId, placeId))));
}
