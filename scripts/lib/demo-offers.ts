// Purchase offers in the demo agency: one property is under offer with its accepted offer and the dates
// to come (its two signing appointments in the agent's and the clients' calendars), another has a buyer's offer the seller countered, the counter signed by the buyer and waiting
// for the seller's answer. Written as offers-* leave them (no PDF: the demo has no Storage files).
import {
  acceptanceAppointmentSlots,
  acceptanceContactIds,
  APPOINTMENT_KIND_LABELS,
  contactFullName,
  contactViewerUids,
  counterOfferId,
  formatAppointmentTime,
  offerAppointmentId,
  OFFER_SIGNATURE_DAYS,
  offerAcceptedText,
  type Appointment,
  type Contact,
  type HistoryEntry,
  type Offer,
  type Property,
  uniqueUids,
} from '@estate/domain';

const DAY = 86_400_000;

export interface DemoOffers {
  offers: Offer[];
  /** The properties the offers change: under offer, and their offer counts. */
  properties: Property[];
  /** The acceptance's `purchase-confirmation` entry, which moves the buyer's phase. */
  history: HistoryEntry[];
  /** The accepted offer's preliminary contract and deed, as offers-answerOffer makes them. */
  appointments: Appointment[];
}

function offerOf(property: Property, buyers: Contact[], fields: Partial<Offer> & { id: string }, now: Date): Offer {
  return {
    threadId: fields.id,
    counterOf: null,
    round: 1,
    propertyId: property.id,
    propertyReference: property.reference,
    propertyTitle: property.title,
    propertyAddress: [property.address.postalCode, property.address.city].filter(Boolean).join(' '),
    buyers: buyers.map((buyer) => ({
      contactId: buyer.id,
      name: contactFullName(buyer),
      email: buyer.emails[0]?.address ?? '',
    })),
    buyerContactIds: buyers.map((buyer) => buyer.id),
    sellerContactIds: property.sellerContactIds,
    amount: Math.round((property.price * 0.95) / 1000) * 1000,
    conditions: { loan: null, other: [] },
    financing: { ownFunds: Math.round((property.price * 0.95) / 1000) * 1000, loanAmount: 0 },
    validUntil: new Date(now.getTime() + 10 * DAY),
    status: 'signed',
    agentUid: property.assignedAgentUid,
    locale: 'fr',
    signatureRequestId: null,
    document: null,
    signedDocument: null,
    answer: null,
    preliminaryContractDate: null,
    deedDate: null,
    createdAt: new Date(now.getTime() - 6 * DAY),
    updatedAt: new Date(now.getTime() - 5 * DAY),
    sentAt: new Date(now.getTime() - 6 * DAY),
    signedAt: new Date(now.getTime() - 5 * DAY),
    closedAt: null,
    ...fields,
  };
}

/**
 * The demo's offers: the demo client (who signs in to the client app) bought the first listed sale,
 * and another buyer negotiates the second. Empty when the agency has too few listed sales or buyers.
 */
