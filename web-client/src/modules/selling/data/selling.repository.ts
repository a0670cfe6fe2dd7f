import {
  paths,
  SELLER_PROPERTIES_MAX,
  sellerActivityModel,
  sellerOfferModel,
  sellerPropertyModel,
  SELLING_PAGE_SIZE,
  type SellerActivity,
  type SellerActivityKind,
  type SellerOffer,
  type SellerProperty,
} from '@estate/domain';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';
import {
  collection,
  doc,
  limit,
  orderBy,
  query,
  startAfter,
  where,
  type QueryConstraint,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { clientStore, readDocument, readQuery } from '../../../lib/firebase/client-store';

const sellerPropertyConverter = converterOf(sellerPropertyModel);
const sellerActivityConverter = converterOf(sellerActivityModel);
const sellerOfferConverter = converterOf(sellerOfferModel);

/** A page of a list and where the next starts (null: it was the last). */
export interface Page<T> {
  items: T[];
  next: QueryDocumentSnapshot<unknown> | null;
}

function pageOf<T>(docs: QueryDocumentSnapshot<unknown>[], items: T[]): Page<T> {
  return { items, next: docs.length === SELLING_PAGE_SIZE ? (docs.at(-1) ?? null) : null };
}

/** The properties the client sells (a handful), as their sellers read them. */
export async function fetchSellerProperties(tenantId: string, contactId: string): Promise<SellerProperty[]> {
  const snapshot = await readQuery(
    query(
      collection(clientStore(), paths.sellerProperties(tenantId)).withConverter(sellerPropertyConverter),
      where('sellerContactIds', 'array-contains', contactId),
      limit(SELLER_PROPERTIES_MAX),
    ),
  );
  return readDocs(snapshot);
}

/** One property the client sells, or null when it is not (or no longer) theirs: the rules refuse it then. */
export async function fetchSellerProperty(tenantId: string, propertyId: string): Promise<SellerProperty | null> {
  try {
    return readDoc(
      await readDocument(
        doc(clientStore(), paths.sellerProperty(tenantId, propertyId)).withConverter(sellerPropertyConverter),
      ),
    );
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'permission-denied')
      return null;
    throw error;
  }
}

/** A page of one kind of the property's activity, newest first (the only query the rules allow). */
export async function fetchActivityPage<K extends SellerActivityKind>(
  tenantId: string,
  contactId: string,
  propertyId: string,
  kind: K,
  after: QueryDocumentSnapshot<unknown> | null,
): Promise<Page<Extract<SellerActivity, { kind: K }>>> {
  const constraints: QueryConstraint[] = [
    where('sellerContactIds', 'array-contains', contactId),
    where('propertyId', '==', propertyId),
    where('kind', '==', kind),
    orderBy('at', 'desc'),
    ...(after ? [startAfter(after)] : []),
    limit(SELLING_PAGE_SIZE),
  ];
  const snapshot = await readQuery(
    query(
      collection(clientStore(), paths.sellerActivity(tenantId)).withConverter(sellerActivityConverter),
      ...constraints,
    ),
  );
  const items = readDocs(snapshot).filter((item): item is Extract<SellerActivity, { kind: K }> => item.kind === kind);
  return pageOf<Extract<SellerActivity, { kind: K }>>(snapshot.docs, items);
}

/** A page of the offers received on the property, without the buyers' identities, newest first. */
export async function fetchOffersPage(
  tenantId: string,
  contactId: string,
  propertyId: string,
  after: QueryDocumentSnapshot<unknown> | null,
): Promise<Page<SellerOffer>> {
  const constraints: QueryConstraint[] = [
    where('sellerContactIds', 'array-contains', contactId),
    where('propertyId', '==', propertyId),
    orderBy('createdAt', 'desc'),
    ...(after ? [startAfter(after)] : []),
    limit(SELLING_PAGE_SIZE),
  ];
  const snapshot = await readQuery(
    query(collection(clientStore(), paths.sellerOffers(tenantId)).withConverter(sellerOfferConverter), ...constraints),
  );
  return pageOf(snapshot.docs, readDocs(snapshot));
}
