import {
  applyCancel,
  expiresNow,
  OFFER_EXPIRED_REASON,
  OPEN_OFFER_STATUSES,
  paths,
  signatureRequestModel,
  validityCutoff,
  type Offer,
} from '@estate/domain';
import { FieldPath, type Firestore, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { converterOf } from '../lib/converters';
import { offerRef, writeOffer } from './offer-store';
import { offersLog } from './offers.log';
import { runTransaction } from '../lib/transactions';

const OFFERS_COLLECTION = 'offers';
const OFFER_PATH = /^tenants\/([^/]+)\/offers\/([^/]+)$/;
/** How many offers past their validity one run reads (and closes, in parallel) at a time. */
const EXPIRE_OFFERS_PAGE_SIZE = 200;
const requestConverter = converterOf(signatureRequestModel);

/**
 * Closes one offer as `expired` in a transaction, if it is still open and past its validity at `now`
 * (an answer or a withdrawal may have come meanwhile): the offer and the sellers' projection together
 * (`writeOffer`), and the pending signature request of an offer still being signed is cancelled, so its
 * link signs nothing more. Returns the status it left, or null when it wrote nothing.
 */
async function expireOffer(
  db: Firestore,
  tenantId: string,
  offerId: string,
  now: Date,
): Promise<Offer['status'] | null> {
  return runTransaction(db, async (tx) => {
    const offer = (await tx.get(offerRef(db, tenantId, offerId))).data();
    if (!offer || !expiresNow(offer, now)) return null;
    const requestRef =
      offer.status === 'sent-for-signature' && offer.signatureRequestId
        ? db.doc(paths.signatureRequest(tenantId, offer.signatureRequestId)).withConverter(requestConverter)
        : null;
    const request = requestRef ? (await tx.get(requestRef)).data() : undefined;
    writeOffer(db, tx, tenantId, { ...offer, status: 'expired', closedAt: now, updatedAt: now }, 'set');
    if (requestRef && request?.status === 'pending') {
      tx.set(requestRef, applyCancel(request, offer.agentUid, OFFER_EXPIRED_REASON[offer.locale], now));
    }
    return offer.status;
  });
}

/**
 * `offers-expireOffers`: every offer of every tenant still open (being prepared, signed or waiting for
 * the seller) whose validity ended before `now` closes as `expired`. The offers are read `pageSize` at
 * a time (collection group `offers`, `status in` the open ones and `validUntil <=` the cutoff, in
 * `validUntil` then path order, with a cursor after the last one read); each page is closed before the
 * next is read. Closed offers are not read, and one answered meanwhile is left as it is: a run repeated
 * writes nothing. Returns how many offers expired.
 */
export async function expireOffers(
  deps: { db: Firestore },
  now: Date,
  pageSize = EXPIRE_OFFERS_PAGE_SIZE,
): Promise<number> {
  const { db } = deps;
  const due = db
    .collectionGroup(OFFERS_COLLECTION)
    .where('status', 'in', [...OPEN_OFFER_STATUSES])
    .where('validUntil', '<=', validityCutoff(now))
    .orderBy('validUntil')
    .orderBy(FieldPath.documentId())
    .limit(pageSize);
  let expired = 0;
  let last: QueryDocumentSnapshot | null = null;
  for (;;) {
    const page = await (last === null ? due : due.startAfter(last)).get();
    const outcomes = await Promise.all(
      page.docs.map(async (doc) => {
        const match = OFFER_PATH.exec(doc.ref.path);
        if (!match?.[1] || !match[2]) return false;
        const from = await expireOffer(db, match[1], match[2], now);
        if (from) offersLog.offerMoved(match[1], match[2], from, 'expired', 'offers-expireOffers');
        return from !== null;
      }),
    );
    expired += outcomes.filter(Boolean).length;
    last = page.docs.at(-1) ?? null;
    if (page.size < pageSize || last === null) break;
  }
  return expired;
}