export function demoOffers(
  agency: { contacts: Contact[]; properties: Property[]; clientContactId: string },
  now: Date,
  agentName: (uid: string) => string,
  managerOf: (uid: string) => string | null,
): DemoOffers {
  const listed = agency.properties.filter(
    (property) => property.dealType === 'sale' && property.status === 'online' && property.sellerContactIds.length > 0,
  );
  const buyers = agency.contacts.filter(
    (contact) =>
      contact.clientType === 'buyer' &&
      contact.emails.length > 0 &&
      !listed.some((property) => property.sellerContactIds.includes(contact.id)),
  );
  const client = buyers.find((contact) => contact.id === agency.clientContactId) ?? buyers[0];
  const other = buyers.find((contact) => contact.id !== client?.id);
  const [sold, negotiated] = listed;
  if (!sold || !negotiated || !client || !other) return { offers: [], properties: [], history: [], appointments: [] };

  const acceptedAt = new Date(now.getTime() - 2 * DAY);
  // In three weeks at 10:00 (Paris in winter), the deed 75 days later at the notary's.
  const preliminary = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 21, 9));
  const deed = new Date(preliminary.getTime() + 75 * DAY);
  const slots = acceptanceAppointmentSlots({
    preliminaryContractAt: preliminary,
    preliminaryContractPlace: '',
    deedAt: deed,
    deedPlace: 'Étude de Maître Garnier, notaire',
  });
  const accepted = offerOf(
    sold,
    [client],
    {
      id: 'demo-offer-accepted',
      conditions: { loan: { amount: 180_000, ratePercent: 3.9, durationMonths: 240 }, other: [] },
      financing: {
        ownFunds: Math.max(0, Math.round((sold.price * 0.95) / 1000) * 1000 - 180_000),
        loanAmount: 180_000,
      },
      status: 'accepted',
      answer: { kind: 'accept', at: acceptedAt, by: sold.assignedAgentUid, reason: '', counterOfferId: null },
      preliminaryContractDate: preliminary,
      deedDate: deed,
      updatedAt: acceptedAt,
    },
    now,
  );

  const first = offerOf(negotiated, [other], { id: 'demo-offer-countered' }, now);
  const counterId = counterOfferId(first.id, 2);
  const countered: Offer = {
    ...first,
    status: 'countered',
    answer: {
      kind: 'counter',
      at: new Date(now.getTime() - 3 * DAY),
      by: negotiated.assignedAgentUid,
      reason: '',
      counterOfferId: counterId,
    },
    updatedAt: new Date(now.getTime() - 3 * DAY),
    closedAt: new Date(now.getTime() - 3 * DAY),
  };
  const counter: Offer = {
    ...first,
    id: counterId,
    counterOf: first.id,
    round: 2,
    amount: Math.round((negotiated.price * 0.98) / 1000) * 1000,
    financing: { ownFunds: Math.round((negotiated.price * 0.98) / 1000) * 1000, loanAmount: 0 },
    validUntil: new Date(now.getTime() + OFFER_SIGNATURE_DAYS * DAY),
    status: 'signed',
    createdAt: new Date(now.getTime() - 3 * DAY),
    updatedAt: new Date(now.getTime() - DAY),
    sentAt: new Date(now.getTime() - 3 * DAY),
    signedAt: new Date(now.getTime() - DAY),
  };

  const entry: HistoryEntry = {
    id: `offer-accepted-${accepted.id}`,
    type: 'purchase-confirmation',
    occurredAt: acceptedAt,
    authorUid: sold.assignedAgentUid,
    contactIds: [client.id],
    propertyId: sold.id,
    dealId: null,
    text: offerAcceptedText('fr', {
      actor: agentName(sold.assignedAgentUid),
      amount: `${accepted.amount.toLocaleString('fr-FR').replace(/[\u202f\u00a0]/g, ' ')} €`,
      preliminary: formatAppointmentTime(slots[0]?.startsAt ?? preliminary, slots[0]?.endsAt ?? preliminary, 'fr'),
      deed: formatAppointmentTime(slots[1]?.startsAt ?? deed, slots[1]?.endsAt ?? deed, 'fr'),
    }),
    phase: null,
    phaseChange: null,
    createdAt: acceptedAt,
  };
  const contactIds = acceptanceContactIds(accepted.buyerContactIds, sold.sellerContactIds);
  const contacts = agency.contacts.filter((contact) => contactIds.includes(contact.id));
  const agentUid = sold.assignedAgentUid;
  const appointments = slots.map((slot): Appointment => ({
    id: offerAppointmentId(accepted.id, slot.kind),
    kind: slot.kind,
    title: `${APPOINTMENT_KIND_LABELS.fr[slot.kind]} · ${sold.reference}`,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    place: slot.place,
    propertyId: sold.id,
    externalProperty: null,
    contactIds,
    agentUid,
    status: 'scheduled',
    cancelReason: null,
    sequence: 0,
    propertyLabel: `${sold.reference} · ${sold.title}, ${sold.address.city}`,
    createdBy: agentUid,
    createdAt: acceptedAt,
    updatedAt: acceptedAt,
    doneAt: null,
    cancelledAt: null,
    viewerUids: uniqueUids([agentUid, managerOf(agentUid), ...contacts.flatMap((one) => contactViewerUids(one))]),
  }));
  return {
    appointments,
    offers: [accepted, countered, counter],
    properties: [
      { ...sold, status: 'under-offer', offerCount: sold.offerCount + 1 },
      { ...negotiated, offerCount: negotiated.offerCount + 1 },
    ],
    history: [entry],
  };
}
