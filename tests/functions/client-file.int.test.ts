import { CALLABLES, paths, type Contact, type Note, type SaveTracfinResult } from '@estate/domain';
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { reminderMailId, sendNoteReminders } from '../../functions/src/contacts/send-note-reminders.handler';
import { appLinks } from '../../functions/src/lib/app-links';
import { adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { storeContactDoc } from '../support/stored-contacts';
import { mailTo, waitForMail } from '../support/maildev';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';
import { expectInvalid, isolatedDb } from './function-fixtures';

let tenant: TestTenant;
let agent: TestUser;
let otherAgent: TestUser;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Dossiers' });
  agent = await addActiveMember(tenant, 'agent', 'Alice Agent');
  otherAgent = await addActiveMember(tenant, 'agent', 'Oscar Other');
});

const storeContact = (db: Firestore, overrides: Partial<Contact>): Promise<Contact> =>
  storeContactDoc(db, tenant.tenantId, {
    firstName: 'Boris',
    lastName: 'Buyer',
    emails: [{ address: uniqueEmail('buyer'), label: 'personal' }],
    assignedAgentUid: agent.uid,
    ...overrides,
  });

function note(id: string, remindAt: Date | null, authorUid = agent.uid): Note {
  const created = new Date('2030-12-01T10:00:00Z');
  return {
    id,
    text: 'Rappeler Boris pour la contre-offre',
    remindAt,
    reminderPendingAt: remindAt,
    reminderSentAt: null,
    authorUid,
    createdAt: created,
    updatedAt: created,
  };
}

