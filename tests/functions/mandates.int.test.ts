import {
  CALLABLES,
  EMPTY_AGENCY_LEGAL,
  paths,
  registerLineId,
  signatureRequestIdFor,
  type Amendment,
  type ExportRegisterResult,
  type Mandate,
  type MandateActionResult,
  type SaveMandateResult,
  type SavePropertyResult,
  type SignatureRequest,
} from '@estate/domain';
import { randomUUID } from 'node:crypto';
import type { Firestore } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { converterOf } from '../../functions/src/lib/converters';
import type { DocumentStore } from '../../functions/src/mandates/mandate-store';
import { sendAmendmentDocument } from '../../functions/src/mandates/on-amendment-sending.handler';
import { numberMandate, sendNumberedMandate } from '../../functions/src/mandates/on-mandate-sending.handler';
import { applyClosedRequest } from '../../functions/src/mandates/on-request-closed.handler';
import { amendmentModel, mandateModel, registerLineModel, signatureRequestModel } from '@estate/domain';
import { adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { createContact, eventually, isolatedDb } from './function-fixtures';

const newId = () => randomUUID().replace(/-/g, '').slice(0, 20);
const mandateConverter = converterOf(mandateModel);
const lineConverter = converterOf(registerLineModel);
const requestConverter = converterOf(signatureRequestModel);
const amendmentConverter = converterOf(amendmentModel);

let tenant: TestTenant;
let agent: TestUser;
let sellerId: string;
let propertyId: string;
const t = () => tenant.tenantId;

const LEGAL = {
  ...EMPTY_AGENCY_LEGAL,
  professionalCardNumber: 'CPI 1301 2026 000 000 042',
  cardIssuedBy: 'CCI Marseille',
};

/** Storage for the handlers driven alone: what was saved and removed, in memory. */
function memoryStore(): DocumentStore & { saved: Map<string, Buffer>; removed: string[] } {
  const saved = new Map<string, Buffer>();
  const removed: string[] = [];
  return {
    saved,
    removed,
    async save(path, bytes) {
      saved.set(path, bytes);
    },
    async remove(path) {
      removed.push(path);
      saved.delete(path);
    },
  };
}

function terms(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'exclusive',
    dealType: 'sale',
    price: 320000,
    fees: { amount: 15000, paidBy: 'mandator' },
    durationMonths: 3,
    startDate: '2026-03-01',
    delegationConsent: true,
    signedAtDistance: true,
    ...overrides,
  };
}

/** A stored mandate, as mandates-saveMandate and -sendForSignature leave it. */
function mandateDoc(id: string, overrides: Partial<Mandate> = {}): Mandate {
  const now = new Date();
  return {
    kind: 'exclusive',
    dealType: 'sale',
    price: 320000,
    fees: { amount: 15000, paidBy: 'mandator' },
    durationMonths: 3,
    startDate: new Date('2026-03-01T00:00:00Z'),
    delegationConsent: false,
    signedAtDistance: false,
    id,
    propertyId,
    propertyReference: 'V-00001',
    propertyTitle: 'Appartement T3',
    propertyAddress: '13002 Marseille',
    agentUid: agent.uid,
    signers: [{ contactId: sellerId, signatoryId: null, name: 'Élise Vendeuse', email: 'elise@example.test' }],
    status: 'sending',
    registerNumber: null,
    sendAttempt: 1,
    signatureRequestId: null,
    document: null,
    signedDocument: null,
    locale: 'fr',
    events: [],
    createdBy: agent.uid,
    sentBy: agent.uid,
    sendingAt: now,
    createdAt: now,
    updatedAt: now,
    sentAt: null,
    signedAt: null,
    closedAt: null,
    ...overrides,
  };
}

