import {
  CALLABLES,
  contactSearchTokens,
  interestId,
  paths,
  type ContactInput,
  importContactsInputSchema,
  readClaims,
  type ContactSearchFields,
  type RotateLeadsSecretResult,
  type SaveContactResult,
} from '@estate/domain';
import { randomUUID } from 'node:crypto';
import type { Firestore, Timestamp, Transaction } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { importContacts } from '../../functions/src/contacts/import-contacts.handler';
import { saveContactRequest } from '../../functions/src/contacts/save-contact.handler';
import { receivePortalLead } from '../../functions/src/leads/receive-portal-lead.handler';
import { appLinks } from '../../functions/src/lib/app-links';
import type { Caller } from '../../functions/src/lib/caller';
import type { Deps } from '../../functions/src/lib/deps';
import { adminAuth, adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';
import { claimsOf, eventually, expectInvalid } from './function-fixtures';

let tenant: TestTenant;
let agent: TestUser;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Fiches' });
  agent = await addActiveMember(tenant, 'agent', 'Sophie Agent');
});

/** Numbers no other test of the run uses: each test gets its own, so duplicates are the ones it makes. */
let phoneSeed = Math.floor(Math.random() * 1_000_000);
function freshMobile(): { typed: string; e164: string } {
  phoneSeed += 1;
  const digits = String(10_000_000 + (phoneSeed % 90_000_000)).slice(-8);
  return { typed: `06 ${digits.replace(/(\d{2})(?=\d)/g, '$1 ')}`, e164: `+336${digits}` };
}

type TypedContact = Omit<ContactInput, 'phones'> & { phones: Array<{ number: string; label: 'mobile' | 'home' }> };

function prospect(agentUid: string, changes: Partial<TypedContact> = {}): TypedContact {
  return {
    kind: 'client-prospect',
    clientType: 'seller',
    identityType: 'person',
    civility: 'mrs',
    firstName: 'Élodie',
    lastName: 'Lefèvre',
    companyName: '',
    legalForm: '',
    registrationNumber: '',
    emails: [{ address: uniqueEmail('elodie'), label: 'personal' }],
    phones: [{ number: freshMobile().typed, label: 'mobile' }],
    address: { street: '12 rue des Lilas', postalCode: '75011', city: 'Paris', country: 'FR' },
    locale: 'fr',
    tags: ['estimation'],
    originId: null,
    consent: { marketing: false, at: null, source: '' },
    assignedAgentUid: agentUid,
    sharedWithUids: [],
    ...changes,
  };
}

async function save(
  contact: TypedContact,
  user: TestUser,
  options: { contactId?: string | null; allowDuplicates?: boolean } = {},
): Promise<SaveContactResult> {
  return mustCall<SaveContactResult>(
    CALLABLES.saveContact,
    { contactId: options.contactId ?? null, contact, allowDuplicates: options.allowDuplicates ?? false },
    user.idToken,
  );
}

async function create(contact: TypedContact, user: TestUser = agent): Promise<string> {
  const result = await save(contact, user, { allowDuplicates: true });
  if (result.status !== 'saved') throw new Error('not saved');
  return result.contactId;
}

const contactRef = (id: string) => adminDb().doc(paths.contact(tenant.tenantId, id));
const contactCount = async () =>
  (await adminDb().collection(paths.contacts(tenant.tenantId)).count().get()).data().count;
const historyOf = async (contactId: string) =>
  (
    await adminDb().collection(paths.history(tenant.tenantId)).where('contactIds', 'array-contains', contactId).get()
  ).docs.map((doc) => doc.data());

