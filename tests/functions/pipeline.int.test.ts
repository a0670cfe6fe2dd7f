import {
  CALLABLES,
  interestId,
  paths,
  type HistoryEntry,
  type Interest,
  type LinkContactResult,
  type MovePhaseResult,
  type PropertyInput,
  type SavePropertyResult,
} from '@estate/domain';
import { randomUUID } from 'node:crypto';
import type { Timestamp } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { syncContactInterests } from '../../functions/src/pipeline/interest-copies';
import { appLinks } from '../../functions/src/lib/app-links';
import {
  applyHistoryEntry,
  onHistoryEntryCreated,
  phaseChangeEntryId,
  phaseChangeMailId,
} from '../../functions/src/pipeline/on-history-created.handler';
import { adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { waitForMail } from '../support/maildev';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { createContact, eventually, expectInvalid } from './function-fixtures';

let tenant: TestTenant;
let agent: TestUser;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Phases' });
  agent = await addActiveMember(tenant, 'agent', 'Alex Agent');
});

const requestId = () => randomUUID().replace(/-/g, '').slice(0, 20);

function flat(changes: Partial<PropertyInput> = {}): PropertyInput {
  return {
    dealType: 'sale',
    title: 'Trois pièces canal Saint-Martin',
    propertyType: 'apartment',
    address: { postalCode: '75010', city: 'Paris' },
    price: 450000,
    surface: 62,
    rooms: 3,
    status: 'online',
    sellerContactIds: [],
    assignedAgentUid: agent.uid,
    ...changes,
  };
}

async function createProperty(changes: Partial<PropertyInput> = {}): Promise<SavePropertyResult> {
  return mustCall<SavePropertyResult>(
    CALLABLES.saveProperty,
    { propertyId: null, requestId: requestId(), property: flat(changes) },
    agent.idToken,
  );
}

const db = () => adminDb();
const interestOf = async (contactId: string, propertyId: string) =>
  (
    await db()
      .doc(paths.interest(tenant.tenantId, interestId(contactId, propertyId)))
      .get()
  ).data() as
    (Omit<Interest, 'phaseSince' | 'phaseSourceAt'> & { phaseSince: Timestamp; phaseSourceAt: Timestamp }) | undefined;
const historyDoc = async (entryId: string) =>
  (await db().doc(paths.historyEntry(tenant.tenantId, entryId)).get()).data();
const phaseMails = async () =>
  (
    await db()
      .collection(paths.mails(tenant.tenantId))
      .where('templateId', '==', 'phase-changed')
      .where('to', '==', agent.email)
      .get()
  ).size;

/** Logs an action as the admin app does (the rules are not under test here). */
async function logAction(
  contactId: string,
  propertyId: string,
  type: string,
  occurredAt: Date,
  phase: string | null = null,
): Promise<HistoryEntry> {
  const ref = db().collection(paths.history(tenant.tenantId)).doc();
  const entry = {
    id: ref.id,
    type,
    occurredAt,
    authorUid: agent.uid,
    contactIds: [contactId],
    propertyId,
    dealId: null,
    text: '',
    phase,
    createdAt: new Date(),
  };
  await ref.set(entry);
  return { ...entry, phaseChange: null } as HistoryEntry;
}

const handlerDeps = () => ({ db: db(), links: appLinks(null), now: () => new Date() });

