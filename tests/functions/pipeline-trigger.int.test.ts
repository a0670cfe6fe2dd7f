import {
  CALLABLES,
  type Contact,
  EMPTY_TRACFIN,
  type HistoryEntry,
  interestId,
  movePhaseContract,
  paths,
  type Phase,
  readClaims,
  type SavePropertyResult,
  type TracfinFile,
  TracfinIncompleteError,
} from '@estate/domain';
import { randomUUID } from 'node:crypto';
import type { Firestore } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { appLinks } from '../../functions/src/lib/app-links';
import type { Caller } from '../../functions/src/lib/caller';
import { toHttpsError } from '../../functions/src/lib/callable';
import { linkContact } from '../../functions/src/pipeline/link-contact.handler';
import { movePhase } from '../../functions/src/pipeline/move-phase.handler';
import { syncContactSearchTokens } from '../../functions/src/contacts/on-contact-written.handler';
import { syncContactInterests } from '../../functions/src/pipeline/interest-copies';
import { applyHistoryEntry, onHistoryEntryCreated } from '../../functions/src/pipeline/on-history-created.handler';
import { adminAuth, adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { storeContactDoc } from '../support/stored-contacts';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { claimsOf, isolatedDb } from './function-fixtures';

/**
 * pipeline-onHistoryCreated's handler driven alone, on an isolated project with chosen clocks: no
 * running trigger races it there, and entries can be dated in the future or written malformed.
 */
let tenant: TestTenant;
let agent: TestUser;
let isolated: Firestore;
let propertyId: string;

const t = () => tenant.tenantId;
const at = (offsetMs: number, from = Date.now()) => new Date(from + offsetMs);
const DAY = 86_400_000;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Déclencheur' });
  agent = await addActiveMember(tenant, 'agent', 'Théo Trigger');
  const property = await mustCall<SavePropertyResult>(
    CALLABLES.saveProperty,
    {
      propertyId: null,
      requestId: randomUUID().replace(/-/g, '').slice(0, 20),
      property: {
        dealType: 'sale',
        title: 'Maison avec jardin',
        propertyType: 'house',
        address: { postalCode: '69003', city: 'Lyon' },
        price: 520000,
        surface: 110,
        rooms: 5,
        status: 'online',
        sellerContactIds: [],
        assignedAgentUid: agent.uid,
      },
    },
    agent.idToken,
  );
  propertyId = property.propertyId;
  isolated = isolatedDb();
  const copy = async (path: string) => isolated.doc(path).set((await adminDb().doc(path).get()).data() ?? {});
  await copy(paths.tenant(t()));
  await copy(paths.member(t(), agent.uid));
  await copy(paths.property(t(), propertyId));
});

async function storeContact(overrides: Partial<Contact> = {}): Promise<string> {
  return (await storeContactDoc(isolated, t(), { assignedAgentUid: agent.uid, createdBy: agent.uid, ...overrides })).id;
}

function entry(
  contactId: string,
  type: string,
  occurredAt: Date,
  createdAt: Date,
  phase: Phase | null = null,
): HistoryEntry {
  return {
    id: randomUUID().replace(/-/g, '').slice(0, 20),
    type,
    occurredAt,
    authorUid: agent.uid,
    contactIds: [contactId],
    propertyId,
    dealId: null,
    text: '',
    phase,
    phaseChange: null,
    createdAt,
  } as HistoryEntry;
}

const deps = (now: Date) => ({ db: isolated, links: appLinks(null), now: () => now });
const interest = async (contactId: string) =>
  (await isolated.doc(paths.interest(t(), interestId(contactId, propertyId))).get()).data();

