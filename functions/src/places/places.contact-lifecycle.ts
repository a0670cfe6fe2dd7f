import { clientPlaceId, paths, PLACES_PER_CLIENT } from '@estate/domain';
import type { ContactLifecycleParticipant } from '../contacts/contact-lifecycle';
import { deleteAll } from '../lib/batches';

/** A client's points of interest (`clientPlaces`), in the twenty slots of their contact. */
export const placesContactLifecycle = {
  name: 'places',
  // The merged contact's points move to the kept one's free slots; beyond twenty, the kept one's win.
  async merged({ db, tenantId, keep, mergeId, inBatches }) {
    const places = db.collection(paths.clientPlaces(tenantId));
    const moving = await places.where('contactId', '==', mergeId).get();
    const taken = new Set((await places.where('contactId', '==', keep.id).get()).docs.map((doc) => doc.id));
    const free = Array.from({ length: PLACES_PER_CLIENT }, (_, slot) => clientPlaceId(keep.id, slot)).filter(
      (id) => !taken.has(id),
    );
    const moves = moving.docs.map((doc, index) => ({ doc, to: free[index] ?? null }));
    await inBatches(moves, (tx, { doc, to }) => {
      if (to) tx.set(db.doc(paths.clientPlace(tenantId, to)), { ...doc.data(), id: to, contactId: keep.id });
      tx.delete(doc.ref);
    });
    return { clientPlaces: moves.filter((move) => move.to !== null).length };
  },
  async erased({ deps, tenantId, contactId, count }) {
    const { db } = deps;
    const places = db.collection(paths.clientPlaces(tenantId)).where('contactId', '==', contactId);
    await count('clientPlaces', await deleteAll(db, places));
  },
} satisfies ContactLifecycleParticipant;
