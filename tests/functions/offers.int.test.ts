import {
  appointmentMailId,
  appointmentModel,
  CALLABLES,
  interestId,
  offerAppointmentId,
  offerModel,
  offerSignatureRequestId,
  paths,
  signatureRequestModel,
  type AnswerOfferResult,
  type Appointment,
  type Offer,
  type OfferResult,
  type SavePropertyResult,
  type SignatureRequest,
  type TracfinFile,
} from '@estate/domain';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { appLinks } from '../../functions/src/lib/app-links';
import { converterOf } from '../../functions/src/lib/converters';
import { offerAcceptedEntryId } from '../../functions/src/offers/answer-offer.handler';
import { expireOffers } from '../../functions/src/offers/expire-offers.handler';
import { applyOfferRequestClosed } from '../../functions/src/offers/on-offer-request-closed.handler';
import { adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { createContact, eventually } from './function-fixtures';

const newId = () => randomUUID().replace(/-/g, '').slice(0, 20);
const offerConverter = converterOf(offerModel);
const requestConverter = converterOf(signatureRequestModel);

let tenant: TestTenant;
let agent: TestUser;
let seller: { id: string; email: string };
let buyer: { id: string; email: string };
let unchecked: { id: string; email: string };
let propertyId: string;
const t = () => tenant.tenantId;

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
/** A moment `offset` days from now, as the acceptance form sends it. */
const at = (offset: number) => new Date(Date.now() + offset * DAY).toISOString();

function acceptance(offerId: string, preliminary = 30, deed = 90) {
  return {
    kind: 'accept',
    offerId,
    preliminaryContractAt: at(preliminary),
    preliminaryContractPlace: '',
    deedAt: at(deed),
    deedPlace: 'Étude de Maître Durand',
  };
}

const appointmentConverter = converterOf(appointmentModel);
const readAppointment = async (appointmentId: string): Promise<Appointment | undefined> =>
  (await adminDb().doc(paths.appointment(t(), appointmentId)).withConverter(appointmentConverter).get()).data();
const propertyAppointments = async (): Promise<number> =>
  (await adminDb().collection(paths.appointments(t())).where('propertyId', '==', propertyId).count().get()).data()
    .count;

const complete = (): TracfinFile => ({
  identityDocument: { type: 'passport', number: '20AB12345', expiresAt: new Date('2034-01-01'), checked: true },
  beneficialOwners: [],
  funds: { origins: ['savings', 'loan'], detail: '' },
  pep: { exposed: false, detail: '' },
  assetFreezeCheck: { checkedAt: new Date(), result: 'clear' },
  riskLevel: 'low',
  reviewedBy: 'agent',
  reviewedAt: new Date(),
});

function registration(buyerId: string, overrides: Record<string, unknown> = {}) {
  return {
    requestId: newId(),
    propertyId,
    buyerContactIds: [buyerId],
    amount: 300000,
    conditions: { loan: { amount: 200000, ratePercent: 3.5, durationMonths: 240 }, other: ['Vente du bien actuel'] },
    financing: { ownFunds: 100000, loanAmount: 200000 },
    validUntil: day(10),
    ...overrides,
  };
}

const readOffer = async (offerId: string): Promise<Offer | undefined> =>
  (await adminDb().doc(paths.offer(t(), offerId)).withConverter(offerConverter).get()).data();

const offerCount = async (): Promise<number> =>
  ((await adminDb().doc(paths.property(t(), propertyId)).get()).get('offerCount') as number | undefined) ?? 0;

const mailsQueued = async (templateId: string, to: string): Promise<number> =>
  (
    await adminDb()
      .collection(paths.mails(t()))
      .where('templateId', '==', templateId)
      .where('to', '==', to)
      .count()
      .get()
  ).data().count;

/** The offer's request once offers-onOfferWritten created it, and the offer sent for signature. */
async function sentRequest(offerId: string): Promise<SignatureRequest> {
  return eventually(async () => {
    const request = (
      await adminDb()
        .doc(paths.signatureRequest(t(), offerSignatureRequestId(offerId)))
        .withConverter(requestConverter)
        .get()
    ).data();
    expect(request).toBeDefined();
    expect((await readOffer(offerId))?.status).toBe('sent-for-signature');
    return request as SignatureRequest;
  }, 90_000);
}

/** Closes the request as the signatures capability does once every buyer signed. */
async function signRequest(request: SignatureRequest): Promise<SignatureRequest> {
  const now = new Date();
  const signed: SignatureRequest = {
    ...request,
    status: 'signed',
    signers: request.signers.map((signer) => ({ ...signer, status: 'signed', signedAt: now })),
    signedDocument: request.document,
    closedAt: now,
    updatedAt: now,
  };
  await adminDb().doc(paths.signatureRequest(t(), request.id)).withConverter(requestConverter).set(signed);
  return signed;
}

async function registeredAndSigned(buyerId: string): Promise<string> {
  const { offerId } = await mustCall<OfferResult>(CALLABLES.registerOffer, registration(buyerId), agent.idToken);
  await signRequest(await sentRequest(offerId));
  await eventually(async () => expect((await readOffer(offerId))?.status).toBe('signed'), 90_000);
  return offerId;
}

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Offres' });
  agent = await addActiveMember(tenant, 'agent', 'Olga Offre');
  seller = await createContact(t(), agent.uid);
  buyer = await createContact(t(), agent.uid);
  unchecked = await createContact(t(), agent.uid);
  await adminDb()
    .doc(paths.buyerFile(t(), buyer.id, 'tracfin'))
    .set(complete());
  const property = await mustCall<SavePropertyResult>(
    CALLABLES.saveProperty,
    {
      propertyId: null,
      requestId: newId(),
      property: {
        dealType: 'sale',
        title: 'Maison avec jardin',
        propertyType: 'house',
        address: { postalCode: '13008', city: 'Marseille' },
        price: 320000,
        surface: 110,
        rooms: 5,
        status: 'online',
        sellerContactIds: [seller.id],
        assignedAgentUid: agent.uid,
      },
    },
    agent.idToken,
  );
  propertyId = property.propertyId;
}, 120_000);