describe('pipeline-onHistoryCreated, driven alone', () => {
  it('counts an entry dated in the future from when it was written, so it holds back no later action', async () => {
    const contactId = await storeContact({ clientType: 'seller' });
    const written = new Date();
    const visit = entry(contactId, 'visit', at(30 * DAY, written.getTime()), written);
    expect(await applyHistoryEntry(deps(written), t(), visit)).toEqual(['moved']);
    expect(await interest(contactId)).toMatchObject({ phase: 'first-visit' });
    expect((await interest(contactId))?.phaseSourceAt.toDate()).toEqual(written);

    const later = at(60_000, written.getTime());
    const reservation = entry(contactId, 'reservation', later, later);
    expect(await applyHistoryEntry(deps(later), t(), reservation)).toEqual(['moved']);
    expect(await interest(contactId)).toMatchObject({ phase: 'reservation' });
  });

  it('logs and skips, without throwing, a created document that is not a history entry', async () => {
    const now = new Date();
    const path = paths.historyEntry(t(), 'malformed');
    await expect(onHistoryEntryCreated(deps(now), t(), path, { type: 42, contactIds: 'x' })).resolves.toEqual([
      'unreadable',
    ]);
    const contactId = await storeContact();
    const stored = { ...entry(contactId, 'visit', now, now), occurredAt: now };
    await expect(onHistoryEntryCreated(deps(now), t(), path, stored)).resolves.toEqual(['moved']);
  });

  it('skips a contact whose stored interest does not parse, and still moves the others', async () => {
    const now = new Date();
    const [broken, fine] = [await storeContact(), await storeContact()];
    await isolated.doc(paths.interest(t(), interestId(broken, propertyId))).set({ phase: 'nowhere' });
    const visit = { ...entry(broken, 'visit', now, now), contactIds: [broken, fine] };
    await expect(applyHistoryEntry(deps(now), t(), visit)).resolves.toEqual(['unreadable', 'moved']);
    expect(await interest(fine)).toMatchObject({ phase: 'first-visit' });
  });
});

describe('visits counted on the property', () => {
  const visitCount = async () =>
    ((await isolated.doc(paths.property(t(), propertyId)).get()).get('visitCount') as number | undefined) ?? 0;

  it('adds one per visit entry, whatever the number of visitors, and nothing on a retried event', async () => {
    const [visitor, partner] = [await storeContact(), await storeContact()];
    const now = new Date();
    const visit = { ...entry(visitor, 'visit', now, now), contactIds: [visitor, partner] };
    await isolated.doc(paths.historyEntry(t(), visit.id)).set(visit);
    const before = await visitCount();
    await applyHistoryEntry(deps(now), t(), visit);
    await applyHistoryEntry(deps(now), t(), visit);
    expect(await visitCount()).toBe(before + 1);
    expect((await isolated.doc(paths.historyEntry(t(), visit.id)).get()).get('visitCounted')).toBe(true);

    const call = entry(visitor, 'call', now, now);
    await isolated.doc(paths.historyEntry(t(), call.id)).set(call);
    await applyHistoryEntry(deps(now), t(), call);
    expect(await visitCount()).toBe(before + 1);
  });
});

describe('contacts-onContactWritten, driven alone', () => {
  it('leaves a contact that does not parse alone without throwing', async () => {
    const ref = isolated.collection(paths.contacts(t())).doc();
    await ref.set({ lastName: 42, emails: 'nope' });
    await isolated
      .doc(paths.interest(t(), interestId(ref.id, propertyId)))
      .set({ contactId: ref.id, agentUid: agent.uid, contactName: 'Avant' });
    await expect(syncContactSearchTokens({ db: isolated }, t(), ref.id)).resolves.toBe('unreadable');
    await expect(syncContactInterests({ db: isolated }, t(), ref.id)).resolves.toBe(0);
    expect((await isolated.doc(paths.interest(t(), interestId(ref.id, propertyId))).get()).get('contactName')).toBe(
      'Avant',
    );
  });
});

