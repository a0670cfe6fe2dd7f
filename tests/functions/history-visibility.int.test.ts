import { CALLABLES, paths, SYSTEM_AUTHOR_UID, type Contact } from '@estate/domain';
import { randomUUID } from 'node:crypto';
import { Timestamp, type DocumentData, type Firestore } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { syncContactHistoryViewers, syncHistoryEntry } from '../../functions/src/history/history-copies';
import { adminDb } from '../support/admin';
import { mustCall } from '../support/callables';
import { storeContactDoc } from '../support/stored-contacts';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { eventually, isolatedDb } from './function-fixtures';

const newId = () => randomUUID().replace(/-/g, '').slice(0, 20);

/** An entry as the apps and functions store it (no `viewerUids`: the trigger adds them). */
function entryDoc(id: string, authorUid: string, contactIds: string[], extra: DocumentData = {}): DocumentData {
  const now = Timestamp.now();
  return {
    id,
    type: 'call',
    occurredAt: now,
    authorUid,
    contactIds,
    propertyId: null,
    dealId: null,
    text: 'Appel de suivi',
    phase: null,
    createdAt: now,
    ...extra,
  };
}

async function storeContact(db: Firestore, tenantId: string, overrides: Partial<Contact>): Promise<string> {
  return (await storeContactDoc(db, tenantId, overrides)).id;
}

async function copyOf(db: Firestore, tenantId: string, contactId: string, entryId: string) {
  return db.doc(paths.contactHistoryEntry(tenantId, contactId, entryId)).get();
}

/**
 * The handlers driven alone on an isolated project (no running trigger races them there): every case
 * ends with a replay that must change nothing.
 */