describe('registering an offer', () => {
  it('is refused while the buyer’s Tracfin file is incomplete, and says what is missing', async () => {
    const refused = await callCallable(CALLABLES.registerOffer, registration(unchecked.id), agent.idToken);
    expect(refused).toMatchObject({ ok: false, code: 'failed-precondition', reason: 'tracfin-incomplete' });
    if (!refused.ok) expect(refused.message).toContain('file');
    expect(await offerCount()).toBe(0);
  });

  it('refuses a seller as buyer and a validity in the past', async () => {
    await adminDb()
      .doc(paths.buyerFile(t(), seller.id, 'tracfin'))
      .set(complete());
    expect(await callCallable(CALLABLES.registerOffer, registration(seller.id), agent.idToken)).toMatchObject({
      reason: 'buyer-is-seller',
    });
    expect(
      await callCallable(CALLABLES.registerOffer, registration(buyer.id, { validUntil: day(-2) }), agent.idToken),
    ).toMatchObject({ reason: 'validity-in-past' });
  });

  it('renders the PDF, creates the buyer’s signature request, and counts once when sent twice', async () => {
    const input = registration(buyer.id);
    const [first, second] = await Promise.all([
      mustCall<OfferResult>(CALLABLES.registerOffer, input, agent.idToken),
      mustCall<OfferResult>(CALLABLES.registerOffer, input, agent.idToken),
    ]);
    expect(second.offerId).toBe(first.offerId);
    const request = await sentRequest(first.offerId);
    expect(request).toMatchObject({
      status: 'pending',
      subject: { kind: 'offer', id: first.offerId, propertyId },
      requestedBy: agent.uid,
      locale: 'fr',
    });
    expect(request.signers.map((signer) => signer.email)).toEqual([buyer.email]);
    const offer = await readOffer(first.offerId);
    expect(offer).toMatchObject({
      threadId: first.offerId,
      round: 1,
      buyerContactIds: [buyer.id],
      sellerContactIds: [seller.id],
    });
    expect(offer?.document).toEqual(request.document);
    expect(await offerCount()).toBe(1);
    // The sellers' projection names no buyer.
    const projection = (await adminDb().doc(paths.sellerOffer(t(), first.offerId)).get()).data();
    expect(projection).toMatchObject({ amount: 300000, status: 'sent-for-signature', buyerCount: 1 });
    expect(JSON.stringify(projection)).not.toContain(buyer.id);
  }, 120_000);
});