describe('properties-saveProperty', () => {
  it('numbers sales and rentals apart, and keeps the reference on an edit', async () => {
    const sale = await createProperty();
    const rental = await createProperty({ dealType: 'rental', title: 'Studio meublé', price: 900 });
    expect(sale.reference).toMatch(/^V-\d{5}$/);
    expect(rental.reference).toMatch(/^L-\d{5}$/);
    await mustCall(
      CALLABLES.saveProperty,
      { propertyId: sale.propertyId, requestId: requestId(), property: flat({ price: 430000, status: 'offline' }) },
      agent.idToken,
    );
    expect((await db().doc(paths.property(tenant.tenantId, sale.propertyId)).get()).data()).toMatchObject({
      reference: sale.reference,
      price: 430000,
      status: 'offline',
      visitCount: 0,
      offerCount: 0,
      createdBy: agent.uid,
    });
  });

  it('gives concurrent creates distinct consecutive references', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => createProperty({ dealType: 'rental' })));
    const numbers = results.map((result) => Number(result.reference.slice(2))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(6);
    expect((numbers.at(-1) ?? 0) - (numbers[0] ?? 0)).toBe(5);
  });

  it('creates once for a request sent twice', async () => {
    const request = { propertyId: null, requestId: requestId(), property: flat() };
    const [first, second] = await Promise.all([
      mustCall<SavePropertyResult>(CALLABLES.saveProperty, request, agent.idToken),
      mustCall<SavePropertyResult>(CALLABLES.saveProperty, request, agent.idToken),
    ]);
    expect(second).toEqual(first);
    const again = await mustCall<SavePropertyResult>(CALLABLES.saveProperty, request, agent.idToken);
    expect(again).toEqual(first);
  });

  it('refuses bad input, an unknown agent, a change of deal type, and writes nothing', async () => {
    const before = (await db().collection(paths.properties(tenant.tenantId)).count().get()).data().count;
    const request = (property: PropertyInput) => ({ propertyId: null, requestId: requestId(), property });
    await expectInvalid(CALLABLES.saveProperty, request(flat({ price: 10.5 })), agent.idToken, 'property.price');
    await expectInvalid(CALLABLES.saveProperty, request(flat({ title: '' })), agent.idToken, 'property.title');
    expect(
      await callCallable(CALLABLES.saveProperty, request(flat({ assignedAgentUid: 'nobody' })), agent.idToken),
    ).toMatchObject({ ok: false, code: 'failed-precondition' });
    expect((await db().collection(paths.properties(tenant.tenantId)).count().get()).data().count).toBe(before);
    const sale = await createProperty();
    expect(
      await callCallable(
        CALLABLES.saveProperty,
        { propertyId: sale.propertyId, requestId: requestId(), property: flat({ dealType: 'rental' }) },
        agent.idToken,
      ),
    ).toMatchObject({ ok: false, code: 'failed-precondition' });
  });
});

describe('properties-saveProperty: sellers and the listing agent', () => {
  it('refuses a seller the caller does not see, and keeps sellers already on the listing whoever saves', async () => {
    const own = await createTenantWithOwner({ agencyName: 'Agence Mandats' });
    const lister = await addActiveMember(own, 'agent', 'Lise Mandat');
    const holder = await addActiveMember(own, 'agent', 'Hugo Vendeurs');
    await db().doc(paths.contactsSettings(own.tenantId)).set({ visibility: 'own', origins: [], updatedAt: new Date() });
    const hidden = await createContact(own.tenantId, holder.uid);
    const mine = await createContact(own.tenantId, lister.uid);
    const listing = (changes: Partial<PropertyInput>) => flat({ assignedAgentUid: lister.uid, ...changes });

    const refused = await callCallable(
      CALLABLES.saveProperty,
      { propertyId: null, requestId: requestId(), property: listing({ sellerContactIds: [hidden.id] }) },
      lister.idToken,
    );
    expect(refused).toMatchObject({ ok: false, code: 'failed-precondition', reason: 'seller-not-found' });

    // The owner lists it with the hidden seller; the agent edits the rest and keeps that seller.
    const created = await mustCall<SavePropertyResult>(
      CALLABLES.saveProperty,
      { propertyId: null, requestId: requestId(), property: listing({ sellerContactIds: [hidden.id] }) },
      own.owner.idToken,
    );
    const edit = (changes: Partial<PropertyInput>) => ({
      propertyId: created.propertyId,
      requestId: requestId(),
      property: listing(changes),
    });
    await mustCall(
      CALLABLES.saveProperty,
      edit({ sellerContactIds: [hidden.id, mine.id], price: 460000 }),
      lister.idToken,
    );
    const stored = (await db().doc(paths.property(own.tenantId, created.propertyId)).get()).data();
    expect(stored).toMatchObject({ sellerContactIds: [hidden.id, mine.id], price: 460000 });
  });

  it("lets only owner, admin and the agent's manager give a listing to another agent", async () => {
    const team = await createTenantWithOwner({ agencyName: 'Agence Annonces' });
    const manager = await addActiveMember(team, 'manager', 'Mona Manager');
    const lister = await addActiveMember(team, 'agent', 'Lou Annonce');
    const rival = await addActiveMember(team, 'agent', 'Rémi Rival');
    await mustCall(CALLABLES.setManager, { uid: lister.uid, managerUid: manager.uid }, team.owner.idToken);
    const created = await mustCall<SavePropertyResult>(
      CALLABLES.saveProperty,
      { propertyId: null, requestId: requestId(), property: flat({ assignedAgentUid: lister.uid }) },
      lister.idToken,
    );
    const reassign = (to: string, by: TestUser) =>
      callCallable(
        CALLABLES.saveProperty,
        { propertyId: created.propertyId, requestId: requestId(), property: flat({ assignedAgentUid: to }) },
        by.idToken,
      );
    const agentOf = async () =>
      (await db().doc(paths.property(team.tenantId, created.propertyId)).get()).get('assignedAgentUid') as string;

    for (const [to, by] of [
      [rival.uid, rival],
      [rival.uid, lister],
    ] as const) {
      expect(await reassign(to, by)).toMatchObject({
        ok: false,
        code: 'permission-denied',
        reason: 'listing-reassign-not-allowed',
      });
    }
    expect(await agentOf()).toBe(lister.uid);
    // The rival still edits the listing as it is.
    expect(
      await callCallable(
        CALLABLES.saveProperty,
        {
          propertyId: created.propertyId,
          requestId: requestId(),
          property: flat({ assignedAgentUid: lister.uid, rooms: 4 }),
        },
        rival.idToken,
      ),
    ).toMatchObject({ ok: true });

    expect(await reassign(rival.uid, manager)).toMatchObject({ ok: true });
    expect(await agentOf()).toBe(rival.uid);
    expect(await reassign(lister.uid, team.owner)).toMatchObject({ ok: true });
    expect(await agentOf()).toBe(lister.uid);
  });
});