/** A tenant of its own on the isolated project: its register starts at 1 and no trigger runs there. */
async function isolatedTenant(db: Firestore): Promise<string> {
  const tenantId = `iso${newId()}`;
  const stored = (await adminDb().doc(paths.tenant(t())).get()).data() ?? {};
  await db.doc(paths.tenant(tenantId)).set({ ...stored, id: tenantId, legal: LEGAL });
  await db
    .doc(paths.property(tenantId, propertyId))
    .set((await adminDb().doc(paths.property(t(), propertyId)).get()).data() ?? {});
  return tenantId;
}

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Mandats' });
  agent = await addActiveMember(tenant, 'agent', 'Marc Mandat');
  await adminDb().doc(paths.tenant(t())).update({ legal: LEGAL });
  sellerId = (await createContact(t(), agent.uid)).id;
  const property = await mustCall<SavePropertyResult>(
    CALLABLES.saveProperty,
    {
      propertyId: null,
      requestId: newId(),
      property: {
        dealType: 'sale',
        title: 'Appartement T3',
        propertyType: 'apartment',
        address: { postalCode: '13002', city: 'Marseille' },
        price: 320000,
        surface: 68,
        rooms: 3,
        status: 'online',
        sellerContactIds: [sellerId],
        assignedAgentUid: agent.uid,
      },
    },
    agent.idToken,
  );
  propertyId = property.propertyId;
  // The run's first callable may be this one: the functions emulator loads the bundle (PDF renderer, sharp) first.
}, 120_000);

