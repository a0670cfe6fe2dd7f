import { offerSignatureRequestId, paths, statusOnSent, type MandateDocument } from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { readDocumentBrand, signatureRequestConverter, type DocumentStore } from '../mandates/mandate-store';
import { newSignatureRequest, storeRendered } from '../mandates/send-document';
import { offerRef, writeOffer } from './offer-store';
import { offerPdfTitle } from './offer-pdf.copy';
import { offersLog } from './offers.log';
import { runTransaction } from '../lib/transactions';

export interface OfferSendingDeps {
  db: Firestore;
  files: DocumentStore;
  now: () => Date;
}

const DAY_MS = 86_400_000;
/** However long the offer holds, its signing link lasts at most this long. */
const SIGNING_DAYS_MAX = 30;

export type OfferSendingOutcome = 'sent' | 'already-sent' | 'not-draft';

/**
 * `offers-onOfferWritten` for a draft offer: renders its PDF in the tenant's language and branding,
 * stores it under the offer's folder and, in one transaction with the offer's move to
 * `sent-for-signature`, creates its signature request (one per offer, `o-<offerId>`), every buyer a
 * signer; the signatures capability then invites them. The request expires with the offer's validity.
 * A replay finds the request created and the offer sent and changes nothing; a render that lost the
 * race is removed from Storage.
 */
export async function sendDraftOffer(
  deps: OfferSendingDeps,
  tenantId: string,
  offerId: string,
): Promise<OfferSendingOutcome> {
  const { db } = deps;
  const ref = offerRef(db, tenantId, offerId);
  const draft = (await ref.get()).data();
  if (!draft || draft.status !== 'draft') return 'not-draft';
  const requestId = offerSignatureRequestId(offerId);
  const requestRef = db.doc(paths.signatureRequest(tenantId, requestId)).withConverter(signatureRequestConverter);
  let rendered: MandateDocument | null = null;
  if (!(await requestRef.get()).exists) {
    const { brand, currency } = await runTransaction(db, (tx) => readDocumentBrand(db, tx, tenantId), {
      readOnly: true,
    });
    const { renderOfferPdf } = await import('./offer-pdf');
    const pdf = await renderOfferPdf({ brand: { ...brand, locale: draft.locale }, currency, offer: draft });
    rendered = await storeRendered(
      deps.files,
      pdf,
      (file) => paths.offerFile(tenantId, offerId, file),
      `offer-${draft.round}`,
      `${offerPdfTitle(draft.locale, draft)}.pdf`,
    );
  }
  const outcome = await runTransaction(db, async (tx) => {
    const [offer, request] = await Promise.all([
      tx.get(ref).then((snapshot) => snapshot.data()),
      tx.get(requestRef).then((snapshot) => snapshot.data()),
    ]);
    const next = offer ? statusOnSent(offer.status) : null;
    if (!offer || next === null) {
      return {
        status: 'already-sent' as const,
        kept: request?.document.storagePath ?? offer?.document?.storagePath ?? null,
      };
    }
    const now = deps.now();
    let document = request?.document ?? null;
    if (!document) {
      if (!rendered) return { status: 'already-sent' as const, kept: null };
      document = rendered;
      const expiresAt = new Date(
        Math.min(offer.validUntil.getTime() + DAY_MS, now.getTime() + SIGNING_DAYS_MAX * DAY_MS),
      );
      tx.create(requestRef, {
        ...newSignatureRequest({
          tenantId,
          requestId,
          subject: {
            kind: 'offer',
            id: offerId,
            propertyId: offer.propertyId,
            title: offerPdfTitle(offer.locale, offer),
          },
          document,
          signers: offer.buyers.map((buyer) => ({ ...buyer, signatoryId: null })),
          locale: offer.locale,
          requestedBy: offer.agentUid,
          now,
        }),
        expiresAt,
      });
    }
    writeOffer(
      db,
      tx,
      tenantId,
      { ...offer, status: next, signatureRequestId: requestId, document, sentAt: now, updatedAt: now },
      'set',
    );
    return { status: 'sent' as const, kept: document.storagePath };
  });
  if (rendered && rendered.storagePath !== outcome.kept) await deps.files.remove(rendered.storagePath);
  if (outcome.status === 'sent') offersLog.offerSent(tenantId, offerId, requestId);
  return outcome.status;
}