describe('contacts-saveContact', () => {
  it('creates a prospect with its phones in E.164 and the derived fields, then edits it in place', async () => {
    const first = freshMobile();
    const second = freshMobile();
    const email = uniqueEmail('Elodie.Lefevre');
    const contact = prospect(agent.uid, {
      emails: [{ address: email, label: 'personal' }],
      phones: [
        { number: first.typed, label: 'mobile' },
        { number: `01 ${second.e164.slice(4)}`, label: 'home' },
      ],
      consent: { marketing: true, at: null, source: 'phone' },
    });
    const before = Date.now();
    const result = await save(contact, agent);
    expect(result.status).toBe('saved');
    if (result.status !== 'saved') return;
    const stored = (await contactRef(result.contactId).get()).data();
    const home = `+331${second.e164.slice(4)}`;
    expect(stored).toMatchObject({
      id: result.contactId,
      kind: 'client-prospect',
      clientType: 'seller',
      phones: [
        { number: first.e164, label: 'mobile' },
        { number: home, label: 'home' },
      ],
      email: email.toLowerCase(),
      phone: first.e164,
      matchKeys: [`e:${email.toLowerCase()}`, `p:${first.e164}`, `p:${home}`],
      managerUid: null,
      sharedWithUids: [],
      conversion: null,
      deletionRequest: null,
      createdBy: agent.uid,
      portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null },
      consent: { marketing: true, source: 'phone' },
    });
    expect((stored?.consent.at as Timestamp).toMillis()).toBeGreaterThanOrEqual(before - 5_000);

    // The trigger gives it tokens of every phone.
    await eventually(async () => {
      const tokens = (await contactRef(result.contactId).get()).get('searchTokens') as string[] | undefined;
      expect(tokens).toEqual(contactSearchTokens(stored as ContactSearchFields));
      expect(tokens).toContain(home.slice(3, 8));
    });

    const edited = await save({ ...contact, lastName: 'Lefèvre-Martin', phones: contact.phones.slice(0, 1) }, agent, {
      contactId: result.contactId,
    });
    expect(edited).toEqual({ status: 'saved', contactId: result.contactId });
    expect((await contactRef(result.contactId).get()).data()).toMatchObject({
      lastName: 'Lefèvre-Martin',
      phones: [{ number: first.e164, label: 'mobile' }],
      matchKeys: [`e:${email.toLowerCase()}`, `p:${first.e164}`],
      createdBy: agent.uid,
    });
  });

  it('answers invalid-argument naming the field for a bad contact, and writes nothing', async () => {
    const before = await contactCount();
    const bad = (changes: Partial<TypedContact>) => ({ contactId: null, contact: prospect(agent.uid, changes) });
    await expectInvalid(
      CALLABLES.saveContact,
      bad({ phones: [{ number: '12', label: 'mobile' }] }),
      agent.idToken,
      'contact.phones.0.number',
    );
    await expectInvalid(CALLABLES.saveContact, bad({ lastName: '' }), agent.idToken, 'contact.lastName');
    await expectInvalid(CALLABLES.saveContact, bad({ emails: [], phones: [] }), agent.idToken, 'contact.emails');
    await expectInvalid(
      CALLABLES.saveContact,
      bad({ kind: 'agent-prospect', clientType: 'seller' }),
      agent.idToken,
      'contact.clientType',
    );
    await expectInvalid(CALLABLES.saveContact, { contactId: null }, agent.idToken, 'contact');
    expect(await contactCount()).toBe(before);
  });

  it('refuses an assignee who is not an active collaborator, and an unknown origin', async () => {
    const before = await contactCount();
    const rival = await createTenantWithOwner({ agencyName: 'Agence Rivale' });
    for (const assignedAgentUid of ['nobody-at-all', rival.owner.uid]) {
      expect(
        await callCallable(
          CALLABLES.saveContact,
          { contactId: null, contact: prospect(assignedAgentUid) },
          agent.idToken,
        ),
      ).toMatchObject({ ok: false, code: 'failed-precondition' });
    }
    expect(
      await callCallable(
        CALLABLES.saveContact,
        { contactId: null, contact: prospect(agent.uid, { originId: 'no-such-origin' }) },
        agent.idToken,
      ),
    ).toMatchObject({ ok: false, code: 'failed-precondition' });
    expect(await contactCount()).toBe(before);
  });

  it('reports the contacts sharing a phone or email and writes nothing, unless told to keep both', async () => {
    const shared = freshMobile();
    const firstId = await create(prospect(agent.uid, { phones: [{ number: shared.typed, label: 'mobile' }] }));
    const before = await contactCount();
    const other = prospect(agent.uid, {
      firstName: 'Jean',
      lastName: 'Dupont',
      phones: [{ number: shared.e164, label: 'mobile' }],
    });
    const held = await save(other, tenant.owner);
    expect(held).toEqual({
      status: 'duplicates',
      matches: [
        {
          contactId: firstId,
          displayName: 'Élodie Lefèvre',
          kind: 'client-prospect',
          assignedAgentUid: agent.uid,
          sharedKeys: [`p:${shared.e164}`],
        },
      ],
    });
    expect(await contactCount()).toBe(before);

    const kept = await save(other, tenant.owner, { allowDuplicates: true });
    expect(kept.status).toBe('saved');
    expect(await contactCount()).toBe(before + 1);
    // Editing it again does not ask about the phone it already had.
    if (kept.status === 'saved') {
      expect(await save({ ...other, firstName: 'Jean-Paul' }, tenant.owner, { contactId: kept.contactId })).toEqual({
        status: 'saved',
        contactId: kept.contactId,
      });
    }
  });

  it('lets only those who see a contact edit it, and never changes its kind', async () => {
    const ownTenant = await createTenantWithOwner({ agencyName: 'Agence Privée' });
    const alice = await addActiveMember(ownTenant, 'agent', 'Alice');
    const bob = await addActiveMember(ownTenant, 'agent', 'Bob');
    await adminDb()
      .doc(paths.contactsSettings(ownTenant.tenantId))
      .set({ visibility: 'own', origins: [], updatedAt: new Date() });
    const contact = prospect(alice.uid);
    const result = await save(contact, alice);
    if (result.status !== 'saved') throw new Error('not saved');
    expect(
      await callCallable(
        CALLABLES.saveContact,
        { contactId: result.contactId, contact: { ...contact, firstName: 'Bob was here' } },
        bob.idToken,
      ),
    ).toMatchObject({ ok: false, code: 'not-found' });
    expect(await save({ ...contact, firstName: 'Owner' }, ownTenant.owner, { contactId: result.contactId })).toEqual({
      status: 'saved',
      contactId: result.contactId,
    });
    expect(
      await callCallable(
        CALLABLES.saveContact,
        { contactId: result.contactId, contact: { ...contact, kind: 'client' } },
        alice.idToken,
      ),
    ).toMatchObject({ ok: false, code: 'failed-precondition' });
    const stored = (await adminDb().doc(paths.contact(ownTenant.tenantId, result.contactId)).get()).data();
    expect(stored).toMatchObject({ firstName: 'Owner', kind: 'client-prospect' });
  });
});

