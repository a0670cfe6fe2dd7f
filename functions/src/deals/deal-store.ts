import { canSeeDeal, dealModel, paths, type Deal } from '@estate/domain';
import type { DocumentReference, Firestore, Transaction } from 'firebase-admin/firestore';
import { converterOf } from '../lib/converters';
import { Refusal } from '../lib/refusal';
import type { Actor } from '../lib/staff';

const dealConverter = converterOf(dealModel);

export const dealRef = (db: Firestore, tenantId: string, dealId: string): DocumentReference<Deal> =>
  db.doc(paths.deal(tenantId, dealId)).withConverter(dealConverter);

/** The deals whose agent's part is on this commission invoice (a handful: one per line). */
export const dealsOnInvoice = (db: Firestore, tenantId: string, invoiceId: string) =>
  db.collection(paths.deals(tenantId)).withConverter(dealConverter).where('commissionInvoiceId', '==', invoiceId);

/** The deal an accepted offer opens: one per offer, so opening it again finds it. */
export const dealIdOfOffer = (offerId: string) => `offer-${offerId}`;

/**
 * A deal the actor may work (`canSeeDeal`). One they may not see answers like one that does not
 * exist, so a callable never reveals more than a read would.
 */
export async function readVisibleDeal(db: Firestore, tx: Transaction, actor: Actor, dealId: string): Promise<Deal> {
  const deal = (await tx.get(dealRef(db, actor.tenantId, dealId))).data();
  if (!deal || !canSeeDeal({ uid: actor.uid, role: actor.role }, deal)) {
    throw new Refusal('not-found', 'This deal does not exist or is not yours to see.', 'deal-not-found');
  }
  return deal;
}
