import {
  answerOfferContract,
  offerModel,
  paths,
  registerOfferContract,
  withdrawOfferContract,
  type ContractInput,
  type Offer,
  type PrivateFileRef,
} from '@estate/domain';
import { converterOf, readDocs } from '@estate/web-shared/firestore';
import type { User } from 'firebase/auth';
import { collection, getDocs, limit, orderBy, query, where } from 'firebase/firestore';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';
import { fetchPrivateFile } from '@estate/web-shared/private-files';

const offerConverter = converterOf(offerModel);

/** A property gets a handful of offers and counters; the tab shows the latest 50. */
const OFFERS_MAX = 50;

export async function fetchPropertyOffers(tenantId: string, propertyId: string): Promise<Offer[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.offers(tenantId)).withConverter(offerConverter),
      where('propertyId', '==', propertyId),
      orderBy('createdAt', 'desc'),
      limit(OFFERS_MAX),
    ),
  );
  return readDocs(snapshot);
}

/** The offers a contact made (or was countered on) as a buyer, newest first. */
export async function fetchBuyerOffers(tenantId: string, contactId: string): Promise<Offer[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.offers(tenantId)).withConverter(offerConverter),
      where('buyerContactIds', 'array-contains', contactId),
      orderBy('createdAt', 'desc'),
      limit(OFFERS_MAX),
    ),
  );
  return readDocs(snapshot);
}

export const registerOffer = (input: ContractInput<typeof registerOfferContract>) => call(registerOfferContract, input);
export const answerOffer = (input: ContractInput<typeof answerOfferContract>) => call(answerOfferContract, input);
export const withdrawOffer = (offerId: string) => call(withdrawOfferContract, { offerId });

export { DownloadRefused as OfferFileRefused } from '@estate/web-shared/private-files';

/** An offer's PDF, as sent or signed, asked of files-download with the user's ID token. */
export function fetchOfferFile(user: User, ref: PrivateFileRef): Promise<Blob> {
  return fetchPrivateFile(user, ref, { inline: true });
}