describe('syncHistoryEntry and syncContactHistoryViewers, called directly', () => {
  let db: Firestore;
  const tenantId = `history-${newId()}`;
  const deps = () => ({ db });

  beforeAll(() => {
    db = isolatedDb();
  });

  it('copies the entry to each named contact that exists and computes its viewers', async () => {
    const alice = await storeContact(db, tenantId, { assignedAgentUid: 'agent-a', managerUid: 'manager-a' });
    const bruno = await storeContact(db, tenantId, { assignedAgentUid: 'agent-b', sharedWithUids: ['agent-c'] });
    const missing = newId();
    const entryId = newId();
    const stored = entryDoc(entryId, 'author-x', [alice, bruno, missing]);
    await db.doc(paths.historyEntry(tenantId, entryId)).set(stored);

    const outcome = await syncHistoryEntry(deps(), tenantId, entryId);
    expect(outcome).toEqual({ gone: false, erased: 0, unseen: 0, viewersWritten: true, copied: 2, removed: 0 });
    const entry = (await db.doc(paths.historyEntry(tenantId, entryId)).get()).data();
    expect(entry?.viewerUids).toEqual(['author-x', 'agent-a', 'manager-a', 'agent-b', 'agent-c']);
    for (const contactId of [alice, bruno]) {
      const copy = await copyOf(db, tenantId, contactId, entryId);
      expect(copy.data()).toEqual(stored);
      expect(copy.get('viewerUids')).toBeUndefined();
    }
    expect((await copyOf(db, tenantId, missing, entryId)).exists).toBe(false);

    const before = await copyOf(db, tenantId, alice, entryId);
    expect(await syncHistoryEntry(deps(), tenantId, entryId)).toEqual({
      gone: false,
      erased: 0,
      unseen: 0,
      viewersWritten: false,
      copied: 0,
      removed: 0,
    });
    const after = await copyOf(db, tenantId, alice, entryId);
    expect(after.updateTime?.isEqual(before.updateTime ?? Timestamp.now())).toBe(true);
  });

  it("leaves 'system' out of the viewers and rewrites a copy that drifted from the entry", async () => {
    const contactId = await storeContact(db, tenantId, { assignedAgentUid: 'agent-s' });
    const entryId = newId();
    await db.doc(paths.historyEntry(tenantId, entryId)).set(entryDoc(entryId, SYSTEM_AUTHOR_UID, [contactId]));
    await syncHistoryEntry(deps(), tenantId, entryId);
    expect((await db.doc(paths.historyEntry(tenantId, entryId)).get()).get('viewerUids')).toEqual(['agent-s']);

    // A visit counted later marks the entry: the copy follows, the viewers stay.
    await db.doc(paths.historyEntry(tenantId, entryId)).update({ visitCounted: true });
    expect(await syncHistoryEntry(deps(), tenantId, entryId)).toMatchObject({ viewersWritten: false, copied: 1 });
    expect((await copyOf(db, tenantId, contactId, entryId)).get('visitCounted')).toBe(true);
  });

  it("follows a reassignment, a manager and a sharing of the contact into the entries' viewers", async () => {
    const alice = await storeContact(db, tenantId, { assignedAgentUid: 'agent-a' });
    const other = await storeContact(db, tenantId, { assignedAgentUid: 'agent-o' });
    const entryIds = [newId(), newId()];
    await db.doc(paths.historyEntry(tenantId, entryIds[0]!)).set(entryDoc(entryIds[0]!, 'author-x', [alice, other]));
    await db.doc(paths.historyEntry(tenantId, entryIds[1]!)).set(entryDoc(entryIds[1]!, 'author-y', [alice]));
    for (const entryId of entryIds) await syncHistoryEntry(deps(), tenantId, entryId);

    await db
      .doc(paths.contact(tenantId, alice))
      .update({ assignedAgentUid: 'agent-n', managerUid: 'manager-n', sharedWithUids: ['agent-s'] });
    expect(await syncContactHistoryViewers(deps(), tenantId, alice)).toBe(2);
    const viewers = async (entryId: string) =>
      (await db.doc(paths.historyEntry(tenantId, entryId)).get()).get('viewerUids') as string[];
    expect(await viewers(entryIds[0]!)).toEqual(['author-x', 'agent-n', 'manager-n', 'agent-s', 'agent-o']);
    expect(await viewers(entryIds[1]!)).toEqual(['author-y', 'agent-n', 'manager-n', 'agent-s']);
    expect(await syncContactHistoryViewers(deps(), tenantId, alice)).toBe(0);
    // The copies hold no viewers: the entries' own sync finds nothing to do.
    expect(await syncHistoryEntry(deps(), tenantId, entryIds[0]!)).toMatchObject({ copied: 0, removed: 0 });
  });

  it('rereads the entries of a contact page after page (more than one transaction)', async () => {
    const busy = await storeContact(db, tenantId, { assignedAgentUid: 'agent-a' });
    const batch = db.batch();
    for (let index = 0; index < 205; index += 1) {
      const entryId = newId();
      batch.set(db.doc(paths.historyEntry(tenantId, entryId)), {
        ...entryDoc(entryId, 'author-x', [busy]),
        viewerUids: ['author-x', 'agent-a'],
      });
    }
    await batch.commit();
    await db.doc(paths.contact(tenantId, busy)).update({ assignedAgentUid: 'agent-b' });
    expect(await syncContactHistoryViewers(deps(), tenantId, busy)).toBe(205);
    expect(await syncContactHistoryViewers(deps(), tenantId, busy)).toBe(0);
  });

  it('moves the copy to the kept contact of a merge and removes those of an erased contact', async () => {
    const merged = await storeContact(db, tenantId, { assignedAgentUid: 'agent-m' });
    const kept = await storeContact(db, tenantId, { assignedAgentUid: 'agent-k' });
    const erased = await storeContact(db, tenantId, { assignedAgentUid: 'agent-e' });
    const entryId = newId();
    const ref = db.doc(paths.historyEntry(tenantId, entryId));
    await ref.set(entryDoc(entryId, 'author-x', [merged, erased]));
    await syncHistoryEntry(deps(), tenantId, entryId);

    // contacts-mergeContacts re-points the entry, then deletes the merged contact.
    await ref.update({ contactIds: [kept, erased] });
    await db.doc(paths.contact(tenantId, merged)).delete();
    // The kept contact's copy is new, the erased one's follows the entry's new `contactIds`.
    expect(await syncHistoryEntry(deps(), tenantId, entryId)).toEqual({
      gone: false,
      erased: 0,
      unseen: 0,
      viewersWritten: true,
      copied: 2,
      removed: 1,
    });
    expect((await copyOf(db, tenantId, merged, entryId)).exists).toBe(false);
    expect((await copyOf(db, tenantId, kept, entryId)).get('contactIds')).toEqual([kept, erased]);
    expect((await copyOf(db, tenantId, erased, entryId)).get('contactIds')).toEqual([kept, erased]);
    expect(await ref.get().then((entry) => entry.get('viewerUids'))).toEqual(['author-x', 'agent-k', 'agent-e']);

    // contacts-eraseContact takes the erased contact out of the entries naming others too.
    await ref.update({ contactIds: [kept] });
    expect(await syncHistoryEntry(deps(), tenantId, entryId)).toMatchObject({ copied: 1, removed: 1 });
    expect((await copyOf(db, tenantId, erased, entryId)).exists).toBe(false);
    expect((await copyOf(db, tenantId, kept, entryId)).get('contactIds')).toEqual([kept]);
    expect(await syncHistoryEntry(deps(), tenantId, entryId)).toEqual({
      gone: false,
      erased: 0,
      unseen: 0,
      viewersWritten: false,
      copied: 0,
      removed: 0,
    });
  });

  it('takes an erased contact (tombstoned) out of an entry logged during its erasure, and deletes a lone one', async () => {
    const other = await storeContact(db, tenantId, { assignedAgentUid: 'agent-o' });
    const erased = newId();
    await db.doc(paths.erasedContact(tenantId, erased)).set({ erasureId: newId(), pending: null });
    const shared = newId();
    const sharedRef = db.doc(paths.historyEntry(tenantId, shared));
    await sharedRef.set(entryDoc(shared, 'author-x', [erased, other]));
    expect(await syncHistoryEntry(deps(), tenantId, shared)).toMatchObject({ gone: false, erased: 1, copied: 1 });
    expect((await sharedRef.get()).get('contactIds')).toEqual([other]);
    expect((await copyOf(db, tenantId, other, shared)).get('contactIds')).toEqual([other]);
    expect((await copyOf(db, tenantId, erased, shared)).exists).toBe(false);

    const lone = newId();
    const loneRef = db.doc(paths.historyEntry(tenantId, lone));
    await loneRef.set(entryDoc(lone, 'author-x', [erased]));
    expect(await syncHistoryEntry(deps(), tenantId, lone)).toMatchObject({ gone: true, erased: 1 });
    expect((await loneRef.get()).exists).toBe(false);

    // A contact merely missing (no tombstone) keeps its id: only an erasure takes it out.
    const missing = newId();
    const keptRef = db.doc(paths.historyEntry(tenantId, newId()));
    await keptRef.set(entryDoc(keptRef.id, 'author-x', [missing, other]));
    expect(await syncHistoryEntry(deps(), tenantId, keptRef.id)).toMatchObject({ gone: false, erased: 0 });
    expect((await keptRef.get()).get('contactIds')).toEqual([missing, other]);
    expect(await syncHistoryEntry(deps(), tenantId, shared)).toEqual({
      gone: false,
      erased: 0,
      unseen: 0,
      viewersWritten: false,
      copied: 0,
      removed: 0,
    });
  });

  it("takes out of a new entry the clients its author does not see in 'own' visibility, and only on creation", async () => {
    const ownTenant = `history-own-${newId()}`;
    const now = Timestamp.now();
    await db.doc(paths.contactsSettings(ownTenant)).set({ visibility: 'own', origins: [], updatedAt: now });
    await db.doc(paths.member(ownTenant, 'agent-a')).set({ uid: 'agent-a', role: 'agent', status: 'active' });
    await db.doc(paths.member(ownTenant, 'owner-o')).set({ uid: 'owner-o', role: 'owner', status: 'active' });
    const mine = await storeContact(db, ownTenant, { assignedAgentUid: 'agent-a' });
    const theirs = await storeContact(db, ownTenant, { assignedAgentUid: 'agent-b' });
    const created = { created: true };

    const both = db.doc(paths.historyEntry(ownTenant, newId()));
    await both.set(entryDoc(both.id, 'agent-a', [theirs, mine]));
    expect(await syncHistoryEntry(deps(), ownTenant, both.id, created)).toMatchObject({ unseen: 1, copied: 1 });
    expect((await both.get()).get('contactIds')).toEqual([mine]);
    expect((await both.get()).get('viewerUids')).toEqual(['agent-a']);
    expect((await copyOf(db, ownTenant, theirs, both.id)).exists).toBe(false);

    const alone = db.doc(paths.historyEntry(ownTenant, newId()));
    await alone.set(entryDoc(alone.id, 'agent-a', [theirs]));
    expect(await syncHistoryEntry(deps(), ownTenant, alone.id, created)).toMatchObject({ gone: true, unseen: 1 });
    expect((await alone.get()).exists).toBe(false);

    // The owner sees every client; and a later write (a merge, a reassignment) is never judged again.
    const owners = db.doc(paths.historyEntry(ownTenant, newId()));
    await owners.set(entryDoc(owners.id, 'owner-o', [theirs, mine]));
    expect(await syncHistoryEntry(deps(), ownTenant, owners.id, created)).toMatchObject({ unseen: 0, copied: 2 });
    const later = db.doc(paths.historyEntry(ownTenant, newId()));
    await later.set(entryDoc(later.id, 'agent-a', [theirs, mine]));
    expect(await syncHistoryEntry(deps(), ownTenant, later.id)).toMatchObject({ unseen: 0, copied: 2 });
  });

  it("removes every copy of a deleted entry, and no other tenant's copy of the same id", async () => {
    const alice = await storeContact(db, tenantId, { assignedAgentUid: 'agent-a' });
    const bruno = await storeContact(db, tenantId, { assignedAgentUid: 'agent-b' });
    const elsewhere = `history-${newId()}`;
    const stranger = await storeContact(db, elsewhere, { assignedAgentUid: 'agent-z' });
    const entryId = newId();
    for (const [tenant, contacts] of [
      [tenantId, [alice, bruno]],
      [elsewhere, [stranger]],
    ] as const) {
      await db.doc(paths.historyEntry(tenant, entryId)).set(entryDoc(entryId, 'author-x', [...contacts]));
      await syncHistoryEntry(deps(), tenant, entryId);
    }

    await db.doc(paths.historyEntry(tenantId, entryId)).delete();
    expect(await syncHistoryEntry(deps(), tenantId, entryId)).toEqual({
      gone: true,
      erased: 0,
      unseen: 0,
      viewersWritten: false,
      copied: 0,
      removed: 2,
    });
    expect((await copyOf(db, tenantId, alice, entryId)).exists).toBe(false);
    expect((await copyOf(db, tenantId, bruno, entryId)).exists).toBe(false);
    expect((await copyOf(db, elsewhere, stranger, entryId)).exists).toBe(true);
    expect(await syncHistoryEntry(deps(), tenantId, entryId)).toEqual({
      gone: true,
      erased: 0,
      unseen: 0,
      viewersWritten: false,
      copied: 0,
      removed: 0,
    });
  });
});

