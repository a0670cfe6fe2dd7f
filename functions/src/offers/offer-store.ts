import { offerModel, paths, sellerOfferModel, sellerOfferOf, type Offer } from '@estate/domain';
import type { DocumentReference, Firestore, Transaction } from 'firebase-admin/firestore';
import { converterOf } from '../lib/converters';

const offerConverter = converterOf(offerModel);
const sellerOfferConverter = converterOf(sellerOfferModel);

export function offerRef(db: Firestore, tenantId: string, offerId: string): DocumentReference<Offer> {
  return db.doc(paths.offer(tenantId, offerId)).withConverter(offerConverter);
}

/**
 * Writes an offer and, in the same transaction, the sellers' projection of it (`sellerOffers`, no
 * buyer identity), so the two never disagree. `create` for a new offer: it fails rather than
 * overwrite one a concurrent run made.
 */
export function writeOffer(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  offer: Offer,
  mode: 'create' | 'set',
): void {
  const ref = offerRef(db, tenantId, offer.id);
  if (mode === 'create') tx.create(ref, offer);
  else tx.set(ref, offer);
  tx.set(db.doc(paths.sellerOffer(tenantId, offer.id)).withConverter(sellerOfferConverter), sellerOfferOf(offer));
}
