import { describe, expect, it } from 'vitest';
import { APPOINTMENT_CONTACTS_MAX } from '../appointments/appointment.schema';
import {
  acceptanceAppointmentSlots,
  acceptanceContactIds,
  acceptanceDatesRefusal,
  answerRefusal,
  counterOffer,
  expiresNow,
  isPastValidity,
  isSameAnswer,
  statusOnRequestClosed,
  statusOnSent,
  validityCutoff,
  withdrawRefusal,
} from './offer-flow';
import {
  answerOfferInputSchema,
  offerAppointmentId,
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

  it('expires only an open offer past its validity, found by the cutoff', () => {
    const end = new Date('2026-03-21T00:00:00Z');
    expect(expiresNow(offer, new Date('2026-03-20T23:59:59Z'))).toBe(false);
    for (const status of ['draft', 'sent-for-signature', 'signed'] as const) {
      expect(expiresNow({ ...offer, status }, end)).toBe(true);
    }
    for (const status of ['accepted', 'refused', 'countered', 'expired', 'withdrawn'] as const) {
      expect(expiresNow({ ...offer, status }, end)).toBe(false);
    }
    expect(validityCutoff(end).getTime()).toBe(offer.validUntil.getTime());
    expect(validityCutoff(new Date('2026-03-20T23:59:59Z')).getTime()).toBeLessThan(offer.validUntil.getTime());
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

  it('checks the acceptance dates and times', () => {
    const at = (iso: string) => new Date(iso);
    const dates = (preliminary: string, deed: string) => ({ preliminaryContractAt: at(preliminary), deedAt: at(deed) });
    expect(acceptanceDatesRefusal(dates('2026-04-01T08:00:00Z', '2026-07-01T08:00:00Z'), now)).toBeNull();
    // The same day, once the preliminary contract's hour is over.
    expect(acceptanceDatesRefusal(dates('2026-03-10T13:00:00Z', '2026-03-10T14:00:00Z'), now)).toBeNull();
    expect(acceptanceDatesRefusal(dates('2026-03-10T13:00:00Z', '2026-03-10T13:30:00Z'), now)).toBe(
      'dates-out-of-order',
    );
    expect(acceptanceDatesRefusal(dates('2026-07-01T08:00:00Z', '2026-04-01T08:00:00Z'), now)).toBe(
      'dates-out-of-order',
    );
    // Earlier today is past already.
    expect(acceptanceDatesRefusal(dates('2026-03-10T11:00:00Z', '2026-07-01T08:00:00Z'), now)).toBe('date-in-past');
    expect(acceptanceDatesRefusal(dates('2026-04-01T08:00:00Z', '2026-03-09T08:00:00Z'), now)).toBe('date-in-past');
  });

  it('makes an hour for the preliminary contract and two for the deed, at their places', () => {
    const slots = acceptanceAppointmentSlots({
      preliminaryContractAt: new Date('2026-04-01T08:00:00Z'),
      preliminaryContractPlace: 'Agence',
      deedAt: new Date('2026-07-01T08:00:00Z'),
      deedPlace: 'Étude de Maître Durand',
    });
    expect(slots).toEqual([
      {
        kind: 'preliminary-contract',
        startsAt: new Date('2026-04-01T08:00:00Z'),
        endsAt: new Date('2026-04-01T09:00:00Z'),
        place: 'Agence',
      },
      {
        kind: 'notarial-deed',
        startsAt: new Date('2026-07-01T08:00:00Z'),
        endsAt: new Date('2026-07-01T10:00:00Z'),
        place: 'Étude de Maître Durand',
      },
    ]);
  });

  it('names the buyers and the sellers once each, within what an appointment holds', () => {
    expect(acceptanceContactIds(['b1', 'b2'], ['s1', 'b2'])).toEqual(['b1', 'b2', 's1']);
    const sellers = Array.from({ length: 10 }, (_, index) => `s${index}`);
    const contacts = acceptanceContactIds(['b1', 'b2'], sellers);
    expect(contacts).toHaveLength(APPOINTMENT_CONTACTS_MAX);
    expect(contacts.slice(0, 2)).toEqual(['b1', 'b2']);
  });

  it('derives the signing appointments’ ids from the offer, within an id’s length', () => {
    expect(offerAppointmentId('o1', 'preliminary-contract')).toBe('o1-pc');
    expect(offerAppointmentId('o1', 'notarial-deed')).toBe('o1-deed');
    const long = 'x'.repeat(64);
    const other = `${'x'.repeat(63)}y`;
    for (const kind of ['preliminary-contract', 'notarial-deed'] as const) {
      expect(offerAppointmentId(long, kind)).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      expect(offerAppointmentId(long, kind)).toBe(offerAppointmentId(long, kind));
      expect(offerAppointmentId(long, kind)).not.toBe(offerAppointmentId(other, kind));
    }
    expect(offerAppointmentId(long, 'preliminary-contract')).not.toBe(offerAppointmentId(long, 'notarial-deed'));
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
        preliminaryContractAt: '2026-04-01T10:00:00+02:00',
        deedAt: '2026-07-01T10:00:00+02:00',
        deedPlace: ' Étude de Maître Durand ',
      }),
    ).toMatchObject({
      kind: 'accept',
      deedAt: new Date('2026-07-01T08:00:00Z'),
      preliminaryContractPlace: '',
      deedPlace: 'Étude de Maître Durand',
    });
    expect(
      answerOfferInputSchema.safeParse({
        kind: 'accept',
        offerId: 'o1',
        preliminaryContractAt: '2026-04-01',
        deedAt: '2026-07-01',
      }).success,
    ).toBe(false);
    expect(answerOfferInputSchema.parse({ kind: 'refuse', offerId: 'o1', reason: ' Trop bas ' })).toMatchObject({
      reason: 'Trop bas',
    });
    expect(answerOfferInputSchema.safeParse({ kind: 'counter', offerId: 'o1' }).success).toBe(false);
  });
});
