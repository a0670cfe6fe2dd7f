import {
  canSeeDeal,
  contactFullName,
  feesGrossCents,
  isTeamManager,
  type Deal,
  type DealResult,
  type ValidOpenDealInput,
} from '@estate/domain';
import { readAssignee } from '../contacts/contact-store';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import type { Actor } from '../lib/staff';
import { runTransaction } from '../lib/transactions';
import { offerRef } from '../offers/offer-store';
import { readPipelineCollaborator, readProperty, readVisibleContact } from '../pipeline/pipeline-store';
import { dealIdOfOffer, dealRef } from './deal-store';
import { dealsLog } from './deals.log';

/** An agent opens their own deals, a manager also their team's; owner and admin anyone's. */
function checkDealAgent(actor: Actor, agent: { uid: string; managerUid: string | null }): void {
  if (isTeamManager(actor.role) || agent.uid === actor.uid) return;
  if (actor.role === 'manager' && agent.managerUid === actor.uid) return;
  throw new Refusal('permission-denied', 'You open deals for yourself or your team only.', 'not-deal-agent');
}

/**
 * Opens a deal: a sale or a rental whose offer was accepted, with its price, fees and the shares owed
 * to others. Its id is the offer's (`offer-<offerId>`) when it comes from an accepted offer, else the
 * form's `requestId`: opening it again answers the deal already open (to those who may see it). The
 * property's agent opens it (or their manager, the owner, an admin); from an offer, the price and the
 * day are the offer's and the buyer one of its buyers.
 */
export async function openDeal(deps: Deps, caller: Caller, valid: ValidOpenDealInput): Promise<DealResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const tenantId = actor.tenantId;
    const ref = dealRef(db, tenantId, valid.offerId ? dealIdOfOffer(valid.offerId) : valid.requestId);
    const existing = (await tx.get(ref)).data();
    if (existing) {
      if (!canSeeDeal({ uid: actor.uid, role: actor.role }, existing)) {
        throw new Refusal('failed-precondition', 'This deal is already open, by another agent.', 'deal-exists');
      }
      return { deal: existing, created: false };
    }
    const agent = await readAssignee(db, tx, tenantId, valid.agentUid);
    checkDealAgent(actor, agent);
    const property = await readProperty(db, tx, tenantId, valid.propertyId);
    // The property's agent closes its deals; owner and admin record anyone's.
    if (!isTeamManager(actor.role) && property.assignedAgentUid !== agent.uid) {
      throw new Refusal('permission-denied', "A deal is its property's agent's.", 'not-property-agent');
    }
    const buyer = await readVisibleContact(db, tx, actor, valid.buyerContactId);
    const seller = valid.sellerContactId ? await readVisibleContact(db, tx, actor, valid.sellerContactId) : null;
    if (seller && seller.id === buyer.id) {
      throw new Refusal('invalid-argument', 'The buyer cannot be the seller.', 'buyer-is-seller');
    }
    let accepted: { priceCents: number; acceptedAt: Date } | null = null;
    if (valid.offerId) {
      const offer = (await tx.get(offerRef(db, tenantId, valid.offerId))).data();
      if (!offer || offer.propertyId !== property.id || !offer.buyerContactIds.includes(buyer.id)) {
        throw new Refusal('not-found', 'This offer does not exist on this property for this buyer.', 'offer-not-found');
      }
      if (offer.status !== 'accepted') {
        throw new Refusal('failed-precondition', 'Only an accepted offer opens a deal.', 'offer-not-accepted');
      }
      // The figures the seller accepted are the offer's, whatever the form says.
      const at = offer.answer?.at ?? offer.updatedAt;
      accepted = {
        priceCents: offer.amount * 100,
        acceptedAt: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate())),
      };
    }
    const deal: Deal = {
      id: ref.id,
      dealType: valid.dealType,
      stage: 'accepted',
      propertyId: property.id,
      propertyTitle: property.title.slice(0, 200),
      buyerContactId: buyer.id,
      buyerName: contactFullName(buyer).slice(0, 200),
      sellerContactId: seller?.id ?? null,
      sellerName: seller ? contactFullName(seller).slice(0, 200) : null,
      offerId: valid.offerId,
      agentUid: agent.uid,
      agentName: agent.displayName,
      managerUid: agent.managerUid,
      priceCents: accepted?.priceCents ?? valid.price,
      acceptedAt: accepted?.acceptedAt ?? valid.acceptedAt,
      preliminary: null,
      deedAt: null,
      deedSigned: false,
      fees: {
        netCents: valid.fees.net,
        vatPercent: valid.fees.vatPercent,
        grossCents: feesGrossCents(valid.fees.net, valid.fees.vatPercent),
        paidBy: valid.fees.paidBy,
        collectedBy: valid.fees.collectedBy,
      },
      notary: valid.notary,
      shares: {
        partner: valid.shares.partner,
        referral: valid.shares.referral,
        ambassador: valid.shares.ambassador
          ? {
              name: valid.shares.ambassador.name,
              reward:
                valid.shares.ambassador.reward.kind === 'percent'
                  ? valid.shares.ambassador.reward
                  : { kind: 'amount', cents: valid.shares.ambassador.reward.amount },
            }
          : null,
      },
      collectedAt: null,
      commissionInvoiceId: null,
      split: null,
      planName: null,
      createdAt: now,
      createdBy: actor.uid,
      updatedAt: now,
    };
    tx.create(ref, deal);
    return { deal, created: true };
  });
  if (outcome.created) {
    dealsLog.opened(caller.claims?.tenantId ?? '', outcome.deal.id, outcome.deal.propertyId, caller.uid);
  }
  return { dealId: outcome.deal.id };
}
