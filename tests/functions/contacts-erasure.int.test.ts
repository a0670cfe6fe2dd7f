import { randomUUID } from 'node:crypto';
import {
  CALLABLES,
  contactFullName,
  paths,
  type Contact,
  type EraseContactResult,
  type HistoryEntry,
  type Mail,
  type RequestDeletionResult,
  type SetManagerResult,
} from '@estate/domain';
import { getStorage } from 'firebase-admin/storage';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { waitForMail } from '../support/maildev';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';
import { expectInvalid } from './function-fixtures';

const BUCKET = 'demo-estate.appspot.com';

let tenant: TestTenant;
let admin: TestUser;
let manager: TestUser;
let agent: TestUser;
let otherAgent: TestUser;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Effacement' });
  admin = await addActiveMember(tenant, 'admin', 'Adèle Admin');
  manager = await addActiveMember(tenant, 'manager', 'Marc Manager');
  agent = await addActiveMember(tenant, 'agent', 'Sophie Agent');
  otherAgent = await addActiveMember(tenant, 'agent', 'Zoé Agent');
});

const db = () => adminDb();
const t = () => tenant.tenantId;

async function storeContact(overrides: Partial<Contact> = {}): Promise<Contact> {
  const email = uniqueEmail('erasable');
  const contact = contactDoc({
    firstName: 'Héloïse',
    lastName: `Efface${randomUUID().slice(0, 6)}`,
    email,
    phone: '+33612345678',
    assignedAgentUid: agent.uid,
    ...overrides,
  });
  await db().doc(paths.contact(t(), contact.id)).set(contact);
  return contact;
}

async function setVisibility(visibility: 'shared' | 'own') {
  await db().doc(paths.contactsSettings(t())).set({ visibility, origins: [], updatedAt: new Date() });
}

const contactData = async (id: string) => (await db().doc(paths.contact(t(), id)).get()).data();
const erasureCount = async () => (await db().collection(paths.erasures(t())).count().get()).data().count;
const erase = (contact: Contact, idToken: string, requestId = randomUUID()) =>
  callCallable<EraseContactResult>(
    CALLABLES.eraseContact,
    { contactId: contact.id, reason: 'gdpr-request', confirmName: contactFullName(contact), requestId },
    idToken,
  );

describe('contacts-requestDeletion', () => {
  it('keeps the request on the contact and mails the owner and the admins once', async () => {
    const contact = await storeContact();
    const result = await mustCall<RequestDeletionResult>(
      CALLABLES.requestDeletion,
      { contactId: contact.id, reason: 'Le client demande la suppression de ses données.' },
      agent.idToken,
    );
    expect(result.status).toBe('requested');
    expect((await contactData(contact.id))?.deletionRequest).toMatchObject({
      requestedBy: agent.uid,
      reason: 'Le client demande la suppression de ses données.',
    });
    for (const recipient of [tenant.owner, admin]) {
      const mail = await waitForMail({ to: recipient.email, subjectIncludes: contact.lastName });
      expect(mail.text).toContain('Sophie Agent demande la suppression du client');
      expect(mail.text).toContain('/deletion-requests');
    }
    const queued = async () =>
      (await db().collection(paths.mails(t())).where('templateData.contactId', '==', contact.id).get()).size;
    expect(await queued()).toBe(2);

    const again = await mustCall<RequestDeletionResult>(
      CALLABLES.requestDeletion,
      { contactId: contact.id, reason: 'Encore' },
      otherAgent.idToken,
    );
    expect(again.status).toBe('already-requested');
    expect(await queued()).toBe(2);
  });

  it('answers invalid-argument without a reason, and not-found for a contact the agent does not see', async () => {
    const contact = await storeContact({ assignedAgentUid: otherAgent.uid });
    await expectInvalid(CALLABLES.requestDeletion, { contactId: contact.id, reason: '  ' }, agent.idToken, 'reason');
    await setVisibility('own');
    try {
      expect(
        await callCallable(CALLABLES.requestDeletion, { contactId: contact.id, reason: 'Doublon' }, agent.idToken),
      ).toMatchObject({ ok: false, code: 'not-found' });
      expect((await contactData(contact.id))?.deletionRequest).toBeNull();
    } finally {
      await setVisibility('shared');
    }
  });
});

