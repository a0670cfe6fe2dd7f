import {
  acceptanceAppointmentSlots,
  acceptanceDatesRefusal,
  ANSWERED_STATUS,
  answerRefusal,
  counterOffer,
  formatAppointmentTime,
  isSameAnswer,
  offerAcceptedText,
  offerAnswerDetail,
  offerAnswerWords,
  paths,
  type AnswerOfferInput,
  type AnswerOfferResult,
  type HistoryEntry,
  type Locale,
  type Offer,
  type Property,
} from '@estate/domain';
import { appointmentsLog } from '../appointments/appointments.log';
import type { Caller } from '../lib/caller';
import { readClientMailing, type ClientMailing } from '../lib/client-mail';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { historyConverter, readPipelineCollaborator, readProperty } from '../pipeline/pipeline-store';
import { propertiesLog } from '../properties/properties.log';
import { moveStatus, staffAuthor } from '../properties/property-store';
import { prepareAcceptanceAppointments } from './offer-appointments';
import { offerMoney } from './offer-pdf.copy';
import { offerRef, writeOffer } from './offer-store';
import { offersLog } from './offers.log';
import { startOfDay } from './register-offer.handler';
import { runTransaction } from '../lib/transactions';

const REFUSAL_MESSAGES = {
  'offer-not-signed': 'The buyer has not signed this offer yet.',
  'offer-closed': 'This offer has already been answered or closed.',
  'offer-expired': 'This offer is past its validity.',
  'dates-out-of-order': 'The deed comes after the preliminary contract.',
  'date-in-past': 'The dates to come cannot be in the past.',
} as const;

/** When the preliminary contract and the deed are signed, in Paris time, for the history and the mails. */
function signingTimes(input: Extract<AnswerOfferInput, { kind: 'accept' }>, locale: Locale) {
  const [preliminary, deed] = acceptanceAppointmentSlots(input).map((slot) =>
    formatAppointmentTime(slot.startsAt, slot.endsAt, locale),
  );
  return { preliminary: preliminary ?? '', deed: deed ?? '' };
}

/** One mail per buyer and answered offer: a retried answer finds it queued. */
function offerAnsweredMailId(offerId: string, contactId: string): string {
  return `offer-answered-${offerId}-${contactId}`;
}

/** The history entry of an acceptance: derived from the offer, so it is written once. */
export function offerAcceptedEntryId(offerId: string): string {
  return `offer-accepted-${offerId}`;
}

/**
 * The seller's answer to a signed offer, recorded by the agent. In one transaction: the offer takes
 * its answer and closes (`accepted`, `refused` or `countered`), with the sellers' projection, and each
 * buyer is mailed the answer (essential mail, `offer-answered-<offerId>-<contactId>`).
 * - accept: the preliminary contract and deed dates are kept on the offer and become two appointments
 *   (`offerAppointmentId`) in the agent's and the clients' calendars, mailed to the buyers and sellers
 *   (prepareAcceptanceAppointments); the property goes `under-offer` by the rules of
 *   properties-changeStatus (`moveStatus`), and a `purchase-confirmation` history entry naming the
 *   buyers (`offer-accepted-<offerId>`) moves their phase through pipeline-onHistoryCreated. The other
 *   open offers on the property stay as they are.
 * - counter: a new offer in the same thread with the seller's terms is created as a draft
 *   (`counterOfferId`), which offers-onOfferWritten sends to the buyers for signature.
 * The same answer sent again answers the offer as it is and writes nothing; another answer to a
 * closed offer is refused.
 */
