import { clientListingModel, listingActionModel, paths, type ClientListing } from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { converterOf } from '../lib/converters';
import { Refusal } from '../lib/refusal';

export const clientListingConverter = converterOf(clientListingModel);
export const listingActionConverter = converterOf(listingActionModel);

export function listingRef(db: Firestore, tenantId: string, listingId: string) {
  return db.doc(paths.clientListing(tenantId, listingId)).withConverter(clientListingConverter);
}

export async function readListing(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  listingId: string,
): Promise<ClientListing> {
  const listing = (await tx.get(listingRef(db, tenantId, listingId))).data();
  if (!listing) throw new Refusal('not-found', 'This listing was not assigned to this client.', 'listing-not-found');
  return listing;
}
