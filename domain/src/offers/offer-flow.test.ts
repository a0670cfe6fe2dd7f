import { describe, expect, it } from 'vitest';
import {
  acceptanceDatesRefusal,
  answerRefusal,
  counterOffer,
  isPastValidity,
  isSameAnswer,
  statusOnRequestClosed,
  statusOnSent,
  withdrawRefusal,
} from './offer-flow';
import {
  answerOfferInputSchema,
  OFFER_STATUSES,
  registerOfferInputSchema,
  sellerOfferOf,
  type Offer,
} from './offer.schema';

const now = new Date('2026-03-10T12:00:00Z');

const offer: Offer = {
  id: 'o1',
  threadId: 'o1',
  counterOf: null,
  round: 1,
  propertyId: 'p1',
  propertyReference: 'V-00001',
  propertyTitle: 'T3',
  propertyAddress: '13002 Marseille',
  buyers: [{ contactId: 'b1', name: 'Bruno Acheteur', email: 'bruno@example.test' }],
  buyerContactIds: ['b1'],
  sellerContactIds: ['s1'],
  amount: 300_000,
  conditions: { loan: { amount: 200_000, ratePercent: 3.5, durationMonths: 240 }, other: ['Permis de construire'] },
  financing: { ownFunds: 100_000, loanAmount: 200_000 },
  validUntil: new Date('2026-03-20T00:00:00Z'),
  status: 'signed',
  agentUid: 'agent',
  locale: 'fr',
  signatureRequestId: 'o-o1',
  document: null,
  signedDocument: null,
  answer: null,
  preliminaryContractDate: null,
  deedDate: null,
  createdAt: now,
  updatedAt: now,
  sentAt: now,
  signedAt: now,
  closedAt: null,
};

describe('the offer state machine', () => {
  it('sends only a draft', () => {
    expect(statusOnSent('draft')).toBe('sent-for-signature');
    for (const status of OFFER_STATUSES.filter((one) => one !== 'draft')) expect(statusOnSent(status)).toBeNull();
  });

  it('follows its own signature request only while being signed', () => {
    const sent = { status: 'sent-for-signature' as const, signatureRequestId: 'o-o1' };
    expect(statusOnRequestClosed(sent, { id: 'o-o1', status: 'signed' })).toBe('signed');
    expect(statusOnRequestClosed(sent, { id: 'o-o1', status: 'expired' })).toBe('expired');
    expect(statusOnRequestClosed(sent, { id: 'o-o1', status: 'declined' })).toBe('withdrawn');
    expect(statusOnRequestClosed(sent, { id: 'o-o1', status: 'cancelled' })).toBe('withdrawn');
    expect(statusOnRequestClosed(sent, { id: 'o-o1', status: 'pending' })).toBeNull();
    expect(statusOnRequestClosed(sent, { id: 'other', status: 'signed' })).toBeNull();
    // A replayed event finds the offer signed already and changes nothing.
    expect(statusOnRequestClosed({ ...sent, status: 'signed' }, { id: 'o-o1', status: 'signed' })).toBeNull();
  });

  it('lets the seller answer a signed offer within its validity only', () => {
    expect(answerRefusal(offer, now)).toBeNull();
    expect(answerRefusal({ ...offer, status: 'sent-for-signature' }, now)).toBe('offer-not-signed');
    expect(answerRefusal({ ...offer, status: 'draft' }, now)).toBe('offer-not-signed');
    for (const status of ['accepted', 'refused', 'countered', 'expired', 'withdrawn'] as const) {
      expect(answerRefusal({ ...offer, status }, now)).toBe('offer-closed');
    }
    // The validity day holds until its end.
    expect(answerRefusal(offer, new Date('2026-03-20T23:59:59Z'))).toBeNull();
    expect(answerRefusal(offer, new Date('2026-03-21T00:00:00Z'))).toBe('offer-expired');
    expect(isPastValidity(offer, new Date('2026-03-21T00:00:00Z'))).toBe(true);
  });

  it('knows a retried answer', () => {
    expect(isSameAnswer({ status: 'accepted' }, 'accept')).toBe(true);
    expect(isSameAnswer({ status: 'accepted' }, 'refuse')).toBe(false);
    expect(isSameAnswer({ status: 'countered' }, 'counter')).toBe(true);
  });

  it('withdraws only an offer not answered yet', () => {
    expect(withdrawRefusal('signed')).toBeNull();
    expect(withdrawRefusal('draft')).toBeNull();
    expect(withdrawRefusal('sent-for-signature')).toBe('offer-being-signed');
    expect(withdrawRefusal('accepted')).toBe('offer-closed');
    expect(withdrawRefusal('withdrawn')).toBe('offer-closed');
  });

  it('checks the acceptance dates', () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(
      acceptanceDatesRefusal({ preliminaryContractDate: day('2026-04-01'), deedDate: day('2026-07-01') }, now),
    ).toBeNull();
    expect(
      acceptanceDatesRefusal({ preliminaryContractDate: day('2026-03-10'), deedDate: day('2026-03-10') }, now),
    ).toBeNull();
    expect(
      acceptanceDatesRefusal({ preliminaryContractDate: day('2026-07-01'), deedDate: day('2026-04-01') }, now),
    ).toBe('dates-out-of-order');
    expect(
      acceptanceDatesRefusal({ preliminaryContractDate: day('2026-03-09'), deedDate: day('2026-07-01') }, now),
    ).toBe('date-in-past');
  });
});