describe('contacts-saveContact: sharing', () => {
  let colleague: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    colleague = await addActiveMember(tenant, 'agent', 'Marc Collègue');
    other = await addActiveMember(tenant, 'agent', 'Léa Autre');
  });

  const sharingOf = async (id: string) => (await contactRef(id).get()).get('sharedWithUids') as string[];

  it('lets the assigned agent share the contact with collaborators, and stop sharing it', async () => {
    const contact = prospect(agent.uid, { sharedWithUids: [colleague.uid, agent.uid] });
    const id = await create(contact);
    // The assigned agent sees the contact anyway: only the colleague is kept.
    expect(await sharingOf(id)).toEqual([colleague.uid]);
    await save({ ...contact, sharedWithUids: [colleague.uid, other.uid] }, agent, { contactId: id });
    expect(await sharingOf(id)).toEqual([colleague.uid, other.uid]);
    await save({ ...contact, sharedWithUids: [] }, tenant.owner, { contactId: id });
    expect(await sharingOf(id)).toEqual([]);
  });

  it('refuses another agent changing the sharing, but lets them edit the rest as it is', async () => {
    const contact = prospect(agent.uid, { sharedWithUids: [colleague.uid] });
    const id = await create(contact);
    const refused = await callCallable(
      CALLABLES.saveContact,
      { contactId: id, contact: { ...contact, sharedWithUids: [colleague.uid, other.uid] } },
      other.idToken,
    );
    expect(refused).toMatchObject({ ok: false, code: 'permission-denied' });
    const unshared = await callCallable(
      CALLABLES.saveContact,
      { contactId: id, contact: { ...contact, lastName: 'Changé', sharedWithUids: [] } },
      colleague.idToken,
    );
    expect(unshared).toMatchObject({ ok: false, code: 'permission-denied' });
    expect((await contactRef(id).get()).data()).toMatchObject({ lastName: 'Lefèvre', sharedWithUids: [colleague.uid] });

    await save({ ...contact, lastName: 'Lefèvre-Martin' }, colleague, { contactId: id });
    expect((await contactRef(id).get()).data()).toMatchObject({
      lastName: 'Lefèvre-Martin',
      sharedWithUids: [colleague.uid],
    });
  });

  it('refuses a colleague it is shared with taking the contact over, and lets the holder and the owner reassign it', async () => {
    const own = await createTenantWithOwner({ agencyName: 'Agence Gardée' });
    const holder = await addActiveMember(own, 'agent', 'Hélène Titulaire');
    const sharee = await addActiveMember(own, 'agent', 'Simon Partage');
    const third = await addActiveMember(own, 'agent', 'Tom Tiers');
    await adminDb()
      .doc(paths.contactsSettings(own.tenantId))
      .set({ visibility: 'own', origins: [], updatedAt: new Date() });
    const ref = (id: string) => adminDb().doc(paths.contact(own.tenantId, id));
    const contact = prospect(holder.uid, { sharedWithUids: [sharee.uid] });
    const created = await save(contact, holder);
    if (created.status !== 'saved') throw new Error('not saved');
    const id = created.contactId;

    // Reassigned to themselves with the sharing emptied, the holder would lose the contact in "own" mode.
    for (const takeover of [
      { ...contact, assignedAgentUid: sharee.uid, sharedWithUids: [] },
      { ...contact, assignedAgentUid: sharee.uid },
      { ...contact, assignedAgentUid: third.uid },
    ]) {
      const refused = await callCallable(CALLABLES.saveContact, { contactId: id, contact: takeover }, sharee.idToken);
      expect(refused).toMatchObject({ ok: false, code: 'permission-denied', reason: 'reassign-not-allowed' });
    }
    const unshared = await callCallable(
      CALLABLES.saveContact,
      { contactId: id, contact: { ...contact, sharedWithUids: [] } },
      sharee.idToken,
    );
    expect(unshared).toMatchObject({ ok: false, code: 'permission-denied', reason: 'sharing-not-allowed' });
    expect((await ref(id).get()).data()).toMatchObject({ assignedAgentUid: holder.uid, sharedWithUids: [sharee.uid] });

    // The colleague still edits the rest.
    await save({ ...contact, lastName: 'Lefèvre-Partagé' }, sharee, { contactId: id });
    expect((await ref(id).get()).data()).toMatchObject({ lastName: 'Lefèvre-Partagé', assignedAgentUid: holder.uid });

    // The holder hands it over, then no longer sees it; the owner gives it back.
    await save({ ...contact, assignedAgentUid: third.uid, sharedWithUids: [] }, holder, { contactId: id });
    expect((await ref(id).get()).data()).toMatchObject({ assignedAgentUid: third.uid, sharedWithUids: [] });
    const back = await callCallable(
      CALLABLES.saveContact,
      { contactId: id, contact: { ...contact, assignedAgentUid: holder.uid, sharedWithUids: [] } },
      holder.idToken,
    );
    expect(back).toMatchObject({ ok: false, code: 'not-found' });
    await save({ ...contact, assignedAgentUid: holder.uid, sharedWithUids: [] }, own.owner, { contactId: id });
    expect((await ref(id).get()).get('assignedAgentUid')).toBe(holder.uid);
  });

  it('answers invalid-argument for an unknown collaborator or one named twice, and writes nothing', async () => {
    const before = await contactCount();
    const rival = await createTenantWithOwner({ agencyName: 'Agence Voisine' });
    for (const stranger of ['nobody-at-all', rival.owner.uid]) {
      await expectInvalid(
        CALLABLES.saveContact,
        { contactId: null, contact: prospect(agent.uid, { sharedWithUids: [colleague.uid, stranger] }) },
        agent.idToken,
        'contact.sharedWithUids',
      );
    }
    await expectInvalid(
      CALLABLES.saveContact,
      { contactId: null, contact: prospect(agent.uid, { sharedWithUids: [colleague.uid, colleague.uid] }) },
      agent.idToken,
      'contact.sharedWithUids',
    );
    expect(await contactCount()).toBe(before);

    const id = await create(prospect(agent.uid));
    await expectInvalid(
      CALLABLES.saveContact,
      { contactId: id, contact: prospect(agent.uid, { sharedWithUids: ['nobody-at-all'] }) },
      agent.idToken,
      'contact.sharedWithUids',
    );
    expect(await sharingOf(id)).toEqual([]);
  });
});