describe('phases', () => {
  it('a mapped action moves the phase, writes one phase-change entry and mails the agent once', async () => {
    const contact = await createContact(tenant.tenantId, agent.uid);
    const property = await createProperty();
    const linked = await mustCall<LinkContactResult>(
      CALLABLES.linkContact,
      { contactId: contact.id, propertyId: property.propertyId, phase: null },
      agent.idToken,
    );
    expect(linked.created).toBe(true);
    expect(await interestOf(contact.id, property.propertyId)).toMatchObject({
      phase: 'request-received',
      agentUid: agent.uid,
      contactName: 'Camille Client',
      propertyReference: property.reference,
      dealType: 'sale',
    });
    const mailsBefore = await phaseMails();

    const visit = await logAction(contact.id, property.propertyId, 'visit', new Date());
    await eventually(async () => {
      expect((await interestOf(contact.id, property.propertyId))?.phase).toBe('first-visit');
    });
    const change = await eventually(async () => {
      const found = await historyDoc(phaseChangeEntryId(visit.id, contact.id));
      expect(found).toBeDefined();
      return found;
    });
    expect(change).toMatchObject({
      type: 'phase-change',
      authorUid: 'system',
      contactIds: [contact.id],
      propertyId: property.propertyId,
      phase: 'first-visit',
      phaseChange: { from: 'request-received', to: 'first-visit' },
      text: 'Phase : « Demande reçue » → « 1re visite »',
    });
    await eventually(async () => expect(await phaseMails()).toBe(mailsBefore + 1));
    const mail = await waitForMail({ to: agent.email, subjectIncludes: property.reference });
    expect(mail.subject).toBe(`Camille Client : 1re visite (${property.reference})`);

    // The event delivered again: nothing more is written or mailed. Nor by the event of the
    // phase-change entry itself, which the automation skips (handled here, as the trigger does).
    expect(await applyHistoryEntry(handlerDeps(), tenant.tenantId, visit)).toEqual(['done-before']);
    const changePath = paths.historyEntry(tenant.tenantId, phaseChangeEntryId(visit.id, contact.id));
    expect(await onHistoryEntryCreated(handlerDeps(), tenant.tenantId, changePath, change)).toEqual([]);
    expect(await phaseMails()).toBe(mailsBefore + 1);
    const changes = await db()
      .collection(paths.history(tenant.tenantId))
      .where('contactIds', 'array-contains', contact.id)
      .where('type', '==', 'phase-change')
      .get();
    expect(changes.size).toBe(1);
    expect(
      (
        await db()
          .doc(paths.mail(tenant.tenantId, phaseChangeMailId(visit.id, contact.id)))
          .get()
      ).exists,
    ).toBe(true);

    // A second visit makes it the 2nd visit.
    await logAction(contact.id, property.propertyId, 'visit', new Date());
    await eventually(async () => {
      expect((await interestOf(contact.id, property.propertyId))?.phase).toBe('second-visit');
    });
  });

  it('an older event does not override a newer one', async () => {
    const contact = await createContact(tenant.tenantId, agent.uid);
    const property = await createProperty();
    // A buyer reserves only with a complete Tracfin file.
    await db()
      .doc(paths.buyerFile(tenant.tenantId, contact.id, 'tracfin'))
      .set({
        identityDocument: { type: 'passport', number: '20AB12345', expiresAt: new Date('2034-01-01'), checked: true },
        beneficialOwners: [],
        funds: { origins: ['savings'], detail: '' },
        pep: { exposed: false, detail: '' },
        assetFreezeCheck: { checkedAt: new Date(), result: 'clear' },
        riskLevel: 'low',
        reviewedBy: agent.uid,
        reviewedAt: new Date(),
      });
    const now = Date.now();
    await logAction(contact.id, property.propertyId, 'reservation', new Date(now));
    await eventually(async () => {
      expect((await interestOf(contact.id, property.propertyId))?.phase).toBe('reservation');
    });
    const late = await logAction(contact.id, property.propertyId, 'refusal', new Date(now - 86_400_000));
    // Handled here as the trigger handles it: 'unchanged', where a move would answer 'moved' (or
    // 'done-before', had the trigger already moved it), and so nothing written.
    expect(await applyHistoryEntry(handlerDeps(), tenant.tenantId, late)).toEqual(['unchanged']);
    expect((await interestOf(contact.id, property.propertyId))?.phase).toBe('reservation');
    expect(await historyDoc(phaseChangeEntryId(late.id, contact.id))).toBeUndefined();
  });

  it('the phase chosen on an entry wins, and a rental follows its own list', async () => {
    const contact = await createContact(tenant.tenantId, agent.uid);
    const rental = await createProperty({ dealType: 'rental', title: 'Studio', price: 850 });
    await logAction(contact.id, rental.propertyId, 'reservation', new Date());
    await eventually(async () => {
      expect((await interestOf(contact.id, rental.propertyId))?.phase).toBe('application-received');
    });
    await logAction(contact.id, rental.propertyId, 'call', new Date(), 'solvency-check');
    await eventually(async () => {
      expect((await interestOf(contact.id, rental.propertyId))?.phase).toBe('solvency-check');
    });
  });

  it('a manual move writes the remark in the same transaction, once', async () => {
    const contact = await createContact(tenant.tenantId, agent.uid);
    const property = await createProperty();
    await mustCall(
      CALLABLES.linkContact,
      { contactId: contact.id, propertyId: property.propertyId, phase: 'first-visit' },
      agent.idToken,
    );
    const move = { contactId: contact.id, propertyId: property.propertyId, phase: 'negotiation' };
    const result = await mustCall<MovePhaseResult>(CALLABLES.movePhase, move, agent.idToken);
    expect(result).toEqual({
      moved: true,
      remark: 'Alex Agent a déplacé Camille Client de « 1re visite » à « Négociation de vente ».',
    });
    const interest = await interestOf(contact.id, property.propertyId);
    expect(interest?.phase).toBe('negotiation');
    expect(interest?.phaseDurations['first-visit']).toBeGreaterThanOrEqual(0);

    expect(await mustCall<MovePhaseResult>(CALLABLES.movePhase, move, agent.idToken)).toEqual({
      moved: false,
      remark: null,
    });
    const remarks = await db()
      .collection(paths.history(tenant.tenantId))
      .where('contactIds', 'array-contains', contact.id)
      .get();
    const entries = remarks.docs.map((doc) => doc.data());
    const written = entries.filter((entry) => entry.type === 'remark');
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({
      authorUid: agent.uid,
      propertyId: property.propertyId,
      phase: 'negotiation',
      text: result.remark,
    });
    // The remark carries the new phase: the trigger finds the interest there and moves nothing. Its
    // handler, given the remark's event, answers 'unchanged' (not 'moved', nor 'done-before').
    const remark = written[0] ?? {};
    const remarkPath = paths.historyEntry(tenant.tenantId, String(remark.id));
    expect(await onHistoryEntryCreated(handlerDeps(), tenant.tenantId, remarkPath, remark)).toEqual(['unchanged']);
    expect(
      (
        await db()
          .collection(paths.history(tenant.tenantId))
          .where('contactIds', 'array-contains', contact.id)
          .where('type', '==', 'phase-change')
          .get()
      ).size,
    ).toBe(0);
  });

  it('refuses to move an unlinked contact, a phase of the other list, and bad input', async () => {
    const contact = await createContact(tenant.tenantId, agent.uid);
    const property = await createProperty();
    expect(
      await callCallable(
        CALLABLES.movePhase,
        { contactId: contact.id, propertyId: property.propertyId, phase: 'notary' },
        agent.idToken,
      ),
    ).toMatchObject({ ok: false, code: 'not-found' });
    await mustCall(CALLABLES.linkContact, { contactId: contact.id, propertyId: property.propertyId }, agent.idToken);
    expect(
      await callCallable(
        CALLABLES.movePhase,
        { contactId: contact.id, propertyId: property.propertyId, phase: 'lease-signed' },
        agent.idToken,
      ),
    ).toMatchObject({ ok: false, code: 'failed-precondition' });
    await expectInvalid(
      CALLABLES.movePhase,
      { contactId: contact.id, propertyId: property.propertyId, phase: 'sold' },
      agent.idToken,
      'phase',
    );
  });
});