/** The same through the running emulator: history-onEntryWritten and contacts-onContactWritten. */
describe('history-onEntryWritten and contacts-onContactWritten', () => {
  let tenant: TestTenant;
  let agent: TestUser;
  let colleague: TestUser;
  const t = () => tenant.tenantId;

  beforeAll(async () => {
    tenant = await createTenantWithOwner({ agencyName: 'Agence Historique' });
    agent = await addActiveMember(tenant, 'agent', 'Alice Agent');
    colleague = await addActiveMember(tenant, 'agent', 'Bruno Collègue');
  });

  it('keeps the copies and the viewers of an entry as it is logged, reassigned, merged and deleted', async () => {
    const db = adminDb();
    const client = await storeContact(db, t(), { assignedAgentUid: agent.uid, createdBy: agent.uid });
    const kept = await storeContact(db, t(), { assignedAgentUid: colleague.uid, createdBy: colleague.uid });
    const ref = db.collection(paths.history(t())).doc();
    await ref.set(entryDoc(ref.id, agent.uid, [client]));

    await eventually(async () => {
      expect((await ref.get()).get('viewerUids')).toEqual([agent.uid]);
      expect((await copyOf(db, t(), client, ref.id)).get('text')).toBe('Appel de suivi');
    });

    await db.doc(paths.contact(t(), client)).update({ assignedAgentUid: colleague.uid });
    await eventually(async () => {
      expect((await ref.get()).get('viewerUids')).toEqual([agent.uid, colleague.uid]);
    });

    await ref.update({ contactIds: [kept] });
    await eventually(async () => {
      expect((await copyOf(db, t(), kept, ref.id)).get('contactIds')).toEqual([kept]);
      expect((await copyOf(db, t(), client, ref.id)).exists).toBe(false);
    });
    // The trigger's own write ended there: a direct replay finds everything in step.
    expect(await syncHistoryEntry({ db }, t(), ref.id)).toEqual({
      gone: false,
      erased: 0,
      unseen: 0,
      viewersWritten: false,
      copied: 0,
      removed: 0,
    });

    await ref.delete();
    await eventually(async () => {
      expect((await copyOf(db, t(), kept, ref.id)).exists).toBe(false);
    });
  });

  it("moves a merged contact's history copies to the kept contact through contacts-mergeContacts", async () => {
    const db = adminDb();
    const keep = await storeContact(db, t(), { assignedAgentUid: agent.uid, createdBy: agent.uid });
    const merged = await storeContact(db, t(), { assignedAgentUid: colleague.uid, createdBy: colleague.uid });
    const ref = db.collection(paths.history(t())).doc();
    await ref.set(entryDoc(ref.id, colleague.uid, [merged]));
    await eventually(async () => {
      expect((await copyOf(db, t(), merged, ref.id)).exists).toBe(true);
    });

    await mustCall(CALLABLES.mergeContacts, { keepId: keep, mergeId: merged }, tenant.owner.idToken);
    await eventually(async () => {
      expect((await copyOf(db, t(), keep, ref.id)).get('contactIds')).toEqual([keep]);
      expect((await copyOf(db, t(), merged, ref.id)).exists).toBe(false);
      expect((await ref.get()).get('viewerUids')).toEqual([colleague.uid, agent.uid]);
      // The merge's own remark is copied to the kept contact too.
      expect((await copyOf(db, t(), keep, `merge-${merged}`)).get('type')).toBe('remark');
    });
  });
});