describe('contacts-convertProspect', () => {
  it('turns the prospect into a client in place, keeps its history and says so in a remark; a retry changes nothing', async () => {
    const contactId = await create(prospect(agent.uid));
    const call = adminDb().collection(paths.history(tenant.tenantId)).doc();
    const now = new Date();
    await call.set({
      id: call.id,
      type: 'call',
      occurredAt: now,
      authorUid: agent.uid,
      contactIds: [contactId],
      propertyId: null,
      dealId: null,
      text: 'Wants an estimate',
      phase: null,
      createdAt: now,
    });

    expect(await mustCall(CALLABLES.convertProspect, { contactId, clientType: 'seller' }, agent.idToken)).toEqual({
      contactId,
    });
    const stored = (await contactRef(contactId).get()).data();
    expect(stored).toMatchObject({ id: contactId, kind: 'client', clientType: 'seller' });
    expect(stored?.conversion).toMatchObject({ from: 'client-prospect', by: agent.uid });
    const history = await historyOf(contactId);
    expect(history.map((entry) => entry.type).sort()).toEqual(['call', 'remark']);
    expect(history.find((entry) => entry.type === 'remark')?.text).toBe(
      'Prospect client converti en client (vendeur) par Sophie Agent.',
    );

    expect(await mustCall(CALLABLES.convertProspect, { contactId, clientType: 'seller' }, agent.idToken)).toEqual({
      contactId,
    });
    expect(await historyOf(contactId)).toHaveLength(2);
    expect(
      await callCallable(CALLABLES.convertProspect, { contactId, clientType: 'buyer' }, agent.idToken),
    ).toMatchObject({ ok: false, code: 'failed-precondition' });
    await expectInvalid(CALLABLES.convertProspect, { contactId, clientType: 'owner' }, agent.idToken, 'clientType');
  });
});

