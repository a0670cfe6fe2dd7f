import { offerModel, paths, sellerOfferModel, type Offer, type SellerOffer } from '@estate/domain';
import { converterOf, readDocs } from '@estate/web-shared/firestore';
import { collection, limit, orderBy, query, where } from 'firebase/firestore';
import { clientStore, readQuery } from '../../../lib/firebase/client-store';

const offerConverter = converterOf(offerModel);
const sellerOfferConverter = converterOf(sellerOfferModel);

/** A client makes or receives a handful of offers; the page shows the latest 20 of each. */
const OFFERS_MAX = 20;

/** The offers naming the client as a buyer, newest first (the rules allow only this query). */
export async function fetchMyOffers(tenantId: string, contactId: string): Promise<Offer[]> {
  const snapshot = await readQuery(
    query(
      collection(clientStore(), paths.offers(tenantId)).withConverter(offerConverter),
      where('buyerContactIds', 'array-contains', contactId),
      orderBy('createdAt', 'desc'),
      limit(OFFERS_MAX),
    ),
  );
  return readDocs(snapshot);
}

/** The offers received on the client's property, as sellers read them: without the buyers' identities. */
export async function fetchOffersReceived(tenantId: string, contactId: string): Promise<SellerOffer[]> {
  const snapshot = await readQuery(
    query(
      collection(clientStore(), paths.sellerOffers(tenantId)).withConverter(sellerOfferConverter),
      where('sellerContactIds', 'array-contains', contactId),
      orderBy('createdAt', 'desc'),
      limit(OFFERS_MAX),
    ),
  );
  return readDocs(snapshot);
}