describe('the buyer signs, the seller answers', () => {
  let accepted: string;
  let other: string;

  beforeAll(async () => {
    [accepted, other] = await Promise.all([registeredAndSigned(buyer.id), registeredAndSigned(buyer.id)]);
  }, 180_000);

  it('the signed offer keeps its signed PDF and the agent is mailed once, even when the event comes again', async () => {
    const offer = await readOffer(accepted);
    expect(offer?.signedDocument).not.toBeNull();
    await eventually(async () => expect(await mailsQueued('offer-signed', agent.email)).toBe(2), 60_000);
    const request = (
      await adminDb()
        .doc(paths.signatureRequest(t(), offerSignatureRequestId(accepted)))
        .withConverter(requestConverter)
        .get()
    ).data() as SignatureRequest;
    const deps = { db: adminDb(), links: appLinks(null), now: () => new Date() };
    expect(await applyOfferRequestClosed(deps, t(), request)).toBe('unchanged');
    expect(await mailsQueued('offer-signed', agent.email)).toBe(2);
  }, 90_000);

  it('refuses an answer to an offer not signed and acceptance dates out of order', async () => {
    const { offerId } = await mustCall<OfferResult>(CALLABLES.registerOffer, registration(buyer.id), agent.idToken);
    expect(
      await callCallable(CALLABLES.answerOffer, { kind: 'refuse', offerId, reason: '' }, agent.idToken),
    ).toMatchObject({ reason: 'offer-not-signed' });
    expect(await callCallable(CALLABLES.answerOffer, acceptance(accepted, 60, 30), agent.idToken)).toMatchObject({
      reason: 'dates-out-of-order',
    });
    // The deed an hour after the preliminary contract starts: that appointment is not over.
    expect(
      await callCallable(
        CALLABLES.answerOffer,
        { ...acceptance(accepted), deedAt: new Date(Date.parse(at(30)) + 30 * 60_000).toISOString() },
        agent.idToken,
      ),
    ).toMatchObject({ reason: 'dates-out-of-order' });
    expect(await callCallable(CALLABLES.answerOffer, acceptance(accepted, -1, 30), agent.idToken)).toMatchObject({
      reason: 'date-in-past',
    });
    expect(await propertyAppointments()).toBe(0);
  });

  it('an acceptance puts the property under offer and moves the buyer’s phase once, even when retried', async () => {
    const answer = acceptance(accepted);
    const results = await Promise.all([
      mustCall<AnswerOfferResult>(CALLABLES.answerOffer, answer, agent.idToken),
      mustCall<AnswerOfferResult>(CALLABLES.answerOffer, answer, agent.idToken),
    ]);
    expect(results.map((result) => result.status)).toEqual(['accepted', 'accepted']);
    const offer = await readOffer(accepted);
    expect(offer).toMatchObject({ status: 'accepted', answer: { kind: 'accept', by: agent.uid } });
    expect(offer?.preliminaryContractDate?.toISOString()).toBe(answer.preliminaryContractAt);
    expect(offer?.deedDate?.toISOString()).toBe(answer.deedAt);
    expect((await adminDb().doc(paths.property(t(), propertyId)).get()).get('status')).toBe('under-offer');
    // One move to under offer (the other entry is the property's creation).
    const statusChanges = await adminDb()
      .collection(paths.history(t()))
      .where('propertyId', '==', propertyId)
      .where('type', '==', 'status-change')
      .get();
    expect(statusChanges.docs.filter((doc) => doc.get('statusChange.to') === 'under-offer')).toHaveLength(1);
    const entry = (
      await adminDb()
        .doc(paths.historyEntry(t(), offerAcceptedEntryId(accepted)))
        .get()
    ).data();
    expect(entry).toMatchObject({ type: 'purchase-confirmation', contactIds: [buyer.id], propertyId });
    await eventually(
      async () =>
        expect(
          (
            await adminDb()
              .doc(paths.interest(t(), interestId(buyer.id, propertyId)))
              .get()
          ).get('phase'),
        ).toBe('purchase-confirmation'),
      60_000,
    );
    expect(await mailsQueued('offer-answered', buyer.email)).toBe(1);
    // A third answer, once the others are done, finds the offer answered: nothing more is written.
    const preliminaryId = offerAppointmentId(accepted, 'preliminary-contract');
    const before = (await adminDb().doc(paths.appointment(t(), preliminaryId)).get()).updateTime;
    expect(await mustCall<AnswerOfferResult>(CALLABLES.answerOffer, answer, agent.idToken)).toMatchObject({
      status: 'accepted',
    });
    expect((await adminDb().doc(paths.appointment(t(), preliminaryId)).get()).updateTime).toEqual(before);
    expect(await mailsQueued('offer-answered', buyer.email)).toBe(1);
    // The other open offer stays as it is; a different answer to the accepted one is refused.
    expect((await readOffer(other))?.status).toBe('signed');
    expect(
      await callCallable(CALLABLES.answerOffer, { kind: 'refuse', offerId: accepted, reason: 'Non' }, agent.idToken),
    ).toMatchObject({ reason: 'offer-closed' });
  }, 120_000);

  it('the acceptance puts the preliminary contract and the deed in the calendars once, mailed once to each client', async () => {
    const offer = await readOffer(accepted);
    const preliminary = await readAppointment(offerAppointmentId(accepted, 'preliminary-contract'));
    const deed = await readAppointment(offerAppointmentId(accepted, 'notarial-deed'));
    const common = {
      status: 'scheduled',
      sequence: 0,
      propertyId,
      externalProperty: null,
      contactIds: [buyer.id, seller.id],
      agentUid: agent.uid,
      createdBy: agent.uid,
    };
    expect(preliminary).toMatchObject({ ...common, kind: 'preliminary-contract', place: '' });
    expect(deed).toMatchObject({ ...common, kind: 'notarial-deed', place: 'Étude de Maître Durand' });
    expect(preliminary?.startsAt).toEqual(offer?.preliminaryContractDate);
    expect((preliminary?.endsAt.getTime() ?? 0) - (preliminary?.startsAt.getTime() ?? 0)).toBe(60 * 60_000);
    expect(deed?.startsAt).toEqual(offer?.deedDate);
    expect((deed?.endsAt.getTime() ?? 0) - (deed?.startsAt.getTime() ?? 0)).toBe(120 * 60_000);
    for (const appointment of [preliminary, deed]) {
      expect(appointment?.propertyLabel).toContain('Maison avec jardin');
      expect(appointment?.title).toContain(offer?.propertyReference);
      expect(appointment?.viewerUids).toContain(agent.uid);
    }
    expect(await propertyAppointments()).toBe(2);
    // Each client is mailed each appointment once, as a created appointment, despite the answers retried.
    expect(await mailsQueued('appointment-created', buyer.email)).toBe(2);
    expect(await mailsQueued('appointment-created', seller.email)).toBe(2);
    for (const contactId of [buyer.id, seller.id]) {
      const mail = await adminDb()
        .doc(paths.mail(t(), appointmentMailId(offerAppointmentId(accepted, 'notarial-deed'), 0, contactId)))
        .get();
      expect(mail.get('templateId')).toBe('appointment-created');
    }
  });

  it('a counter closes the offer and sends a new one in the same thread for signature', async () => {
    const counter = {
      kind: 'counter',
      offerId: other,
      terms: {
        amount: 315000,
        conditions: { loan: null, other: [] },
        financing: { ownFunds: 315000, loanAmount: 0 },
        validUntil: day(7),
      },
    };
    const result = await mustCall<AnswerOfferResult>(CALLABLES.answerOffer, counter, agent.idToken);
    expect(result.status).toBe('countered');
    expect(result.counterOfferId).not.toBeNull();
    const again = await mustCall<AnswerOfferResult>(CALLABLES.answerOffer, counter, agent.idToken);
    expect(again.counterOfferId).toBe(result.counterOfferId);
    const counterId = result.counterOfferId ?? '';
    expect(await readOffer(other)).toMatchObject({ status: 'countered', answer: { counterOfferId: counterId } });
    const request = await sentRequest(counterId);
    expect(request.signers.map((signer) => signer.email)).toEqual([buyer.email]);
    expect(await readOffer(counterId)).toMatchObject({ threadId: other, counterOf: other, round: 2, amount: 315000 });
    // Counters are the seller's terms, not offers registered: the count is the buyers' offers.
    expect(await offerCount()).toBe(4);

    // The buyer signs the counter; the seller refuses it after all, with a reason the buyer reads.
    await signRequest(request);
    await eventually(async () => expect((await readOffer(counterId))?.status).toBe('signed'), 90_000);
    const refused = await mustCall<AnswerOfferResult>(
      CALLABLES.answerOffer,
      { kind: 'refuse', offerId: counterId, reason: 'Le vendeur retire son bien' },
      agent.idToken,
    );
    expect(refused.status).toBe('refused');
    expect((await readOffer(counterId))?.answer).toMatchObject({
      kind: 'refuse',
      reason: 'Le vendeur retire son bien',
    });
    expect(await mailsQueued('offer-answered', buyer.email)).toBe(3);
    // Neither the countered offer nor the refused counter made an appointment.
    for (const offerId of [other, counterId]) {
      for (const kind of ['preliminary-contract', 'notarial-deed'] as const) {
        expect(
          (
            await adminDb()
              .doc(paths.appointment(t(), offerAppointmentId(offerId, kind)))
              .get()
          ).exists,
        ).toBe(false);
      }
    }
    expect(await propertyAppointments()).toBe(2);
  }, 180_000);
});