describe('contacts-mergeContacts', () => {
  it('moves history, tasks, interests and notes to the kept contact, deletes the other, and is safe to retry', async () => {
    const shared = freshMobile();
    const keepEmail = uniqueEmail('keep');
    const mergeEmail = uniqueEmail('merge');
    const keepId = await create(
      prospect(agent.uid, {
        emails: [{ address: keepEmail, label: 'personal' }],
        phones: [{ number: shared.typed, label: 'mobile' }],
        tags: ['vip'],
        address: { street: '', postalCode: '', city: '', country: '' },
      }),
    );
    const other = freshMobile();
    const mergeId = await create(
      prospect(agent.uid, {
        firstName: 'Elodie',
        emails: [{ address: mergeEmail, label: 'work' }],
        phones: [
          { number: shared.typed, label: 'mobile' },
          { number: other.typed, label: 'home' },
        ],
        tags: ['VIP', 'investisseur'],
      }),
    );
    const db = adminDb();
    const now = new Date();
    const entry = db.collection(paths.history(tenant.tenantId)).doc();
    await entry.set({
      id: entry.id,
      type: 'call',
      occurredAt: now,
      authorUid: agent.uid,
      contactIds: [mergeId, keepId],
      propertyId: null,
      dealId: null,
      text: 'Called both numbers',
      phase: null,
      createdAt: now,
    });
    const task = db.collection(paths.tasks(tenant.tenantId)).doc();
    await task.set({ id: task.id, subject: { kind: 'contact', id: mergeId, label: 'Elodie Lefèvre' }, title: 'Call' });
    const interest = db.doc(paths.interest(tenant.tenantId, interestId(mergeId, 'prop1')));
    await interest.set({ contactId: mergeId, propertyId: 'prop1', phase: 'first-visit', contactName: 'Elodie' });
    const note = db.doc(`${paths.notes(tenant.tenantId, mergeId)}/n1`);
    await note.set({ id: 'n1', authorUid: agent.uid, text: 'Prefers mornings' });
    // Points of interest: the merged one's move to the kept one's free slots.
    await db
      .doc(paths.clientPlace(tenant.tenantId, `${keepId}_0`))
      .set({ id: `${keepId}_0`, contactId: keepId, name: 'Bureau' });
    await db
      .doc(paths.clientPlace(tenant.tenantId, `${mergeId}_0`))
      .set({ id: `${mergeId}_0`, contactId: mergeId, name: 'École' });

    const input = { keepId, mergeId };
    expect(await mustCall(CALLABLES.mergeContacts, input, agent.idToken)).toEqual({ contactId: keepId });

    expect((await contactRef(mergeId).get()).exists).toBe(false);
    const kept = (await contactRef(keepId).get()).data();
    expect(kept).toMatchObject({
      emails: [
        { address: keepEmail.toLowerCase(), label: 'personal' },
        { address: mergeEmail.toLowerCase(), label: 'work' },
      ],
      phones: [
        { number: shared.e164, label: 'mobile' },
        { number: other.e164, label: 'home' },
      ],
      tags: ['vip', 'investisseur'],
      address: { street: '12 rue des Lilas', postalCode: '75011', city: 'Paris', country: 'FR' },
      matchKeys: [
        `e:${keepEmail.toLowerCase()}`,
        `e:${mergeEmail.toLowerCase()}`,
        `p:${shared.e164}`,
        `p:${other.e164}`,
      ],
    });
    expect((await entry.get()).get('contactIds')).toEqual([keepId]);
    expect((await task.get()).get('subject.id')).toBe(keepId);
    expect((await interest.get()).exists).toBe(false);
    expect((await db.doc(paths.interest(tenant.tenantId, interestId(keepId, 'prop1'))).get()).data()).toMatchObject({
      contactId: keepId,
      propertyId: 'prop1',
      phase: 'first-visit',
    });
    expect((await note.get()).exists).toBe(false);
    expect((await db.doc(paths.clientPlace(tenant.tenantId, `${mergeId}_0`)).get()).exists).toBe(false);
    expect((await db.doc(paths.clientPlace(tenant.tenantId, `${keepId}_0`)).get()).get('name')).toBe('Bureau');
    expect((await db.doc(paths.clientPlace(tenant.tenantId, `${keepId}_1`)).get()).data()).toMatchObject({
      id: `${keepId}_1`,
      contactId: keepId,
      name: 'École',
    });
    expect((await db.doc(`${paths.notes(tenant.tenantId, keepId)}/n1`).get()).get('text')).toBe('Prefers mornings');
    const remarks = (await historyOf(keepId)).filter((item) => item.type === 'remark');
    expect(remarks).toHaveLength(1);
    expect(remarks[0]?.text).toContain('fusionnée dans celle-ci par Sophie Agent');

    // The same request again (a retry after a lost answer) finds it done.
    expect(await mustCall(CALLABLES.mergeContacts, input, agent.idToken)).toEqual({ contactId: keepId });
    expect((await historyOf(keepId)).filter((item) => item.type === 'remark')).toHaveLength(1);
    expect((await contactRef(keepId).get()).get('emails')).toHaveLength(2);
  });

  it('refuses a contact merged into itself, and a contact the caller does not see', async () => {
    const id = await create(prospect(agent.uid));
    await expectInvalid(CALLABLES.mergeContacts, { keepId: id, mergeId: id }, agent.idToken, 'mergeId');
    expect(
      await callCallable(CALLABLES.mergeContacts, { keepId: id, mergeId: 'no-such-contact' }, agent.idToken),
    ).toMatchObject({ ok: false, code: 'not-found' });
    expect((await contactRef(id).get()).exists).toBe(true);
  });
});