describe('Tracfin before a purchase commitment', () => {
  const complete = (): TracfinFile => ({
    identityDocument: { type: 'passport', number: '20AB12345', expiresAt: new Date('2034-01-01'), checked: true },
    beneficialOwners: [],
    funds: { origins: ['savings', 'loan'], detail: '' },
    pep: { exposed: false, detail: '' },
    assetFreezeCheck: { checkedAt: new Date(), result: 'clear' },
    riskLevel: 'low',
    reviewedBy: agent.uid,
    reviewedAt: new Date(),
  });
  const storeTracfin = (contactId: string, file: TracfinFile) =>
    isolated.doc(paths.buyerFile(t(), contactId, 'tracfin')).set(file);
  const callDeps = () => ({
    db: isolated,
    auth: adminAuth(),
    links: appLinks(null),
    now: () => new Date(),
    local: null,
  });
  let caller: Caller;

  beforeAll(async () => {
    caller = { uid: agent.uid, email: agent.email, claims: readClaims(await claimsOf(agent.uid)) };
  });

  async function linked(contactId: string): Promise<void> {
    await linkContact(callDeps(), caller, { contactId, propertyId, phase: 'negotiation' });
  }

  it('pipeline-movePhase refuses a buyer with an incomplete file, names what is missing, and moves nothing', async () => {
    const contactId = await storeContact();
    await linked(contactId);
    const refused = movePhase(callDeps(), caller, { contactId, propertyId, phase: 'reservation' });
    await expect(refused).rejects.toBeInstanceOf(TracfinIncompleteError);
    await expect(refused).rejects.toMatchObject({ reason: 'tracfin-incomplete', missing: ['file'] });
    expect(await interest(contactId)).toMatchObject({ phase: 'negotiation' });

    await storeTracfin(contactId, { ...complete(), riskLevel: null });
    await expect(movePhase(callDeps(), caller, { contactId, propertyId, phase: 'notary' })).rejects.toMatchObject({
      missing: ['riskLevel'],
    });
    await storeTracfin(contactId, complete());
    await expect(movePhase(callDeps(), caller, { contactId, propertyId, phase: 'reservation' })).resolves.toMatchObject(
      { moved: true },
    );
    expect(await interest(contactId)).toMatchObject({ phase: 'reservation' });
  });

  it('lets a seller, or a buyer into an earlier phase or a cancellation, move without a file', async () => {
    const seller = await storeContact({ clientType: 'seller' });
    await linked(seller);
    await expect(
      movePhase(callDeps(), caller, { contactId: seller, propertyId, phase: 'contract-signed' }),
    ).resolves.toMatchObject({ moved: true });
    const buyer = await storeContact();
    await linked(buyer);
    await expect(
      movePhase(callDeps(), caller, { contactId: buyer, propertyId, phase: 'cancelled' }),
    ).resolves.toMatchObject({ moved: true });
  });

  it('pipeline-linkContact refuses to link a buyer straight into a commitment phase without the file', async () => {
    const contactId = await storeContact();
    await storeTracfin(contactId, { ...complete(), identityDocument: { ...EMPTY_TRACFIN.identityDocument } });
    await expect(
      linkContact(callDeps(), caller, { contactId, propertyId, phase: 'purchase-confirmation' }),
    ).rejects.toMatchObject({
      reason: 'tracfin-incomplete',
      missing: [
        'identityDocument.type',
        'identityDocument.number',
        'identityDocument.expiresAt',
        'identityDocument.checked',
      ],
    });
    expect(await interest(contactId)).toBeUndefined();
    await storeTracfin(contactId, complete());
    await expect(
      linkContact(callDeps(), caller, { contactId, propertyId, phase: 'purchase-confirmation' }),
    ).resolves.toMatchObject({ created: true });
  });

  it('answers the app failed-precondition with the reason and the missing items', () => {
    const error = toHttpsError(movePhaseContract, new TracfinIncompleteError(['file']), true);
    expect(error.code).toBe('failed-precondition');
    expect(error.details).toEqual({ reason: 'tracfin-incomplete', missing: ['file'] });
  });

  it('the trigger does not move a buyer without a complete file into a commitment phase, and logs it', async () => {
    const contactId = await storeContact();
    const now = new Date();
    await applyHistoryEntry(deps(now), t(), entry(contactId, 'visit', now, now));
    const later = at(60_000, now.getTime());
    const reservation = entry(contactId, 'reservation', later, later);
    expect(await applyHistoryEntry(deps(later), t(), reservation)).toEqual(['held-for-tracfin']);
    expect(await interest(contactId)).toMatchObject({ phase: 'first-visit' });
    const change = await isolated.doc(paths.historyEntry(t(), `${reservation.id}_${contactId}_phase`)).get();
    expect(change.exists).toBe(false);

    await storeTracfin(contactId, complete());
    const signed = at(120_000, now.getTime());
    const deed = entry(contactId, 'notarial-certification', signed, signed);
    expect(await applyHistoryEntry(deps(signed), t(), deed)).toEqual(['moved']);
    expect(await interest(contactId)).toMatchObject({ phase: 'contract-signed' });
  });
});