describe('interests follow their contact (contacts-onContactWritten)', () => {
  it('a reassigned, shared or renamed contact moves its interests to the new agent, manager, sharing and name, once', async () => {
    const contact = await createContact(tenant.tenantId, agent.uid);
    const [first, second] = [await createProperty(), await createProperty()];
    for (const property of [first, second]) {
      await mustCall(CALLABLES.linkContact, { contactId: contact.id, propertyId: property.propertyId }, agent.idToken);
    }
    expect(await interestOf(contact.id, first.propertyId)).toMatchObject({
      agentUid: agent.uid,
      managerUid: null,
      sharedWithUids: [],
      contactName: 'Camille Client',
    });

    const other = await addActiveMember(tenant, 'agent', 'Zoé Agent');
    const manager = await addActiveMember(tenant, 'manager', 'Mia Manager');
    // What contacts-saveContact writes when the contact changes agent (with that agent's manager), is
    // shared with its former agent, and is renamed.
    await db()
      .doc(paths.contact(tenant.tenantId, contact.id))
      .update({
        assignedAgentUid: other.uid,
        managerUid: manager.uid,
        sharedWithUids: [agent.uid],
        lastName: 'Durand',
        updatedAt: new Date(),
      });
    await eventually(async () => {
      for (const property of [first, second]) {
        expect(await interestOf(contact.id, property.propertyId)).toMatchObject({
          agentUid: other.uid,
          managerUid: manager.uid,
          sharedWithUids: [agent.uid],
          contactName: 'Camille Durand',
        });
      }
    });
    // Up to date: a replayed event writes nothing.
    const before = (await interestOf(contact.id, first.propertyId))?.updatedAt;
    expect(await syncContactInterests({ db: db() }, tenant.tenantId, contact.id)).toBe(0);
    expect((await interestOf(contact.id, first.propertyId))?.updatedAt).toEqual(before);

    // team-setManager gives the agent's contacts, then their interests, the new manager.
    await mustCall(CALLABLES.setManager, { uid: other.uid, managerUid: null }, tenant.owner.idToken);
    await eventually(async () => {
      expect((await interestOf(contact.id, second.propertyId))?.managerUid).toBeNull();
    });
  });

  it('a deleted contact writes nothing to its interests', async () => {
    const contact = await createContact(tenant.tenantId, agent.uid);
    const property = await createProperty();
    await mustCall(CALLABLES.linkContact, { contactId: contact.id, propertyId: property.propertyId }, agent.idToken);
    await db().doc(paths.contact(tenant.tenantId, contact.id)).delete();
    expect(await syncContactInterests({ db: db() }, tenant.tenantId, contact.id)).toBe(0);
    expect((await interestOf(contact.id, property.propertyId))?.agentUid).toBe(agent.uid);
  });
});