/**
 * The handlers driven in this process, several at once: their transactions really interleave, which
 * calls sent one after the other to the emulator would not show.
 */
/**
 * A Firestore whose `nth` transaction, on its first attempt, resolves `atCommit` once its work is done,
 * just before it asks to commit. With `pause`, it stops there until released: what a slow call looks
 * like to another one running meanwhile.
 */
function stoppingBeforeCommit(db: Firestore, nth: number, pause: boolean) {
  let calls = 0;
  let reached: () => void = () => undefined;
  let release: () => void = () => undefined;
  const atCommit = new Promise<void>((resolve) => (reached = resolve));
  const released = pause ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
  const watched = new Proxy(db, {
    get(target, property) {
      if (property !== 'runTransaction') {
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      }
      return <T>(work: (tx: Transaction) => Promise<T>) => {
        calls += 1;
        let first = calls === nth;
        return target.runTransaction(async (tx) => {
          const result = await work(tx);
          if (first) {
            first = false;
            reached();
            await released;
          }
          return result;
        });
      };
    },
  });
  return { db: watched, atCommit, release };
}

const pausingBeforeCommit = (db: Firestore, nth: number) => stoppingBeforeCommit(db, nth, true);
const signallingBeforeCommit = (db: Firestore, nth: number) => stoppingBeforeCommit(db, nth, false);