export async function answerOffer(deps: Deps, caller: Caller, input: AnswerOfferInput): Promise<AnswerOfferResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const tenantId = actor.tenantId;
    const offer = (await tx.get(offerRef(db, tenantId, input.offerId))).data();
    if (!offer) throw new Refusal('not-found', 'This offer does not exist.', 'offer-not-found');
    if (isSameAnswer(offer, input.kind)) {
      return {
        result: { offerId: offer.id, status: offer.status, counterOfferId: offer.answer?.counterOfferId ?? null },
        done: null,
      };
    }
    const refusal = answerRefusal(offer, now);
    if (refusal) throw new Refusal('failed-precondition', REFUSAL_MESSAGES[refusal], refusal);
    if (input.kind === 'accept') {
      const dates = acceptanceDatesRefusal(input, now);
      if (dates) throw new Refusal('invalid-argument', REFUSAL_MESSAGES[dates], dates);
    }
    if (input.kind === 'counter' && input.terms.validUntil.getTime() < startOfDay(now)) {
      throw new Refusal('invalid-argument', 'The counter-offer must hold until today at least.', 'validity-in-past');
    }

    // Every read before the first write.
    const [tenant, property] = await Promise.all([
      readTenant(db, tx, tenantId),
      input.kind === 'accept' ? readProperty(db, tx, tenantId, offer.propertyId) : Promise.resolve(null),
    ]);
    const writeAppointments =
      input.kind === 'accept' && property
        ? await prepareAcceptanceAppointments(db, tx, deps.links, {
            actor,
            offer,
            property,
            input,
            locale: tenant.locale,
            now,
          })
        : null;
    const mailings: ClientMailing[] = [];
    for (const contactId of offer.buyerContactIds) {
      const mailing = await readClientMailing(
        db,
        tx,
        tenantId,
        contactId,
        [offerAnsweredMailId(offer.id, contactId)],
        now,
      );
      if (mailing) mailings.push(mailing);
    }

    const counter = input.kind === 'counter' ? counterOffer(offer, input.terms, now) : null;
    const answered: Offer = {
      ...offer,
      status: ANSWERED_STATUS[input.kind],
      answer: {
        kind: input.kind,
        at: now,
        by: actor.uid,
        reason: input.kind === 'refuse' ? input.reason : '',
        counterOfferId: counter?.id ?? null,
      },
      preliminaryContractDate: input.kind === 'accept' ? input.preliminaryContractAt : null,
      deedDate: input.kind === 'accept' ? input.deedAt : null,
      closedAt: input.kind === 'accept' ? null : now,
      updatedAt: now,
    };
    writeOffer(db, tx, tenantId, answered, 'set');
    if (counter) writeOffer(db, tx, tenantId, counter, 'create');

    const appointmentIds = writeAppointments?.() ?? [];
    let moved: { propertyId: string; from: Property['status'] } | null = null;
    if (input.kind === 'accept' && property) {
      const author = staffAuthor(actor);
      if (moveStatus(db, tx, { author, locale: tenant.locale, property, to: 'under-offer', now })) {
        moved = { propertyId: property.id, from: property.status };
      }
      const entryRef = db
        .doc(paths.historyEntry(tenantId, offerAcceptedEntryId(offer.id)))
        .withConverter(historyConverter);
      const entry: HistoryEntry = {
        id: entryRef.id,
        type: 'purchase-confirmation',
        occurredAt: now,
        authorUid: actor.uid,
        contactIds: offer.buyerContactIds,
        propertyId: offer.propertyId,
        dealId: null,
        text: offerAcceptedText(tenant.locale, {
          actor: author.name,
          amount: offerMoney(offer.amount, tenant.currency, tenant.locale),
          ...signingTimes(input, tenant.locale),
        }),
        phase: null,
        phaseChange: null,
        createdAt: now,
      };
      tx.create(entryRef, entry);
    }

    for (const mailing of mailings) {
      const locale = mailing.contact.locale;
      const money = (amount: number) => offerMoney(amount, tenant.currency, locale);
      const detail =
        input.kind === 'accept'
          ? offerAnswerDetail(locale, {
              kind: 'accept',
              ...signingTimes(input, locale),
            })
          : input.kind === 'refuse'
            ? offerAnswerDetail(locale, { kind: 'refuse', reason: input.reason })
            : offerAnswerDetail(locale, { kind: 'counter', amount: money(input.terms.amount) });
      mailing.toClient({
        templateId: 'offer-answered',
        data: {
          amount: money(offer.amount),
          answer: offerAnswerWords(locale, input.kind),
          detail,
          propertyReference: offer.propertyReference,
          propertyTitle: offer.propertyTitle,
          link: deps.links.link('client', tenant, '/offers'),
        },
        mailId: offerAnsweredMailId(offer.id, mailing.contact.id),
        optional: false,
      });
    }
    return {
      result: { offerId: offer.id, status: answered.status, counterOfferId: counter?.id ?? null },
      done: { tenantId, from: offer.status, by: actor.uid, moved, appointmentIds },
    };
  });
  if (outcome.done) {
    const { tenantId, from, by, moved, appointmentIds } = outcome.done;
    offersLog.offerMoved(tenantId, input.offerId, from, outcome.result.status, by);
    for (const appointmentId of appointmentIds) {
      appointmentsLog.appointmentSaved(tenantId, appointmentId, 0, true, by);
    }
    if (moved) propertiesLog.statusChanged(tenantId, moved.propertyId, moved.from, 'under-offer', by);
  }
  return outcome.result;
}