describe('contacts-sendNoteReminders', () => {
  /**
   * Driven on an isolated project with chosen times: the handler answers every tenant's due notes, and
   * the shared database must not see reminders sent years early.
   */
  let isolated: Firestore;
  const links = appLinks({ admin: 'http://localhost:5000', client: 'http://localhost:5005' });
  let contact: Contact;

  beforeAll(async () => {
    isolated = isolatedDb();
    const copy = async (path: string) => isolated.doc(path).set((await adminDb().doc(path).get()).data() ?? {});
    await copy(paths.tenant(tenant.tenantId));
    await copy(paths.member(tenant.tenantId, agent.uid));
    contact = await storeContact(isolated, {});
  });

  const outbox = () =>
    isolated
      .collection(paths.mails(tenant.tenantId))
      .where('templateData.contactId', '==', contact.id)
      .where('templateId', '==', 'note-reminder')
      .get();

  it('mails the author once at the reminder time, not before, however often it runs', async () => {
    const remindAt = new Date('2031-03-01T09:00:00Z');
    const noteRef = isolated.doc(paths.note(tenant.tenantId, contact.id, 'n-once'));
    await noteRef.set(note('n-once', remindAt));

    await sendNoteReminders({ db: isolated, links }, new Date('2031-03-01T08:59:00Z'));
    expect((await outbox()).size).toBe(0);
    expect((await noteRef.get()).get('reminderPendingAt')).toEqual(Timestamp.fromDate(remindAt));

    const sentAt = new Date('2031-03-01T09:03:00Z');
    await sendNoteReminders({ db: isolated, links }, sentAt);
    await sendNoteReminders({ db: isolated, links }, new Date('2031-03-01T09:08:00Z'));
    const mails = await outbox();
    expect(mails.size).toBe(1);
    const mail = mails.docs[0];
    expect(mail?.id).toBe(reminderMailId(contact.id, 'n-once', remindAt));
    expect(mail?.get('to')).toBe(agent.email);
    expect(mail?.get('subject')).toBe('Rappel : Boris Buyer');
    // The note is private to its author and owner and admin read the mail log: the mail links to the
    // note and never carries its text, in any of its parts.
    for (const part of ['subject', 'text', 'html']) {
      expect(String(mail?.get(part))).not.toContain('contre-offre');
    }
    expect(JSON.stringify(mail?.get('templateData'))).not.toContain('contre-offre');
    expect(mail?.get('text')).toContain(
      `http://localhost:5000/clients/${contact.id}/notes?note=n-once&tenant=${tenant.tenantId}`,
    );
    expect(mail?.get('sensitive')).toBe(false);
    // The note is private: the mail quoting it must not show in the client file's Emails tab.
    expect(mail?.get('contactId')).toBeNull();
    const linked = await isolated
      .collection(paths.mails(tenant.tenantId))
      .where('contactId', '==', contact.id)
      .where('templateId', '==', 'note-reminder')
      .get();
    expect(linked.size).toBe(0);
    const stored = (await noteRef.get()).data();
    expect(stored?.reminderPendingAt).toBeNull();
    expect(stored?.reminderSentAt).toEqual(Timestamp.fromDate(sentAt));
  });

  it('two runs at the same time queue one mail', async () => {
    const remindAt = new Date('2031-04-01T09:00:00Z');
    await isolated.doc(paths.note(tenant.tenantId, contact.id, 'n-race')).set(note('n-race', remindAt));
    const at = new Date('2031-04-01T09:01:00Z');
    await Promise.all([sendNoteReminders({ db: isolated, links }, at), sendNoteReminders({ db: isolated, links }, at)]);
    const mails = await isolated.doc(paths.mail(tenant.tenantId, reminderMailId(contact.id, 'n-race', remindAt))).get();
    expect(mails.exists).toBe(true);
    expect((await outbox()).size).toBe(2);
  });

  it('a note without a reminder, or whose author left, sends nothing', async () => {
    await isolated.doc(paths.note(tenant.tenantId, contact.id, 'n-none')).set(note('n-none', null));
    const left = new Date('2031-05-01T09:00:00Z');
    const leftRef = isolated.doc(paths.note(tenant.tenantId, contact.id, 'n-left'));
    await leftRef.set(note('n-left', left, 'someone-gone'));
    await sendNoteReminders({ db: isolated, links }, new Date('2031-05-01T09:05:00Z'));
    expect((await outbox()).size).toBe(2);
    expect((await leftRef.get()).get('reminderPendingAt')).toBeNull();
    expect((await leftRef.get()).get('reminderSentAt')).toBeNull();
  });

  it('reads the due notes a page at a time and reminds them all, past notes it cannot read', async () => {
    // Seven notes due at the same instant, read two at a time: the cursor must break the tie by path.
    // Two notes that do not read as notes sort first and stay due: read again and again without a
    // cursor, they would fill the first page for ever.
    const remindAt = new Date('2031-06-01T09:00:00Z');
    const paged = await storeContact(isolated, { firstName: 'Paula', lastName: 'Pages' });
    const noteRef = (id: string) => isolated.doc(paths.note(tenant.tenantId, paged.id, id));
    const ids = Array.from({ length: 7 }, (_, index) => `n-page-${index}`);
    const unreadable = ['n-broken-1', 'n-broken-2'].map(noteRef);
    await Promise.all([
      ...ids.map((id) => noteRef(id).set(note(id, remindAt))),
      ...unreadable.map((ref) => ref.set({ text: 42, reminderPendingAt: remindAt })),
    ]);

    const sentAt = new Date('2031-06-01T09:04:00Z');
    expect(await sendNoteReminders({ db: isolated, links }, sentAt, 2)).toBe(ids.length);
    const mails = await isolated
      .collection(paths.mails(tenant.tenantId))
      .where('templateData.contactId', '==', paged.id)
      .where('templateId', '==', 'note-reminder')
      .get();
    expect(mails.docs.map((doc) => doc.id).sort()).toEqual(
      ids.map((id) => reminderMailId(paged.id, id, remindAt)).sort(),
    );
    for (const id of ids) {
      const stored = (await noteRef(id).get()).data();
      expect(stored?.reminderPendingAt).toBeNull();
      expect(stored?.reminderSentAt).toEqual(Timestamp.fromDate(sentAt));
    }
    expect(await sendNoteReminders({ db: isolated, links }, new Date('2031-06-01T09:09:00Z'), 2)).toBe(0);
    await Promise.all(unreadable.map((ref) => ref.delete()));
  });

  it('a due reminder on the running suite reaches the agent in MailDev', async () => {
    const live = await storeContact(adminDb(), { firstName: 'Vera', lastName: 'Live' });
    const remindAt = new Date(Date.now() - 60_000);
    await adminDb()
      .doc(paths.note(tenant.tenantId, live.id, 'n-live'))
      .set(note('n-live', remindAt));
    await sendNoteReminders({ db: adminDb(), links }, new Date());
    const received = await waitForMail({ to: agent.email, subjectIncludes: 'Vera Live' });
    expect(received.text).toContain(`/clients/${live.id}/notes`);
    // The run is awaited and a mail is queued in its transaction, so the outbox already holds whatever
    // it would deliver: still the one mail, under the note's reminder id.
    await sendNoteReminders({ db: adminDb(), links }, new Date());
    const queued = await adminDb()
      .collection(paths.mails(tenant.tenantId))
      .where('templateData.contactId', '==', live.id)
      .where('templateId', '==', 'note-reminder')
      .get();
    expect(queued.docs.map((doc) => doc.id)).toEqual([reminderMailId(live.id, 'n-live', remindAt)]);
    const reminders = (await mailTo(agent.email)).filter((mail) => mail.subject.includes('Vera Live'));
    expect(reminders).toHaveLength(1);
  });
});