describe('withdrawing an offer', () => {
  it('waits for the signature to end, then closes the offer once; it can no longer be answered', async () => {
    const { offerId } = await mustCall<OfferResult>(CALLABLES.registerOffer, registration(buyer.id), agent.idToken);
    const request = await sentRequest(offerId);
    expect(await callCallable(CALLABLES.withdrawOffer, { offerId }, agent.idToken)).toMatchObject({
      reason: 'offer-being-signed',
    });
    await signRequest(request);
    await eventually(async () => expect((await readOffer(offerId))?.status).toBe('signed'), 90_000);
    const withdrawn = await mustCall<OfferResult>(CALLABLES.withdrawOffer, { offerId }, agent.idToken);
    expect(withdrawn.status).toBe('withdrawn');
    const before = (await adminDb().doc(paths.offer(t(), offerId)).get()).updateTime;
    expect(await mustCall<OfferResult>(CALLABLES.withdrawOffer, { offerId }, agent.idToken)).toEqual(withdrawn);
    expect((await adminDb().doc(paths.offer(t(), offerId)).get()).updateTime).toEqual(before);
    expect((await adminDb().doc(paths.sellerOffer(t(), offerId)).get()).get('status')).toBe('withdrawn');
    expect(await callCallable(CALLABLES.answerOffer, acceptance(offerId), agent.idToken)).toMatchObject({
      reason: 'offer-closed',
    });
  }, 180_000);
});

