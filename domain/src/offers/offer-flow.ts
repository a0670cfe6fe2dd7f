import { APPOINTMENT_CONTACTS_MAX } from '../appointments/appointment.schema';
import type { Locale } from '../shared/locale';
import type { SignatureRequestStatus } from '../signatures/signature-request.schema';
import {
  ACCEPTANCE_APPOINTMENTS,
  CLOSED_OFFER_STATUSES,
  OPEN_OFFER_STATUSES,
  type AcceptanceAppointmentKind,
  counterOfferId,
  type Offer,
  type OfferAnswerKind,
  type OfferStatus,
  type OfferTerms,
} from './offer.schema';

/**
 * The offer's state machine, pure: draft → sent-for-signature → signed (by every buyer) → accepted |
 * refused | countered; expired or withdrawn on the way. The functions apply it in their transactions.
 */

const DAY_MS = 86_400_000;

export function isClosedOffer(status: OfferStatus): boolean {
  return CLOSED_OFFER_STATUSES.includes(status);
}

/** An offer holds through its `validUntil` day (midnight UTC): past the day's end it has expired. */
export function isPastValidity(offer: Pick<Offer, 'validUntil'>, now: Date): boolean {
  return now.getTime() >= offer.validUntil.getTime() + DAY_MS;
}

/** The latest `validUntil` of an offer past its validity at `now`: what offers-expireOffers looks for. */
export function validityCutoff(now: Date): Date {
  return new Date(now.getTime() - DAY_MS);
}

/** Whether an offer closes as `expired` at `now`: still open (being signed or waiting) and past its validity. */
export function expiresNow(offer: Pick<Offer, 'status' | 'validUntil'>, now: Date): boolean {
  return OPEN_OFFER_STATUSES.includes(offer.status) && isPastValidity(offer, now);
}

/** Why the pending signature request of an offer past its validity is cancelled, in the offer's language. */
export const OFFER_EXPIRED_REASON: Record<Locale, string> = {
  fr: "L'offre n'est plus valable : sa date de validité est passée.",
  ru: 'Предложение больше не действует: срок его действия истёк.',
  en: 'The offer no longer holds: its validity has ended.',
};

/** A draft whose PDF and signature request are ready moves to `sent-for-signature`. */
export function statusOnSent(status: OfferStatus): OfferStatus | null {
  return status === 'draft' ? 'sent-for-signature' : null;
}

/**
 * What an offer becomes when its signature request closes, or null when it stays as it is: only the
 * request of an offer still being signed moves it (a late or replayed event changes nothing).
 */
export function statusOnRequestClosed(
  offer: Pick<Offer, 'status' | 'signatureRequestId'>,
  request: { id: string; status: SignatureRequestStatus },
): OfferStatus | null {
  if (offer.status !== 'sent-for-signature' || offer.signatureRequestId !== request.id) return null;
  switch (request.status) {
    case 'signed':
      return 'signed';
    case 'expired':
      return 'expired';
    case 'declined':
    case 'cancelled':
      return 'withdrawn';
    case 'pending':
      return null;
  }
}

export const ANSWERED_STATUS: Record<OfferAnswerKind, OfferStatus> = {
  accept: 'accepted',
  refuse: 'refused',
  counter: 'countered',
};

/** Why the seller cannot answer an offer now, or null when they can. */
export type AnswerRefusal = 'offer-not-signed' | 'offer-closed' | 'offer-expired';

export function answerRefusal(offer: Pick<Offer, 'status' | 'validUntil'>, now: Date): AnswerRefusal | null {
  if (isClosedOffer(offer.status)) return 'offer-closed';
  if (offer.status !== 'signed') return 'offer-not-signed';
  if (isPastValidity(offer, now)) return 'offer-expired';
  return null;
}

/** Whether the answer asked is the one already recorded: a retried answer changes nothing. */
export function isSameAnswer(offer: Pick<Offer, 'status'>, kind: OfferAnswerKind): boolean {
  return offer.status === ANSWERED_STATUS[kind];
}

/**
 * Why the buyer cannot withdraw an offer now, or null when they can: a closed offer stays as it is,
 * and one being signed is withdrawn by cancelling its signature request (or declining to sign).
 */
export function withdrawRefusal(status: OfferStatus): 'offer-closed' | 'offer-being-signed' | null {
  if (isClosedOffer(status)) return 'offer-closed';
  if (status === 'sent-for-signature') return 'offer-being-signed';
  return null;
}

/** The acceptance's signing appointments: kind, start, end and place of each, in order. */
export function acceptanceAppointmentSlots(input: {
  preliminaryContractAt: Date;
  preliminaryContractPlace: string;
  deedAt: Date;
  deedPlace: string;
}): Array<{ kind: AcceptanceAppointmentKind; startsAt: Date; endsAt: Date; place: string }> {
  return ACCEPTANCE_APPOINTMENTS.map(({ kind, minutes }) => {
    const startsAt = kind === 'preliminary-contract' ? input.preliminaryContractAt : input.deedAt;
    return {
      kind,
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      place: kind === 'preliminary-contract' ? input.preliminaryContractPlace : input.deedPlace,
    };
  });
}

/**
 * The acceptance's dates: neither appointment starts in the past, and the deed comes after the
 * preliminary contract (once its appointment is over).
 */
export function acceptanceDatesRefusal(
  dates: { preliminaryContractAt: Date; deedAt: Date },
  now: Date,
): 'dates-out-of-order' | 'date-in-past' | null {
  if (dates.preliminaryContractAt.getTime() < now.getTime() || dates.deedAt.getTime() < now.getTime()) {
    return 'date-in-past';
  }
  const [preliminary] = acceptanceAppointmentSlots({ ...dates, preliminaryContractPlace: '', deedPlace: '' });
  if (preliminary && dates.deedAt.getTime() < preliminary.endsAt.getTime()) return 'dates-out-of-order';
  return null;
}

/**
 * The clients of the signing appointments: the buyers, then the property's sellers, each once, within
 * what one appointment names (buyers first: the offer is theirs).
 */
export function acceptanceContactIds(
  buyerContactIds: readonly string[],
  sellerContactIds: readonly string[],
): string[] {
  return [...new Set([...buyerContactIds, ...sellerContactIds])].slice(0, APPOINTMENT_CONTACTS_MAX);
}

/**
 * The counter-offer answering `offer`: a new offer in the same thread, one round later, with the
 * buyers, sellers and property of the offer it counters and the seller's terms. It starts as a draft
 * (its PDF and signature request follow, as for any offer): the buyer signs it if they agree.
 */
export function counterOffer(offer: Offer, terms: OfferTerms, now: Date): Offer {
  const round = offer.round + 1;
  return {
    ...offer,
    id: counterOfferId(offer.threadId, round),
    counterOf: offer.id,
    round,
    amount: terms.amount,
    conditions: terms.conditions,
    financing: terms.financing,
    validUntil: terms.validUntil,
    status: 'draft',
    signatureRequestId: null,
    document: null,
    signedDocument: null,
    answer: null,
    preliminaryContractDate: null,
    deedDate: null,
    createdAt: now,
    updatedAt: now,
    sentAt: null,
    signedAt: null,
    closedAt: null,
  };
}