describe('contacts-declineDeletion', () => {
  it('is for owner and admin; clears the request and leaves a remark in the history', async () => {
    const contact = await storeContact();
    await mustCall(CALLABLES.requestDeletion, { contactId: contact.id, reason: 'Doublon' }, agent.idToken);
    expect(
      await callCallable(CALLABLES.declineDeletion, { contactId: contact.id, reason: '' }, agent.idToken),
    ).toMatchObject({ ok: false, code: 'permission-denied' });

    expect(
      await mustCall(CALLABLES.declineDeletion, { contactId: contact.id, reason: 'Vente en cours' }, admin.idToken),
    ).toEqual({ status: 'declined' });
    expect((await contactData(contact.id))?.deletionRequest).toBeNull();
    const history = await db().collection(paths.history(t())).where('contactIds', 'array-contains', contact.id).get();
    expect(history.docs.map((doc) => doc.data())).toEqual([
      expect.objectContaining({
        type: 'remark',
        authorUid: admin.uid,
        text: 'Demande de suppression refusée par Adèle Admin. Motif : Vente en cours',
      }),
    ]);
    expect(await mustCall(CALLABLES.declineDeletion, { contactId: contact.id, reason: '' }, admin.idToken)).toEqual({
      status: 'no-request',
    });
  });
});

/** A mail already delivered, as the mail log keeps it (the delivery trigger leaves it alone). */
function sentMail(contact: Contact): Mail {
  const now = new Date();
  return {
    to: contact.email,
    subject: 'Votre recherche',
    html: `<p>Bonjour ${contact.firstName}</p>`,
    text: `Bonjour ${contact.firstName}`,
    templateId: 'access-decision',
    templateData: { displayName: contact.firstName },
    contactId: contact.id,
    sensitive: false,
    createdAt: now,
    delivery: {
      state: 'SUCCESS',
      attempts: 1,
      leaseExpireAt: null,
      nextAttemptAt: null,
      startedAt: now,
      endedAt: now,
      messageId: '<1@test>',
      error: null,
    },
  };
}

function historyEntry(id: string, contactIds: string[], text: string): HistoryEntry {
  const now = new Date();
  return {
    id,
    type: 'remark',
    occurredAt: now,
    contactIds,
    propertyId: null,
    dealId: null,
    text,
    phase: null,
    authorUid: agent.uid,
    createdAt: now,
  };
}

/** Everything an erasure must remove, around one contact, beside the same for a contact that stays. */
async function seedClientFile(contact: Contact, keep: Contact) {
  const file = getStorage()
    .bucket(BUCKET)
    .file(paths.contactDocumentFile(t(), contact.id, 'doc1', 'passport.pdf'));
  await file.save(Buffer.from('%PDF-1.4 passport'), { contentType: 'application/pdf' });
  const keptFile = getStorage()
    .bucket(BUCKET)
    .file(paths.contactDocumentFile(t(), keep.id, 'doc1', 'id.pdf'));
  await keptFile.save(Buffer.from('%PDF-1.4 id'), { contentType: 'application/pdf' });
  const batch = db().batch();
  batch.set(db().doc(paths.signatory(t(), contact.id, 's1')), { id: 's1', lastName: 'Conjoint' });
  batch.set(db().doc(paths.contactDocument(t(), contact.id, 'doc1')), { id: 'doc1', name: 'passport.pdf' });
  batch.set(db().doc(paths.note(t(), contact.id, 'n1')), { id: 'n1', text: 'Rappeler lundi' });
  batch.set(db().doc(paths.note(t(), contact.id, 'n2')), { id: 'n2', text: 'Budget 300 k€' });
  batch.set(db().doc(paths.buyerFile(t(), contact.id, 'questionnaire')), { budget: 300000 });
  for (const owner of [contact, keep]) {
    batch.set(db().doc(paths.interest(t(), `${owner.id}_p1`)), { contactId: owner.id, propertyId: 'p1' });
    batch.set(db().doc(paths.task(t(), `task-${owner.id}`)), {
      id: `task-${owner.id}`,
      title: `Rappeler ${owner.lastName}`,
      subject: { kind: 'contact', id: owner.id, label: owner.lastName },
    });
    batch.set(db().doc(paths.mail(t(), `mail-${owner.id}`)), sentMail(owner));
  }
  // A notification to the agent naming the person without linking them (as the phase-change mail does),
  // and a mail of another contact that happens to carry the same name.
  batch.set(db().doc(paths.mail(t(), `staff-${contact.id}`)), {
    ...sentMail(contact),
    to: agent.email,
    contactId: null,
    templateData: { contactName: contactFullName(contact) },
  });
  // A note reminder to the agent: private, so linked to no contact, the contact id in its data.
  batch.set(db().doc(paths.mail(t(), `reminder-${contact.id}`)), {
    ...sentMail(contact),
    to: agent.email,
    templateId: 'note-reminder',
    contactId: null,
    templateData: { contactId: contact.id, contactName: 'Rappel' },
  });
  batch.set(db().doc(paths.mail(t(), `namesake-${keep.id}`)), {
    ...sentMail(keep),
    templateData: { contactName: contactFullName(contact) },
  });
  batch.set(db().doc(paths.property(t(), `prop-${contact.id}`)), {
    id: `prop-${contact.id}`,
    sellerContactIds: [contact.id, keep.id],
  });
  batch.set(db().doc(paths.lead(t(), `lead-${contact.id}`)), {
    portal: 'seloger',
    leadId: `L-${contact.id}`,
    contactId: contact.id,
  });
  batch.set(
    db().doc(paths.historyEntry(t(), `alone-${contact.id}`)),
    historyEntry(`alone-${contact.id}`, [contact.id], `Appel ${contact.lastName}`),
  );
  batch.set(
    db().doc(paths.historyEntry(t(), `both-${contact.id}`)),
    historyEntry(`both-${contact.id}`, [contact.id, keep.id], 'Visite à deux'),
  );
  await batch.commit();
}

