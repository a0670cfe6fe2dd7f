import { offerModel, paths, sellerOfferModel, type Offer, type SellerOffer } from '@estate/domain';
import { converterOf, readDocs } from '@estate/web-shared/firestore-lite';
import { collection, getDocs, limit, orderBy, query, where } from 'firebase/firestore/lite';
import { clientDb } from '../../../lib/firebase/firebase-app';

const offerConverter = converterOf(offerModel);
const sellerOfferConverter = converterOf(sellerOfferModel);

/** A client makes or receives a handful of offers; the page shows the latest 20 of each. */
const OFFERS_MAX = 20;

/** The offers naming the client as a buyer, newest first (the rules allow only this query). */
export async function fetchMyOffers(tenantId: string, contactId: string): Promise<Offer[]> {
  const snapshot = await getDocs(
    query(
      collection(clientDb(), paths.offers(tenantId)).withConverter(offerConverter),
      where('buyerContactIds', 'array-contains', contactId),
      orderBy('createdAt', 'desc'),
      limit(OFFERS_MAX),
    ),
  );
  return readDocs(snapshot);
}

/** The offers received on the client's property, as sellers read them: without the buyers' identities. */
export async function fetchOffersReceived(tenantId: string, contactId: string): Promise<SellerOffer[]> {
  const snapshot = await getDocs(
    query(
      collection(clientDb(), paths.sellerOffers(tenantId)).withConverter(sellerOfferConverter),
      where('sellerContactIds', 'array-contains', contactId),
      orderBy('createdAt', 'desc'),
      limit(OFFERS_MAX),
    ),
  );
  return readDocs(snapshot);
}