describe('a counter-offer', () => {
  const terms = {
    amount: 320_000,
    conditions: { loan: null, other: [] },
    financing: { ownFunds: 320_000, loanAmount: 0 },
    validUntil: new Date('2026-03-25T00:00:00Z'),
  };

  it('is a new draft in the same thread, one round later, naming the offer it counters', () => {
    const counter = counterOffer(offer, terms, now);
    expect(counter).toMatchObject({
      threadId: 'o1',
      counterOf: 'o1',
      round: 2,
      amount: 320_000,
      status: 'draft',
      buyerContactIds: ['b1'],
      sellerContactIds: ['s1'],
      signatureRequestId: null,
      answer: null,
    });
    expect(counter.id).not.toBe(offer.id);
    // A counter of the counter stays in the thread with its own id.
    const again = counterOffer({ ...counter, status: 'signed' }, terms, now);
    expect(again).toMatchObject({ threadId: 'o1', counterOf: counter.id, round: 3 });
    expect(new Set([offer.id, counter.id, again.id]).size).toBe(3);
  });
});

describe('the seller projection', () => {
  it('carries no buyer identity', () => {
    const projection = sellerOfferOf(offer);
    expect(JSON.stringify(projection)).not.toContain('Bruno');
    expect(JSON.stringify(projection)).not.toContain('b1');
    expect(projection).toMatchObject({ amount: 300_000, buyerCount: 1, status: 'signed', sellerContactIds: ['s1'] });
  });
});

describe('the inputs', () => {
  const input = {
    requestId: 'r1',
    propertyId: 'p1',
    buyerContactIds: ['b1'],
    amount: 300_000,
    conditions: { loan: { amount: 200_000, ratePercent: 3.5, durationMonths: 240 }, other: [] },
    financing: { ownFunds: 100_000, loanAmount: 200_000 },
    validUntil: '2026-03-20',
  };

  it('reads a registration with its loan', () => {
    const parsed = registerOfferInputSchema.parse(input);
    expect(parsed.validUntil).toEqual(new Date('2026-03-20T00:00:00Z'));
  });

  it('refuses a financing loan that is not the condition', () => {
    expect(
      registerOfferInputSchema.safeParse({ ...input, financing: { ownFunds: 100_000, loanAmount: 150_000 } }).success,
    ).toBe(false);
    expect(registerOfferInputSchema.safeParse({ ...input, conditions: { loan: null, other: [] } }).success).toBe(false);
    expect(registerOfferInputSchema.safeParse({ ...input, buyerContactIds: ['b1', 'b1'] }).success).toBe(false);
  });

  it('reads each answer', () => {
    expect(
      answerOfferInputSchema.parse({
        kind: 'accept',
        offerId: 'o1',
        preliminaryContractDate: '2026-04-01',
        deedDate: '2026-07-01',
      }),
    ).toMatchObject({ kind: 'accept', deedDate: new Date('2026-07-01T00:00:00Z') });
    expect(answerOfferInputSchema.parse({ kind: 'refuse', offerId: 'o1', reason: ' Trop bas ' })).toMatchObject({
      reason: 'Trop bas',
    });
    expect(answerOfferInputSchema.safeParse({ kind: 'counter', offerId: 'o1' }).success).toBe(false);
  });
});