describe('offers past their validity', () => {
  const past = () => new Date(Date.now() - 3 * DAY);
  const pastValidity = (offerId: string) =>
    adminDb().doc(paths.offer(t(), offerId)).update({ validUntil: past(), updatedAt: new Date() });
  const updateTimes = async (offerIds: string[]) =>
    Promise.all(
      offerIds.flatMap((offerId) => [
        adminDb().doc(paths.offer(t(), offerId)).get(),
        adminDb().doc(paths.sellerOffer(t(), offerId)).get(),
      ]),
    ).then((snapshots) => snapshots.map((snapshot) => snapshot.updateTime?.toMillis()));

  it('close once as expired while open, with the sellers’ projection and the pending signature; closed ones stay', async () => {
    const [signed, waiting] = await Promise.all([registeredAndSigned(buyer.id), registeredAndSigned(buyer.id)]);
    const { offerId: beingSigned } = await mustCall<OfferResult>(
      CALLABLES.registerOffer,
      registration(buyer.id),
      agent.idToken,
    );
    const request = await sentRequest(beingSigned);
    // An accepted offer past its validity is closed already: nothing to do.
    const acceptedId = newId();
    const signedOffer = (await readOffer(signed)) as Offer;
    await adminDb()
      .doc(paths.offer(t(), acceptedId))
      .withConverter(offerConverter)
      .set({ ...signedOffer, id: acceptedId, threadId: acceptedId, status: 'accepted', validUntil: past() });
    await Promise.all([pastValidity(signed), pastValidity(beingSigned)]);
    const untouched = [waiting, acceptedId];
    const before = await updateTimes(untouched);

    // One offer a page: the cursor goes on past each page.
    expect(await expireOffers({ db: adminDb() }, new Date(), 1)).toBeGreaterThanOrEqual(2);
    for (const offerId of [signed, beingSigned]) {
      expect(await readOffer(offerId)).toMatchObject({ status: 'expired' });
      expect((await readOffer(offerId))?.closedAt).not.toBeNull();
      expect((await adminDb().doc(paths.sellerOffer(t(), offerId)).get()).get('status')).toBe('expired');
    }
    const cancelled = (
      await adminDb().doc(paths.signatureRequest(t(), request.id)).withConverter(requestConverter).get()
    ).data();
    expect(cancelled).toMatchObject({ status: 'cancelled', closedBy: agent.uid });
    expect(await updateTimes(untouched)).toEqual(before);
    expect((await readOffer(waiting))?.status).toBe('signed');
    expect((await readOffer(acceptedId))?.status).toBe('accepted');

    // A run again finds nothing to close and writes nothing.
    const expiredTimes = await updateTimes([signed, beingSigned]);
    expect(await expireOffers({ db: adminDb() }, new Date())).toBe(0);
    expect(await updateTimes([signed, beingSigned])).toEqual(expiredTimes);
    // The expired offer can no longer be answered, and the cancelled request leaves it expired.
    expect(
      await callCallable(CALLABLES.answerOffer, { kind: 'refuse', offerId: signed, reason: '' }, agent.idToken),
    ).toMatchObject({ reason: 'offer-closed' });
    const deps = { db: adminDb(), links: appLinks(null), now: () => new Date() };
    expect(await applyOfferRequestClosed(deps, t(), cancelled as SignatureRequest)).toBe('unchanged');
    expect((await readOffer(beingSigned))?.status).toBe('expired');
  }, 240_000);
});
