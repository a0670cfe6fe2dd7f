import {
  appointmentModel,
  clientListingModel,
  mandateModel,
  paths,
  propertyModel,
  sellerActivityModel,
  sellerMandateId,
  sellerMandateOf,
  sellerPropertyModel,
  sellerPropertyOf,
  sellerReportId,
  sellerReportOf,
  sellerVisitId,
  sellerVisitOf,
  type Property,
} from '@estate/domain';
import {
  FieldPath,
  type DocumentSnapshot,
  type Firestore,
  type Query,
  type Transaction,
} from 'firebase-admin/firestore';
import { deleteAll } from '../lib/batches';
import { readModel } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { listingHash, putProjection, sellerActivityRef, sellerPropertyRef } from './seller-store';
import { sellingLog } from './selling.log';
import { runTransaction } from '../lib/transactions';

type SyncDeps = Pick<Deps, 'db'>;

/** Sources read per page when a property's sellers change and its projections are derived again. */
const SOURCES_PAGE_SIZE = 200;

async function readProperty(db: Firestore, tx: Transaction, tenantId: string, propertyId: string | null) {
  if (propertyId === null) return null;
  return readModel(propertyModel, await tx.get(db.doc(paths.property(tenantId, propertyId))));
}

function logged(tenantId: string, id: string, change: 'written' | 'removed' | null) {
  if (change) sellingLog.synced(tenantId, id, change);
  return change;
}

/**
 * A visit appointment: its sellers' copy exists while it is a visit done on a property with sellers
 * (`sellerVisitOf`), and goes when it is cancelled, moved off the property or deleted. Reads the
 * appointment and the property as they are now and writes only what differs, so any replay is harmless.
 */
export async function syncSellerVisit(deps: SyncDeps, tenantId: string, appointmentId: string) {
  const { db } = deps;
  const id = sellerVisitId(appointmentId);
  const change = await runTransaction(db, async (tx) => {
    const appointment = readModel(appointmentModel, await tx.get(db.doc(paths.appointment(tenantId, appointmentId))));
    const property = await readProperty(db, tx, tenantId, appointment?.propertyId ?? null);
    const wanted = appointment ? sellerVisitOf(appointment, property) : null;
    return putProjection(tx, sellerActivityRef(db, tenantId, id), sellerActivityModel, wanted);
  });
  return logged(tenantId, id, change);
}

/** A client's listing: the anonymous copy of its visit report, under an id that does not give the buyer back. */
export async function syncSellerReport(deps: SyncDeps, tenantId: string, listingId: string) {
  const { db } = deps;
  const hash = listingHash(tenantId, listingId);
  const id = sellerReportId(hash);
  const change = await runTransaction(db, async (tx) => {
    const listing = readModel(clientListingModel, await tx.get(db.doc(paths.clientListing(tenantId, listingId))));
    const property = await readProperty(db, tx, tenantId, listing?.propertyId ?? null);
    const wanted = listing ? sellerReportOf(listing, hash, property) : null;
    return putProjection(tx, sellerActivityRef(db, tenantId, id), sellerActivityModel, wanted);
  });
  return logged(tenantId, id, change);
}

/** A mandate: its summary for the property's sellers from its sending on, its terms as amended. */
export async function syncSellerMandate(deps: SyncDeps, tenantId: string, mandateId: string) {
  const { db } = deps;
  const id = sellerMandateId(mandateId);
  const change = await runTransaction(db, async (tx) => {
    const mandate = readModel(mandateModel, await tx.get(db.doc(paths.mandate(tenantId, mandateId))));
    const property = await readProperty(db, tx, tenantId, mandate?.propertyId ?? null);
    const wanted = mandate ? sellerMandateOf(mandate, property) : null;
    return putProjection(tx, sellerActivityRef(db, tenantId, id), sellerActivityModel, wanted);
  });
  return logged(tenantId, id, change);
}

/** Each document of a query, page by page (ids in order), handed to `each`. */
async function forEachDoc(query: Query, each: (doc: DocumentSnapshot) => Promise<unknown>): Promise<void> {
  let after: DocumentSnapshot | null = null;
  for (;;) {
    let page = query.orderBy(FieldPath.documentId()).limit(SOURCES_PAGE_SIZE);
    if (after) page = page.startAfter(after);
    const snapshot = await page.get();
    for (const doc of snapshot.docs) await each(doc);
    if (snapshot.size < SOURCES_PAGE_SIZE) return;
    after = snapshot.docs.at(-1) ?? null;
  }
}

/**
 * A property written: its sellers' copy follows (`sellerPropertyOf`: gone when it is deleted or sold by
 * nobody). When its sellers changed (or it was deleted), every projection of its activity is derived
 * again from its sources, so new sellers see it, former ones no longer do.
 */
export async function syncSellerProperty(
  deps: SyncDeps,
  tenantId: string,
  propertyId: string,
  sellersChanged: boolean,
): Promise<void> {
  const { db } = deps;
  const property: Property | null = await runTransaction(db, async (tx) => {
    const current = readModel(propertyModel, await tx.get(db.doc(paths.property(tenantId, propertyId))));
    const change = await putProjection(
      tx,
      sellerPropertyRef(db, tenantId, propertyId),
      sellerPropertyModel,
      current ? sellerPropertyOf(current) : null,
    );
    logged(tenantId, `property-${propertyId}`, change);
    return current;
  });
  if (!property) {
    const removed = await deleteAll(
      db,
      db.collection(paths.sellerActivity(tenantId)).where('propertyId', '==', propertyId),
    );
    sellingLog.propertySynced(tenantId, propertyId, 0, removed);
    return;
  }
  if (!sellersChanged) return;
  const about = (collection: string) => db.collection(collection).where('propertyId', '==', propertyId);
  await forEachDoc(about(paths.appointments(tenantId)), (doc) =>
    doc.get('kind') === 'visit' ? syncSellerVisit(deps, tenantId, doc.id) : Promise.resolve(),
  );
  await forEachDoc(about(paths.clientListings(tenantId)), (doc) => syncSellerReport(deps, tenantId, doc.id));
  await forEachDoc(about(paths.mandates(tenantId)), (doc) => syncSellerMandate(deps, tenantId, doc.id));
}
