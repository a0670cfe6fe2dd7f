import { clientListingId, paths, type ClientListing } from '@estate/domain';
import type { ContactLifecycleParticipant } from '../contacts/contact-lifecycle';
import { deleteAll } from '../lib/batches';

/** The listings published to a contact (`clientListings`) and the actions they took on them (`listingActions`). */
export const listingsContactLifecycle = {
  name: 'listings',
  // The kept contact gets the merged one's listings under its own ids, unless it has the same property
  // already (its own answers win); the merged one's actions, applied already, go.
  async merged({ db, tenantId, keep, mergeId, inBatches }) {
    const listings = await db.collection(paths.clientListings(tenantId)).where('contactId', '==', mergeId).get();
    const kept = new Set(
      (await db.collection(paths.clientListings(tenantId)).where('contactId', '==', keep.id).get()).docs.map(
        (doc) => doc.get('propertyId') as string,
      ),
    );
    await inBatches(listings.docs, (batch, doc) => {
      const listing = doc.data() as ClientListing;
      if (!kept.has(listing.propertyId)) {
        const id = clientListingId(keep.id, listing.propertyId);
        batch.set(db.doc(paths.clientListing(tenantId, id)), { ...listing, id, contactId: keep.id });
      }
      batch.delete(doc.ref);
    });
    await deleteAll(db, db.collection(paths.listingActions(tenantId)).where('contactId', '==', mergeId));
    return { clientListings: listings.size };
  },
  async erased({ deps, tenantId, contactId, count }) {
    const { db } = deps;
    const listings = db.collection(paths.clientListings(tenantId)).where('contactId', '==', contactId);
    await count('clientListings', await deleteAll(db, listings));
    await deleteAll(db, db.collection(paths.listingActions(tenantId)).where('contactId', '==', contactId));
  },
} satisfies ContactLifecycleParticipant;
