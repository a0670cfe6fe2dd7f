import { statusOnRequestClosed, type SignatureRequest } from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import type { AppLinks } from '../lib/app-links';
import { readClientMailing } from '../lib/client-mail';
import { offerMoney } from './offer-pdf.copy';
import { offerRef, writeOffer } from './offer-store';
import { offersLog } from './offers.log';
import { runTransaction } from '../lib/transactions';

function offerSignedMailId(offerId: string): string {
  return `offer-signed-${offerId}`;
}

/**
 * `offers-onSignatureRequestWritten`: the signature request of an offer closed. In one transaction the
 * offer follows it (`statusOnRequestClosed`: signed, expired, or withdrawn when the buyer declined or
 * the agent cancelled), with the sellers' projection; once signed it keeps the signed PDF and the
 * buyer's agent is mailed, once (`offer-signed-<offerId>`). Only the request of an offer still being
 * signed moves it, so a replayed or late event changes nothing and mails nobody again.
 */
export async function applyOfferRequestClosed(
  deps: { db: Firestore; links: AppLinks; now: () => Date },
  tenantId: string,
  request: SignatureRequest,
): Promise<'applied' | 'unchanged'> {
  if (request.subject.kind !== 'offer' || request.status === 'pending') return 'unchanged';
  const { db } = deps;
  const outcome = await runTransaction(db, async (tx) => {
    const ref = offerRef(db, tenantId, request.subject.id);
    const offer = (await tx.get(ref)).data();
    const next = offer ? statusOnRequestClosed(offer, request) : null;
    if (!offer || next === null) return null;
    const now = deps.now();
    const signed = next === 'signed';
    const mailId = offerSignedMailId(offer.id);
    const buyer = offer.buyerContactIds[0];
    // Every read before the first write (readClientMailing reads the tenant, the buyer and their agent).
    const mailing = signed && buyer ? await readClientMailing(db, tx, tenantId, buyer, [mailId], now) : null;
    writeOffer(
      db,
      tx,
      tenantId,
      {
        ...offer,
        status: next,
        signedDocument: signed ? request.signedDocument : null,
        signedAt: signed ? (request.closedAt ?? now) : null,
        closedAt: signed ? null : (request.closedAt ?? now),
        updatedAt: now,
      },
      'set',
    );
    if (mailing) {
      mailing.toAgent({
        templateId: 'offer-signed',
        data: {
          clientName: offer.buyers.map((one) => one.name).join(', '),
          amount: offerMoney(offer.amount, mailing.tenant.currency, mailing.agent?.locale ?? mailing.tenant.locale),
          propertyReference: offer.propertyReference,
          propertyTitle: offer.propertyTitle,
          link: deps.links.link('admin', mailing.tenant, `/properties/${offer.propertyId}/offers`),
        },
        mailId,
      });
    }
    return { from: offer.status, to: next };
  });
  if (!outcome) return 'unchanged';
  offersLog.offerMoved(tenantId, request.subject.id, outcome.from, outcome.to, 'system');
  return 'applied';
}
