// Deals in the demo agency ("Biens vendus / loués"): the accepted offer's deal with its deed planned,
// and the sold, let and archived listings' deals, signed, their fees collected and split by the agents'
// plans, in order, as deals-collectFees leaves them (with each agent's turnover of the year). The
// agents are on the three plans a network starts with: Acteur, Expert and Approche.
import {
  commissionTurnoverId,
  contactFullName,
  dealSplit,
  DEFAULT_COMMISSION_PLANS,
  feesGrossCents,
  type CommissionAgent,
  type CommissionTurnover,
  type Contact,
  type Deal,
  type Offer,
  type Property,
} from '@estate/domain';

const DAY = 86_400_000;

export interface DemoDeals {
  deals: Deal[];
  agents: CommissionAgent[];
  turnovers: (CommissionTurnover & { id: string })[];
}

type PlanId = keyof typeof DEFAULT_COMMISSION_PLANS;

const dayOf = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/** The fees of a listing: 5 % of a sale's price to the hundred, a month's rent for a letting. */
function feesOf(property: Property): number {
  return property.dealType === 'sale' ? Math.round((property.price * 0.05) / 100) * 100 * 100 : property.price * 100;
}

export function demoDeals(
  agency: { contacts: Contact[]; properties: Property[] },
  offers: Offer[],
  team: { uid: string; name: string; managerUid: string | null; planId: PlanId }[],
  owner: string,
  now: Date,
): DemoDeals {
  const member = (uid: string) => team.find((one) => one.uid === uid);
  const buyers = agency.contacts.filter((contact) => contact.clientType === 'buyer');
  const plan = (uid: string) => DEFAULT_COMMISSION_PLANS[member(uid)?.planId ?? 'acteur'];
  const base = (property: Property, buyer: Contact, id: string, acceptedAt: Date): Deal => {
    const seller = agency.contacts.find((contact) => contact.id === property.sellerContactIds[0]) ?? null;
    const netCents = feesOf(property);
    return {
      id,
      dealType: property.dealType,
      stage: 'accepted',
      propertyId: property.id,
      propertyTitle: property.title,
      buyerContactId: buyer.id,
      buyerName: contactFullName(buyer),
      sellerContactId: seller?.id ?? null,
      sellerName: seller ? contactFullName(seller) : null,
      offerId: null,
      agentUid: property.assignedAgentUid,
      agentName: member(property.assignedAgentUid)?.name ?? '',
      managerUid: member(property.assignedAgentUid)?.managerUid ?? null,
      priceCents: property.price * 100,
      acceptedAt: dayOf(acceptedAt),
      preliminary: null,
      deedAt: null,
      deedSigned: false,
      fees: {
        netCents,
        vatPercent: 20,
        grossCents: feesGrossCents(netCents, 20),
        paidBy: 'mandator',
        collectedBy: property.dealType === 'sale' ? 'notary' : 'agency',
      },
      notary:
        property.dealType === 'sale'
          ? { name: 'Étude de Maître Garnier', address: '8 rue Paradis, 13001 Marseille', email: '' }
          : null,
      shares: { partner: null, referral: null, ambassador: null },
      collectedAt: null,
      commissionInvoiceId: null,
      split: null,
      planName: null,
      createdAt: acceptedAt,
      createdBy: property.assignedAgentUid,
      updatedAt: acceptedAt,
    };
  };

  const deals: Deal[] = [];
  const accepted = offers.find((offer) => offer.status === 'accepted');
  const acceptedProperty = agency.properties.find((property) => property.id === accepted?.propertyId);
  const acceptedBuyer = agency.contacts.find((contact) => contact.id === accepted?.buyerContactIds[0]);
  if (accepted && acceptedProperty && acceptedBuyer) {
    const acceptedAt = accepted.answer?.at ?? now;
    deals.push({
      ...base(acceptedProperty, acceptedBuyer, `offer-${accepted.id}`, acceptedAt),
      offerId: accepted.id,
      priceCents: accepted.amount * 100,
      deedAt: accepted.deedDate ? dayOf(accepted.deedDate) : null,
    });
  }

  // Closed ones, oldest first: the archived sale two months ago, then the sale and the letting.
  const closing: [Property['status'], number][] = [
    ['archived', 70],
    ['sold', 35],
    ['rented', 14],
  ];
  let buyerIndex = 0;
  for (const [status, daysAgo] of closing) {
    for (const property of agency.properties.filter((one) => one.status === status)) {
      const buyer = buyers.filter((one) => !property.sellerContactIds.includes(one.id))[buyerIndex % buyers.length];
      buyerIndex += 1;
      if (!buyer) continue;
      const acceptedAt = new Date(now.getTime() - daysAgo * DAY);
      const deal = base(property, buyer, `demo-deal-${property.id}`, acceptedAt);
      const preliminary =
        property.dealType === 'sale'
          ? {
              signedAt: dayOf(new Date(acceptedAt.getTime() + 10 * DAY)),
              depositCents: Math.round(deal.priceCents * 0.05),
              conditions: 'Obtention d’un prêt immobilier',
            }
          : null;
      const deedAt = dayOf(new Date(acceptedAt.getTime() + (property.dealType === 'sale' ? 55 : 7) * DAY));
      const signed = deedAt.getTime() <= now.getTime();
      deals.push({
        ...deal,
        stage: signed ? 'deed' : preliminary ? 'preliminary' : 'accepted',
        preliminary,
        deedAt,
        deedSigned: signed,
        updatedAt: signed ? deedAt : acceptedAt,
      });
    }
  }

  // Fees collected at the signature, split in that order, each adding to its agent's turnover.
  const turnovers = new Map<string, CommissionTurnover & { id: string }>();
  const collected = deals.map((deal) => {
    if (!deal.deedSigned || !deal.deedAt) return deal;
    const year = deal.deedAt.getUTCFullYear();
    const id = commissionTurnoverId(deal.agentUid, year);
    const before = turnovers.get(id)?.cents ?? 0;
    const agentPlan = plan(deal.agentUid);
    const split = dealSplit(deal, agentPlan, before);
    turnovers.set(id, {
      id,
      uid: deal.agentUid,
      year,
      cents: before + split.feesCents - split.partnerCents,
      updatedAt: deal.deedAt,
    });
    return { ...deal, collectedAt: deal.deedAt, split, planName: agentPlan.name, updatedAt: deal.deedAt };
  });

  const agents: CommissionAgent[] = team.map((one) => ({
    uid: one.uid,
    planId: one.planId,
    history: [{ planId: one.planId, from: new Date(Date.UTC(now.getUTCFullYear(), 0, 1)), by: owner }],
    updatedAt: now,
  }));
  return { deals: collected, agents, turnovers: [...turnovers.values()] };
}