describe('contacts-eraseContact', () => {
  it('is refused to agents and managers, and to a name typed wrong; nothing is removed', async () => {
    const contact = await storeContact();
    for (const user of [agent, manager]) {
      expect(await erase(contact, user.idToken)).toMatchObject({ ok: false, code: 'permission-denied' });
    }
    expect(
      await callCallable(
        CALLABLES.eraseContact,
        { contactId: contact.id, reason: 'deletion', confirmName: 'Quelqu’un d’autre', requestId: randomUUID() },
        tenant.owner.idToken,
      ),
    ).toMatchObject({ ok: false, code: 'failed-precondition' });
    await expectInvalid(
      CALLABLES.eraseContact,
      { contactId: contact.id, reason: 'because', confirmName: contactFullName(contact), requestId: randomUUID() },
      tenant.owner.idToken,
      'reason',
    );
    expect(await contactData(contact.id)).toBeDefined();
  });

  it('removes the person everywhere, keeps an audit entry without personal data, and logs once on retry', async () => {
    const portalEmail = uniqueEmail('portal');
    const portalUser = await adminAuth().createUser({ email: portalEmail, password: 'Client-pass-2026' });
    const contact = await storeContact({
      email: portalEmail,
      portal: { status: 'active', uid: portalUser.uid, invitedAt: new Date(), invitedBy: agent.uid },
    });
    const keep = await storeContact({ lastName: 'Reste' });
    await seedClientFile(contact, keep);
    await mustCall(CALLABLES.requestDeletion, { contactId: contact.id, reason: 'RGPD' }, agent.idToken);
    const before = await erasureCount();

    const requestId = randomUUID();
    const erased = await erase(contact, admin.idToken, requestId);
    expect(erased.ok).toBe(true);
    if (!erased.ok) return;
    expect(erased.data.counts).toMatchObject({
      contact: 1,
      subcollections: { signatories: 1, documents: 1, notes: 2, buyer: 1 },
      files: 1,
      interests: 1,
      tasks: 1,
      historyDeleted: 1,
      historyUnlinked: 1,
      mails: 5,
      leads: 1,
      properties: 1,
      portalAccount: 1,
    });

    expect(await contactData(contact.id)).toBeUndefined();
    const contactRef = db().doc(paths.contact(t(), contact.id));
    expect(await contactRef.listCollections()).toEqual([]);
    const [files] = await getStorage()
      .bucket(BUCKET)
      .getFiles({ prefix: paths.contactFilesPrefix(t(), contact.id) });
    expect(files).toEqual([]);
    const [keptFiles] = await getStorage()
      .bucket(BUCKET)
      .getFiles({ prefix: paths.contactFilesPrefix(t(), keep.id) });
    expect(keptFiles).toHaveLength(1);
    expect(
      (
        await db()
          .doc(paths.interest(t(), `${contact.id}_p1`))
          .get()
      ).exists,
    ).toBe(false);
    expect(
      (
        await db()
          .doc(paths.interest(t(), `${keep.id}_p1`))
          .get()
      ).exists,
    ).toBe(true);
    expect(
      (
        await db()
          .doc(paths.task(t(), `task-${contact.id}`))
          .get()
      ).exists,
    ).toBe(false);
    expect(
      (
        await db()
          .doc(paths.task(t(), `task-${keep.id}`))
          .get()
      ).exists,
    ).toBe(true);
    expect(
      (
        await db()
          .doc(paths.historyEntry(t(), `alone-${contact.id}`))
          .get()
      ).exists,
    ).toBe(false);
    expect(
      (
        await db()
          .doc(paths.historyEntry(t(), `both-${contact.id}`))
          .get()
      ).get('contactIds'),
    ).toEqual([keep.id]);
    const mails = db().collection(paths.mails(t()));
    expect((await mails.where('contactId', '==', contact.id).get()).size).toBe(0);
    expect((await mails.where('templateData.contactId', '==', contact.id).get()).size).toBe(0);
    expect((await mails.where('contactId', '==', keep.id).get()).size).toBe(2);
    expect(
      (
        await db()
          .doc(paths.mail(t(), `staff-${contact.id}`))
          .get()
      ).exists,
    ).toBe(false);
    // A mail linked to another contact stays even if it carries the same name: only unlinked staff mails go by name.
    expect(
      (
        await db()
          .doc(paths.mail(t(), `namesake-${keep.id}`))
          .get()
      ).exists,
    ).toBe(true);
    const leadAfter = await db()
      .doc(paths.lead(t(), `lead-${contact.id}`))
      .get();
    expect(leadAfter.get('contactId')).toBe('');
    const propertyAfter = await db()
      .doc(paths.property(t(), `prop-${contact.id}`))
      .get();
    expect(propertyAfter.get('sellerContactIds')).toEqual([keep.id]);
    await expect(adminAuth().getUser(portalUser.uid)).rejects.toMatchObject({ code: 'auth/user-not-found' });
    expect(await contactData(keep.id)).toBeDefined();

    expect(await erasureCount()).toBe(before + 1);
    const entry = (await db().doc(paths.erasure(t(), erased.data.erasureId)).get()).data();
    expect(entry).toMatchObject({
      erasedBy: admin.uid,
      erasedByName: 'Adèle Admin',
      reason: 'gdpr-request',
      contactKind: 'client',
      requested: true,
    });
    const stored = JSON.stringify(entry);
    for (const personal of [contact.id, contact.firstName, contact.lastName, contact.email, portalEmail, '612345678']) {
      expect(stored).not.toContain(personal);
    }

    expect(await erase(contact, admin.idToken, requestId)).toMatchObject({ ok: false, code: 'not-found' });
    expect(await erase(contact, tenant.owner.idToken)).toMatchObject({ ok: false, code: 'not-found' });
    expect(await erasureCount()).toBe(before + 1);
  });

  it('erases a contact that has nothing else, files included', async () => {
    const contact = await storeContact();
    const erased = await erase(contact, tenant.owner.idToken);
    expect(erased).toMatchObject({ ok: true, data: { counts: { contact: 1, files: 0, subcollections: {} } } });
    expect(await contactData(contact.id)).toBeUndefined();
  });
});