describe('the register numbering, driven alone', () => {
  it('gives 100 mandates sent at once the numbers 1 to 100, without gap or repeat, and a replay changes nothing', async () => {
    const db = isolatedDb();
    const tenantId = await isolatedTenant(db);
    const ids = Array.from({ length: 100 }, () => newId());
    // Sent in an order of their own (not the ids' order), a few in the same millisecond.
    const sentAt = new Map(ids.map((id, index) => [id, new Date(Date.UTC(2026, 2, 1, 9, 0, 0, (index * 37) % 80))]));
    await Promise.all(
      ids.map((id) =>
        db
          .doc(paths.mandate(tenantId, id))
          .withConverter(mandateConverter)
          .set(mandateDoc(id, { sendingAt: sentAt.get(id) ?? null })),
      ),
    );
    const deps = { db, files: memoryStore(), now: () => new Date() };

    const numbered = await Promise.all(ids.map((id) => numberMandate(deps, tenantId, id)));
    const numbers = numbered.map((mandate) => mandate?.registerNumber).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(numbers).toEqual(Array.from({ length: 100 }, (_, index) => index + 1));
    // Chronological: in the order they were sent, then by id.
    const inOrder = [...ids].sort(
      (a, b) => (sentAt.get(a)?.getTime() ?? 0) - (sentAt.get(b)?.getTime() ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
    );
    const numberOf = new Map(numbered.map((mandate) => [mandate?.id, mandate?.registerNumber]));
    expect(inOrder.map((id) => numberOf.get(id))).toEqual(numbers);
    const lines = await db.collection(paths.mandateRegister(tenantId)).withConverter(lineConverter).get();
    expect(lines.docs.map((doc) => doc.data().number).sort((a, b) => a - b)).toEqual(numbers);
    for (const mandate of numbered) {
      const line = lines.docs.find((doc) => doc.id === registerLineId(mandate?.registerNumber ?? 0))?.data();
      expect(line?.mandateId).toBe(mandate?.id);
    }

    // The trigger running again for every mandate (a redelivered event) numbers nothing twice.
    const replayed = await Promise.all(ids.map((id) => numberMandate(deps, tenantId, id)));
    expect(replayed.map((mandate) => mandate?.registerNumber)).toEqual(
      numbered.map((mandate) => mandate?.registerNumber),
    );
    expect((await db.doc(paths.mandateCounter(tenantId)).get()).data()).toEqual({ last: 100 });
    expect((await db.collection(paths.mandateRegister(tenantId)).count().get()).data().count).toBe(100);
  }, 120_000);

  it('renders, stores and creates the signature request once, even when the trigger runs twice at the same time', async () => {
    const db = isolatedDb();
    const tenantId = await isolatedTenant(db);
    const id = newId();
    await db
      .doc(paths.mandate(tenantId, id))
      .withConverter(mandateConverter)
      .set(mandateDoc(id, { signedAtDistance: true }));
    const files = memoryStore();
    const deps = { db, files, now: () => new Date() };

    const outcomes = await Promise.all([
      sendNumberedMandate(deps, tenantId, id),
      sendNumberedMandate(deps, tenantId, id),
    ]);
    expect(outcomes.filter((outcome) => outcome === 'sent')).toHaveLength(1);
    const mandate = (await db.doc(paths.mandate(tenantId, id)).withConverter(mandateConverter).get()).data();
    expect(mandate).toMatchObject({
      status: 'sent',
      registerNumber: 1,
      signatureRequestId: signatureRequestIdFor('mandate', id, 1),
    });
    const request = (
      await db
        .doc(paths.signatureRequest(tenantId, signatureRequestIdFor('mandate', id, 1)))
        .withConverter(requestConverter)
        .get()
    ).data();
    expect(request).toMatchObject({
      status: 'pending',
      signedDocument: null,
      subject: { kind: 'mandate', id, propertyId },
      document: mandate?.document,
      requestedBy: agent.uid,
      locale: 'fr',
    });
    expect(request?.subject.title).toContain('n° 000001');
    expect(request?.signers.map((signer) => signer.status)).toEqual(['waiting']);
    // Only the file the request names is kept; the other render was removed.
    expect([...files.saved.keys()]).toEqual([mandate?.document?.storagePath]);
    expect(
      files.saved
        .get(mandate?.document?.storagePath ?? '')
        ?.subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');

    // Run once more after the fact: nothing is rendered, written or numbered.
    const before = (await db.doc(paths.mandate(tenantId, id)).get()).updateTime;
    expect(await sendNumberedMandate(deps, tenantId, id)).toBe('not-sending');
    expect((await db.doc(paths.mandate(tenantId, id)).get()).updateTime).toEqual(before);
    expect((await db.collection(paths.signatureRequests(tenantId)).count().get()).data().count).toBe(1);
    expect(files.saved.size).toBe(1);
  }, 60_000);
});

describe('following the signature request, driven alone', () => {
  async function sentMandate(db: Firestore, tenantId: string) {
    const id = newId();
    await db.doc(paths.mandate(tenantId, id)).withConverter(mandateConverter).set(mandateDoc(id));
    await sendNumberedMandate({ db, files: memoryStore(), now: () => new Date() }, tenantId, id);
    const requestRef = db
      .doc(paths.signatureRequest(tenantId, signatureRequestIdFor('mandate', id, 1)))
      .withConverter(requestConverter);
    const request = (await requestRef.get()).data() as SignatureRequest;
    return { id, request };
  }
  const read = async (db: Firestore, tenantId: string, id: string) =>
    (await db.doc(paths.mandate(tenantId, id)).withConverter(mandateConverter).get()).data() as Mandate;

  it('keeps the line of a declined mandate, marked so, and never gives its number again', async () => {
    const db = isolatedDb();
    const tenantId = await isolatedTenant(db);
    const first = await sentMandate(db, tenantId);
    const deps = { db, now: () => new Date() };
    const declined = { ...first.request, status: 'declined' as const, closedAt: new Date() };
    expect(await applyClosedRequest(deps, tenantId, declined)).toBe('applied');
    expect(await applyClosedRequest(deps, tenantId, declined)).toBe('unchanged');
    expect(await read(db, tenantId, first.id)).toMatchObject({ status: 'declined', registerNumber: 1 });
    const line = (
      await db
        .doc(paths.mandateRegisterLine(tenantId, registerLineId(1)))
        .withConverter(lineConverter)
        .get()
    ).data();
    expect(line).toMatchObject({ number: 1, mandateId: first.id, status: 'declined' });

    const second = await sentMandate(db, tenantId);
    expect((await read(db, tenantId, second.id)).registerNumber).toBe(2);
  }, 60_000);

  it('signs the mandate, keeps the signed copy, marks its line and puts the property under mandate', async () => {
    const db = isolatedDb();
    const tenantId = await isolatedTenant(db);
    await db.doc(paths.property(tenantId, propertyId)).update({ status: 'online' });
    const { id, request } = await sentMandate(db, tenantId);
    const signedDocument = {
      storagePath: paths.mandateFile(tenantId, id, 'signed.pdf'),
      sha256: 'a'.repeat(64),
      fileName: 'signé.pdf',
    };
    const deps = { db, now: () => new Date() };
    // A request still pending changes nothing.
    expect(await applyClosedRequest(deps, tenantId, request)).toBe('unchanged');
    expect(
      await applyClosedRequest(deps, tenantId, { ...request, status: 'signed', signedDocument, closedAt: new Date() }),
    ).toBe('applied');
    const mandate = await read(db, tenantId, id);
    expect(mandate).toMatchObject({ status: 'signed', signedDocument });
    expect(mandate.events.map((event) => event.type)).toEqual(['numbered', 'sent', 'signed']);
    const line = (
      await db
        .doc(paths.mandateRegisterLine(tenantId, registerLineId(1)))
        .withConverter(lineConverter)
        .get()
    ).data();
    expect(line?.status).toBe('signed');
    const property = (await db.doc(paths.property(tenantId, propertyId)).get()).data();
    expect(property?.status).toBe('under-mandate');
    // As properties-changeStatus moves it: a status-change entry naming the sellers, by the system.
    const entries = await db.collection(paths.history(tenantId)).where('propertyId', '==', propertyId).get();
    expect(entries.docs.map((doc) => doc.data())).toEqual([
      expect.objectContaining({
        type: 'status-change',
        authorUid: 'system',
        contactIds: [sellerId],
        statusChange: { from: 'online', to: 'under-mandate' },
        text: 'Mandat n° 000001 signé : statut « En ligne » → « Sous mandat »',
      }),
    ]);
    // The event delivered again: the mandate is no longer `sent`, nothing more is written.
    expect(
      await applyClosedRequest(deps, tenantId, { ...request, status: 'signed', signedDocument, closedAt: new Date() }),
    ).toBe('unchanged');
    expect(
      (await db.collection(paths.history(tenantId)).where('propertyId', '==', propertyId).count().get()).data().count,
    ).toBe(1);
  }, 60_000);

  it('leaves a property under offer as it is when its mandate is signed', async () => {
    const db = isolatedDb();
    const tenantId = await isolatedTenant(db);
    await db.doc(paths.property(tenantId, propertyId)).update({ status: 'under-offer' });
    const { id, request } = await sentMandate(db, tenantId);
    const deps = { db, now: () => new Date() };
    expect(await applyClosedRequest(deps, tenantId, { ...request, status: 'signed', closedAt: new Date() })).toBe(
      'applied',
    );
    expect((await read(db, tenantId, id)).status).toBe('signed');
    expect((await db.doc(paths.property(tenantId, propertyId)).get()).data()?.status).toBe('under-offer');
    expect((await db.collection(paths.history(tenantId)).count().get()).data().count).toBe(0);
  }, 60_000);

  it('an amendment signed changes the mandate’s price, with a history line and a register observation', async () => {
    const db = isolatedDb();
    const tenantId = await isolatedTenant(db);
    const { id, request } = await sentMandate(db, tenantId);
    const deps = { db, now: () => new Date() };
    await applyClosedRequest(deps, tenantId, { ...request, status: 'signed', closedAt: new Date() });
    const amendmentId = newId();
    const now = new Date();
    const amendment: Amendment = {
      id: amendmentId,
      mandateId: id,
      propertyId,
      sequence: 1,
      changes: { price: 299000, durationMonths: null, fees: null },
      before: { price: 320000, durationMonths: 3, fees: { amount: 15000, paidBy: 'mandator' } },
      status: 'sending',
      sendAttempt: 1,
      signatureRequestId: null,
      document: null,
      signedDocument: null,
      locale: 'fr',
      createdBy: agent.uid,
      sentBy: agent.uid,
      createdAt: now,
      updatedAt: now,
      sentAt: null,
      signedAt: null,
      closedAt: null,
    };
    await db.doc(paths.amendment(tenantId, amendmentId)).withConverter(amendmentConverter).set(amendment);
    const files = memoryStore();
    expect(await sendAmendmentDocument({ db, files, now: () => new Date() }, tenantId, amendmentId)).toBe('sent');
    expect(await sendAmendmentDocument({ db, files, now: () => new Date() }, tenantId, amendmentId)).toBe(
      'not-sending',
    );
    expect(files.saved.size).toBe(1);
    const requestId = signatureRequestIdFor('amendment', amendmentId, 1);
    const amendmentRequest = (
      await db.doc(paths.signatureRequest(tenantId, requestId)).withConverter(requestConverter).get()
    ).data();
    expect(amendmentRequest).toMatchObject({ status: 'pending', subject: { kind: 'amendment', id: amendmentId } });

    expect(
      await applyClosedRequest(deps, tenantId, {
        ...(amendmentRequest as SignatureRequest),
        status: 'signed',
        closedAt: new Date(),
      }),
    ).toBe('applied');
    const mandate = await read(db, tenantId, id);
    expect(mandate.price).toBe(299000);
    expect(mandate.events.at(-1)).toMatchObject({
      type: 'amendment-signed',
      amendmentId,
      detail: 'price 320000 → 299000',
    });
    const line = (
      await db
        .doc(paths.mandateRegisterLine(tenantId, registerLineId(1)))
        .withConverter(lineConverter)
        .get()
    ).data();
    expect(line).toMatchObject({ price: 299000, observations: ['#1: price 320000 → 299000'] });
    expect(
      (await db.doc(paths.amendment(tenantId, amendmentId)).withConverter(amendmentConverter).get()).data()?.status,
    ).toBe('signed');
  }, 60_000);
});

describe('mandates through the callables and the triggers', () => {
  it('saves a draft, sends it, numbers it and creates its request; the signed request signs the mandate', async () => {
    const requestId = newId();
    const input = {
      mandateId: null,
      requestId,
      propertyId,
      terms: terms(),
      signers: [{ contactId: sellerId, signatoryId: null }],
    };
    const saved = await mustCall<SaveMandateResult>(CALLABLES.saveMandate, input, agent.idToken);
    // The same create sent twice makes one mandate.
    expect(await mustCall<SaveMandateResult>(CALLABLES.saveMandate, input, agent.idToken)).toEqual(saved);
    const ref = adminDb().doc(paths.mandate(t(), saved.mandateId)).withConverter(mandateConverter);
    expect((await ref.get()).data()).toMatchObject({
      status: 'draft',
      registerNumber: null,
      propertyReference: expect.stringMatching(/^V-/),
    });

    const sent = await mustCall<MandateActionResult>(
      CALLABLES.sendMandate,
      { mandateId: saved.mandateId },
      agent.idToken,
    );
    expect(sent.status).toBe('sending');
    const mandate = await eventually(async () => {
      const current = (await ref.get()).data();
      expect(current?.status).toBe('sent');
      return current as Mandate;
    }, 30_000);
    expect(mandate.registerNumber).toBeGreaterThanOrEqual(1);
    const line = (
      await adminDb()
        .doc(paths.mandateRegisterLine(t(), registerLineId(mandate.registerNumber ?? 0)))
        .withConverter(lineConverter)
        .get()
    ).data();
    expect(line).toMatchObject({ mandateId: saved.mandateId, status: 'sent', agentUid: agent.uid });

    // A draft no more: editing is refused, sending again answers the status unchanged.
    const edit = await callCallable(CALLABLES.saveMandate, { ...input, mandateId: saved.mandateId }, agent.idToken);
    expect(edit).toMatchObject({ ok: false, reason: 'mandate-not-draft' });
    expect(await mustCall(CALLABLES.sendMandate, { mandateId: saved.mandateId }, agent.idToken)).toEqual({
      mandateId: saved.mandateId,
      status: 'sent',
    });

    // The signatures capability closes the request; the mandate follows.
    await adminDb()
      .doc(paths.signatureRequest(t(), mandate.signatureRequestId ?? ''))
      .update({ status: 'signed', closedAt: new Date(), updatedAt: new Date() });
    await eventually(async () => expect((await ref.get()).data()?.status).toBe('signed'), 30_000);
    expect(
      (
        await adminDb()
          .doc(paths.mandateRegisterLine(t(), registerLineId(mandate.registerNumber ?? 0)))
          .get()
      ).data()?.status,
    ).toBe('signed');
    // The property is under mandate, and properties-deleteProperty reads this mandate as binding.
    expect((await adminDb().doc(paths.property(t(), propertyId)).get()).data()?.status).toBe('under-mandate');
    const deletion = await callCallable(
      CALLABLES.deleteProperty,
      { propertyId, confirmReference: mandate.propertyReference },
      agent.idToken,
    );
    expect(deletion).toMatchObject({ ok: false, reason: 'property-has-mandate' });
    expect((await adminDb().doc(paths.property(t(), propertyId)).get()).exists).toBe(true);
  }, 90_000);

  it('exports the register to a PDF for the filters given', async () => {
    const all = await mustCall<ExportRegisterResult>(
      CALLABLES.exportRegister,
      { status: null, kind: null, agentUid: null, from: null, to: null },
      agent.idToken,
    );
    expect(all.fileName).toMatch(/^registre-des-mandats-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(Buffer.from(all.contentBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const lines = (await adminDb().collection(paths.mandateRegister(t())).count().get()).data().count;
    expect(all.lines).toBe(lines);
    const declined = await mustCall<ExportRegisterResult>(
      CALLABLES.exportRegister,
      { status: 'declined', kind: null, agentUid: null, from: null, to: null },
      agent.idToken,
    );
    expect(declined.lines).toBe(0);
    const refused = await callCallable(
      CALLABLES.exportRegister,
      { status: 'lost', kind: null, agentUid: null, from: null, to: null },
      agent.idToken,
    );
    expect(refused).toMatchObject({ ok: false, code: 'invalid-argument' });
  }, 60_000);

  it('refuses a signer who is not a seller of the property, and a sending before the card number is filled in', async () => {
    const other = await createContact(t(), agent.uid);
    const notSeller = await callCallable(
      CALLABLES.saveMandate,
      {
        mandateId: null,
        requestId: newId(),
        propertyId,
        terms: terms(),
        signers: [{ contactId: other.id, signatoryId: null }],
      },
      agent.idToken,
    );
    expect(notSeller).toMatchObject({ ok: false, reason: 'seller-not-on-property' });
    const wrongDeal = await callCallable(
      CALLABLES.saveMandate,
      {
        mandateId: null,
        requestId: newId(),
        propertyId,
        terms: terms({ dealType: 'rental' }),
        signers: [{ contactId: sellerId, signatoryId: null }],
      },
      agent.idToken,
    );
    expect(wrongDeal).toMatchObject({ ok: false, reason: 'deal-type-mismatch' });

    const draft = await mustCall<SaveMandateResult>(
      CALLABLES.saveMandate,
      {
        mandateId: null,
        requestId: newId(),
        propertyId,
        terms: terms(),
        signers: [{ contactId: sellerId, signatoryId: null }],
      },
      agent.idToken,
    );
    await adminDb().doc(paths.tenant(t())).update({ legal: EMPTY_AGENCY_LEGAL });
    try {
      const refused = await callCallable(CALLABLES.sendMandate, { mandateId: draft.mandateId }, agent.idToken);
      expect(refused).toMatchObject({ ok: false, reason: 'agency-card-missing' });
      expect((await adminDb().doc(paths.mandate(t(), draft.mandateId)).get()).data()).toMatchObject({
        status: 'draft',
        registerNumber: null,
      });
    } finally {
      await adminDb().doc(paths.tenant(t())).update({ legal: LEGAL });
    }
    const cancelled = await mustCall<MandateActionResult>(
      CALLABLES.cancelMandate,
      { mandateId: draft.mandateId },
      agent.idToken,
    );
    expect(cancelled.status).toBe('cancelled');
  }, 60_000);
});