/** Whether `promise` has settled, read at any time without waiting on it. */
function settledFlag(promise: Promise<unknown>): () => boolean {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  return () => settled;
}

describe('contacts-saveContact: creates at the same moment', () => {
  let caller: Caller;
  const deps = (): Deps => ({
    db: adminDb(),
    auth: adminAuth(),
    links: appLinks(null),
    now: () => new Date(),
    local: null,
  });
  const withEmail = async (email: string) =>
    (
      await adminDb()
        .collection(paths.contacts(tenant.tenantId))
        .where('matchKeys', 'array-contains', `e:${email}`)
        .get()
    ).docs.map((doc) => doc.id);
  const sameEmail = (email: string, lastName: string) =>
    prospect(agent.uid, { lastName, emails: [{ address: email, label: 'personal' }] });
  const saveNow = (contact: TypedContact, allowDuplicates = false, db = adminDb()) =>
    saveContactRequest({ ...deps(), db }, caller, { contactId: null, contact, allowDuplicates });

  beforeAll(async () => {
    caller = { uid: agent.uid, email: agent.email, claims: readClaims(await claimsOf(agent.uid)) };
  });

  it('saves one of two simultaneous creates of the same person; the other answers it as its duplicate', async () => {
    const email = uniqueEmail('simultane');
    const results = await Promise.all(['Martin', 'Martins'].map((name) => saveNow(sameEmail(email, name))));
    expect(results.map((result) => result.status).sort()).toEqual(['duplicates', 'saved']);
    const saved = results.find((result) => result.status === 'saved');
    const ids = await withEmail(email);
    expect(ids).toEqual([saved?.status === 'saved' ? saved.contactId : '']);
    expect(results.find((result) => result.status === 'duplicates')).toMatchObject({
      matches: [{ contactId: ids[0], sharedKeys: [`e:${email}`] }],
    });
  });

  it('still creates both when the user chose to keep duplicates', async () => {
    const email = uniqueEmail('garder');
    const results = await Promise.all(['Durand', 'Durant'].map((name) => saveNow(sameEmail(email, name), true)));
    expect(results.map((result) => result.status)).toEqual(['saved', 'saved']);
    expect(await withEmail(email)).toHaveLength(2);
  });

  it('lets an import chunk racing a create write the person once', async () => {
    const email = uniqueEmail('course');
    const chunk = importContactsInputSchema.parse({
      importId: `imp_${randomUUID().slice(0, 8)}`,
      rows: [{ row: 2, values: { Nom: 'Importé', Email: email, Type: 'vendeur' } }],
      headerMap: { Nom: 'lastName', Email: 'emails', Type: 'clientType' },
      duplicatePolicy: 'skip',
    });
    // The import has checked its row and is about to write it when the save runs.
    const slow = pausingBeforeCommit(adminDb(), 2);
    const importing = importContacts({ ...deps(), db: slow.db }, caller, chunk);
    await slow.atCommit;
    // The save checks for the same person too and asks to commit, still unanswered, while the import
    // holds the lock: both have looked, neither has written, the race the contacts lock is for.
    const watched = signallingBeforeCommit(adminDb(), 1);
    const saving = saveNow(sameEmail(email, 'Saisi'), false, watched.db);
    const saved = settledFlag(saving);
    await watched.atCommit;
    expect(saved()).toBe(false);
    slow.release();
    const [imported, created] = await Promise.all([importing, saving]);
    const ids = await withEmail(email);
    expect(ids).toHaveLength(1);
    const row = imported.results[0];
    if (created.status === 'saved') {
      expect(row).toMatchObject({ status: 'duplicate', matches: [{ contactId: created.contactId }] });
    } else {
      expect(row).toMatchObject({ status: 'imported', contactId: ids[0] });
      expect(created).toMatchObject({ status: 'duplicates', matches: [{ contactId: ids[0] }] });
    }
  });

  it('lets a portal lead racing a create find the contact instead of making a second one', async () => {
    const rotated = await mustCall<RotateLeadsSecretResult>(CALLABLES.rotateLeadsSecret, null, tenant.owner.idToken);
    const email = uniqueEmail('portail');
    // The lead has looked for the person and is about to create them when the save runs.
    const slow = pausingBeforeCommit(adminDb(), 1);
    const receiving = receivePortalLead(
      { ...deps(), db: slow.db },
      {
        method: 'POST',
        path: `/${tenant.tenantId}`,
        query: {},
        authorization: `Bearer ${rotated.secret}`,
        body: {
          portal: 'SeLoger',
          leadId: `SL-${randomUUID().slice(0, 8)}`,
          person: { firstName: 'Camille', lastName: 'Portail', email },
        },
      },
    );
    await slow.atCommit;
    // The save looks for the same person too and asks to commit, still unanswered, while the lead holds
    // the lock.
    const watched = signallingBeforeCommit(adminDb(), 1);
    const saving = saveNow(sameEmail(email, 'Saisie'), false, watched.db);
    const saved = settledFlag(saving);
    await watched.atCommit;
    expect(saved()).toBe(false);
    slow.release();
    const [answer, created] = await Promise.all([receiving, saving]);
    expect(answer.status).toBe(201);
    const reply = JSON.parse(String(answer.body)) as unknown;
    const ids = await withEmail(email);
    expect(ids).toHaveLength(1);
    if (created.status === 'saved') {
      expect(reply).toMatchObject({ contactId: created.contactId, created: false });
    } else {
      expect(reply).toMatchObject({ contactId: ids[0], created: true });
      expect(created).toMatchObject({ status: 'duplicates', matches: [{ contactId: ids[0] }] });
    }
  });
});