describe('Tracfin gate on the running suite', () => {
  it('pipeline-movePhase answers failed-precondition naming what is missing', async () => {
    const ref = adminDb().collection(paths.contacts(t())).doc();
    await ref.set(contactDoc({ id: ref.id, assignedAgentUid: agent.uid, createdBy: agent.uid }));
    await mustCall(CALLABLES.linkContact, { contactId: ref.id, propertyId }, agent.idToken);
    expect(
      await callCallable(CALLABLES.movePhase, { contactId: ref.id, propertyId, phase: 'reservation' }, agent.idToken),
    ).toMatchObject({ ok: false, code: 'failed-precondition', message: 'The Tracfin file is not complete: file.' });
  });
});

describe("pipeline-onHistoryCreated under 'own' visibility", () => {
  it('moves no phase for an author who does not see the contact, and does for the agent who holds it', async () => {
    const colleague = await addActiveMember(tenant, 'agent', 'Chloé Collègue');
    await isolated
      .doc(paths.member(t(), colleague.uid))
      .set((await adminDb().doc(paths.member(t(), colleague.uid)).get()).data() ?? {});
    const settings = isolated.doc(paths.contactsSettings(t()));
    await settings.set({ visibility: 'own', origins: [], updatedAt: new Date() });
    try {
      const contactId = await storeContact({ clientType: 'seller', assignedAgentUid: colleague.uid });
      const now = new Date();
      const bySomeoneElse = entry(contactId, 'visit', now, now);
      expect(await applyHistoryEntry(deps(now), t(), bySomeoneElse)).toEqual(['author-cannot-see']);
      expect(await interest(contactId)).toBeUndefined();

      const later = at(60_000, now.getTime());
      const byHolder = { ...entry(contactId, 'visit', later, later), authorUid: colleague.uid };
      expect(await applyHistoryEntry(deps(later), t(), byHolder)).toEqual(['moved']);
      expect(await interest(contactId)).toMatchObject({ phase: 'first-visit' });
    } finally {
      await settings.delete();
    }
  });

  it('counts no visit on the property for an author who does not see its contacts, nor for one who left', async () => {
    const holder = await addActiveMember(tenant, 'agent', 'Hélène Visites');
    const departed = await addActiveMember(tenant, 'agent', 'Denis Parti');
    await isolated
      .doc(paths.member(t(), holder.uid))
      .set((await adminDb().doc(paths.member(t(), holder.uid)).get()).data() ?? {});
    await isolated
      .doc(paths.member(t(), departed.uid))
      .set({ ...(await adminDb().doc(paths.member(t(), departed.uid)).get()).data(), status: 'deactivated' });
    const settings = isolated.doc(paths.contactsSettings(t()));
    await settings.set({ visibility: 'own', origins: [], updatedAt: new Date() });
    const visitCount = async () =>
      ((await isolated.doc(paths.property(t(), propertyId)).get()).get('visitCount') as number | undefined) ?? 0;
    try {
      const contactId = await storeContact({ clientType: 'buyer', assignedAgentUid: holder.uid });
      const before = await visitCount();
      const now = new Date();
      for (const authorUid of [agent.uid, departed.uid, 'nobody-at-all']) {
        const visit = { ...entry(contactId, 'visit', now, now), authorUid };
        await isolated.doc(paths.historyEntry(t(), visit.id)).set(visit);
        await applyHistoryEntry(deps(now), t(), visit);
        expect(await visitCount(), authorUid).toBe(before);
        expect((await isolated.doc(paths.historyEntry(t(), visit.id)).get()).get('visitCounted')).toBeUndefined();
      }

      const byHolder = { ...entry(contactId, 'visit', now, now), authorUid: holder.uid };
      await isolated.doc(paths.historyEntry(t(), byHolder.id)).set(byHolder);
      await applyHistoryEntry(deps(now), t(), byHolder);
      expect(await visitCount()).toBe(before + 1);
    } finally {
      await settings.delete();
    }
  });
});