describe('team-setManager', () => {
  it('gives an agent a manager, copied onto every contact of the agent, and takes it away', async () => {
    const mine = [await storeContact(), await storeContact()];
    const theirs = await storeContact({ assignedAgentUid: otherAgent.uid });
    const set = await mustCall<SetManagerResult>(
      CALLABLES.setManager,
      { uid: agent.uid, managerUid: manager.uid },
      admin.idToken,
    );
    expect(set.managerUid).toBe(manager.uid);
    expect((await db().doc(paths.member(t(), agent.uid)).get()).get('managerUid')).toBe(manager.uid);
    for (const contact of mine) expect((await contactData(contact.id))?.managerUid).toBe(manager.uid);
    expect((await contactData(theirs.id))?.managerUid).toBeNull();

    const again = await mustCall<SetManagerResult>(
      CALLABLES.setManager,
      { uid: agent.uid, managerUid: manager.uid },
      tenant.owner.idToken,
    );
    expect(again.contactsUpdated).toBe(0);

    await mustCall(CALLABLES.setManager, { uid: agent.uid, managerUid: null }, tenant.owner.idToken);
    expect((await db().doc(paths.member(t(), agent.uid)).get()).get('managerUid')).toBeNull();
    for (const contact of mine) expect((await contactData(contact.id))?.managerUid).toBeNull();
  });

  it('refuses a manager who is not an active manager, a member who is not an agent, and non-admins', async () => {
    expect(
      await callCallable(CALLABLES.setManager, { uid: agent.uid, managerUid: otherAgent.uid }, admin.idToken),
    ).toMatchObject({ ok: false, code: 'failed-precondition' });
    expect(
      await callCallable(CALLABLES.setManager, { uid: agent.uid, managerUid: 'nobody' }, admin.idToken),
    ).toMatchObject({ ok: false, code: 'failed-precondition' });
    expect(
      await callCallable(CALLABLES.setManager, { uid: manager.uid, managerUid: manager.uid }, admin.idToken),
    ).toMatchObject({ ok: false, code: 'failed-precondition' });
    expect(
      await callCallable(CALLABLES.setManager, { uid: agent.uid, managerUid: manager.uid }, manager.idToken),
    ).toMatchObject({ ok: false, code: 'permission-denied' });
    await expectInvalid(CALLABLES.setManager, { uid: agent.uid }, admin.idToken, 'managerUid');
    expect((await db().doc(paths.member(t(), agent.uid)).get()).get('managerUid') ?? null).toBeNull();
  });
});