describe('contacts-saveTracfin', () => {
  const complete = (contactId: string) => ({
    contactId,
    identityDocument: { type: 'passport', number: '20AB12345', expiresAt: '2034-01-01', checked: true },
    beneficialOwners: [],
    funds: { origins: ['savings', 'loan'], detail: '' },
    pep: { exposed: false, detail: '' },
    assetFreezeCheck: { checkedAt: new Date().toISOString(), result: 'clear' },
    riskLevel: 'low',
  });

  it('refuses a malformed file with the reason and writes nothing', async () => {
    const buyer = await storeContact(adminDb(), {});
    await expectInvalid(
      CALLABLES.saveTracfin,
      { ...complete(buyer.id), riskLevel: 'extreme' },
      agent.idToken,
      'riskLevel',
    );
    await expectInvalid(
      CALLABLES.saveTracfin,
      {
        ...complete(buyer.id),
        beneficialOwners: [
          { name: 'A', birthDate: null, sharePercent: 70 },
          { name: 'B', birthDate: null, sharePercent: 40 },
        ],
      },
      agent.idToken,
      'beneficialOwners',
    );
    await expectInvalid(
      CALLABLES.saveTracfin,
      { ...complete(buyer.id), identityDocument: { type: 'passport', number: 'X', expiresAt: 'soon', checked: true } },
      agent.idToken,
      'identityDocument.expiresAt',
    );
    expect(
      (
        await adminDb()
          .doc(paths.buyerFile(tenant.tenantId, buyer.id, 'tracfin'))
          .get()
      ).exists,
    ).toBe(false);
  });

  it('saves as it fills in, sets the reviewer and date itself, says what is missing and leaves a remark', async () => {
    const buyer = await storeContact(adminDb(), {});
    const partial = { ...complete(buyer.id), riskLevel: null, assetFreezeCheck: null };
    const before = Date.now();
    const first = await mustCall<SaveTracfinResult>(
      CALLABLES.saveTracfin,
      { ...partial, reviewedBy: 'someone-else' },
      agent.idToken,
    );
    expect(first).toEqual({ complete: false, missing: ['assetFreezeCheck', 'riskLevel'] });
    const stored = (
      await adminDb()
        .doc(paths.buyerFile(tenant.tenantId, buyer.id, 'tracfin'))
        .get()
    ).data();
    expect(stored?.reviewedBy).toBe(agent.uid);
    expect((stored?.reviewedAt as Timestamp).toMillis()).toBeGreaterThanOrEqual(before - 5_000);
    expect(stored?.identityDocument.expiresAt).toEqual(Timestamp.fromDate(new Date('2034-01-01T00:00:00Z')));

    const second = await mustCall<SaveTracfinResult>(CALLABLES.saveTracfin, complete(buyer.id), agent.idToken);
    expect(second).toEqual({ complete: true, missing: [] });
    const remarks = await adminDb()
      .collection(paths.history(tenant.tenantId))
      .where('contactIds', 'array-contains', buyer.id)
      .get();
    expect(remarks.docs.map((doc) => [doc.get('type'), doc.get('text'), doc.get('authorUid')])).toEqual([
      ['remark', 'Dossier Tracfin revu', agent.uid],
      ['remark', 'Dossier Tracfin revu', agent.uid],
    ]);
  });

  it('a company buyer needs its beneficial owners', async () => {
    const company = await storeContact(adminDb(), { identityType: 'company', companyName: 'SCI Les Tilleuls' });
    const result = await mustCall<SaveTracfinResult>(CALLABLES.saveTracfin, complete(company.id), agent.idToken);
    expect(result.missing).toEqual(['beneficialOwners']);
  });

  it('refuses a seller: only buyers have a Tracfin file', async () => {
    const seller = await storeContact(adminDb(), { clientType: 'seller' });
    const result = await callCallable(CALLABLES.saveTracfin, complete(seller.id), agent.idToken);
    expect(result).toMatchObject({ ok: false, code: 'failed-precondition' });
  });

  it('in "own" mode an agent who does not see the contact is refused; its agent and the owner are not', async () => {
    const own = await createTenantWithOwner({ agencyName: 'Agence Privée' });
    const mine = await addActiveMember(own, 'agent', 'Mia Mine');
    const notMine = await addActiveMember(own, 'agent', 'Nils NotMine');
    await adminDb()
      .doc(paths.contactsSettings(own.tenantId))
      .set({ visibility: 'own', origins: [], updatedAt: new Date() });
    const ref = adminDb().collection(paths.contacts(own.tenantId)).doc();
    await ref.set(
      contactDoc({
        id: ref.id,
        emails: [{ address: uniqueEmail('own'), label: 'personal' }],
        assignedAgentUid: mine.uid,
      }),
    );
    const refused = await callCallable(CALLABLES.saveTracfin, complete(ref.id), notMine.idToken);
    expect(refused).toMatchObject({ ok: false, code: 'permission-denied' });
    expect(
      (
        await adminDb()
          .doc(paths.buyerFile(own.tenantId, ref.id, 'tracfin'))
          .get()
      ).exists,
    ).toBe(false);
    await mustCall(CALLABLES.saveTracfin, complete(ref.id), mine.idToken);
    await mustCall(CALLABLES.saveTracfin, complete(ref.id), own.owner.idToken);
    // In "shared" mode (the first agency) another agent may.
    const shared = await storeContact(adminDb(), {});
    await mustCall(CALLABLES.saveTracfin, complete(shared.id), otherAgent.idToken);
  });

  it('a contact of another agency is refused as if it did not exist', async () => {
    const rival = await createTenantWithOwner({ agencyName: 'Agence Rivale' });
    const ref = adminDb().collection(paths.contacts(rival.tenantId)).doc();
    await ref.set(contactDoc({ id: ref.id, emails: [{ address: uniqueEmail('rival'), label: 'personal' }] }));
    const refused = await callCallable(CALLABLES.saveTracfin, complete(ref.id), agent.idToken);
    expect(refused).toMatchObject({ ok: false, code: 'permission-denied' });
  });
});
