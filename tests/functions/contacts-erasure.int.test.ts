import { randomUUID } from 'node:crypto';
import {
  CALLABLES,
  contactFullName,
  erasureTotals,
  interestId,
  paths,
  readClaims,
  type Contact,
  type EraseContactInput,
  type EraseContactResult,
  type HistoryEntry,
  type Mail,
  type RequestDeletionResult,
  type SavePropertyResult,
  type SetManagerResult,
} from '@estate/domain';
import type { Firestore, Timestamp } from 'firebase-admin/firestore';
import { getStorage } from 'firebase-admin/storage';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ERASURE_STALL_MS,
  erasureIdOf,
  finishStalledErasures,
  startErasure,
} from '../../functions/src/contacts/erase-contact.handler';
import { inviteClient } from '../../functions/src/contacts/invite-client.handler';
import { mergeContacts } from '../../functions/src/contacts/merge-contacts.handler';
import { appLinks } from '../../functions/src/lib/app-links';
import type { Caller } from '../../functions/src/lib/caller';
import type { Deps } from '../../functions/src/lib/deps';
import { linkContact } from '../../functions/src/pipeline/link-contact.handler';
import { applyHistoryEntry } from '../../functions/src/pipeline/on-history-created.handler';
import { adminAuth, adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { storeContactDoc } from '../support/stored-contacts';
import { waitForMail } from '../support/maildev';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';
import { claimsOf, expectInvalid } from './function-fixtures';

const BUCKET = 'demo-estate.appspot.com';

// The erasure's clean-up, driven here by finishStalledErasures, deletes files from the default app's
// bucket, which the support's default app names.

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

const storeContact = (overrides: Partial<Contact> = {}): Promise<Contact> =>
  storeContactDoc(db(), t(), {
    firstName: 'Héloïse',
    lastName: `Efface${randomUUID().slice(0, 6)}`,
    email: uniqueEmail('erasable'),
    phone: '+33612345678',
    assignedAgentUid: agent.uid,
    ...overrides,
  });

async function setVisibility(visibility: 'shared' | 'own') {
  await db().doc(paths.contactsSettings(t())).set({ visibility, origins: [], updatedAt: new Date() });
}

const contactData = async (id: string) => (await db().doc(paths.contact(t(), id)).get()).data();
const erasureCount = async () => (await db().collection(paths.erasures(t())).count().get()).data().count;
const tombstoneOf = async (id: string) => (await db().doc(paths.erasedContact(t(), id)).get()).data();
const erase = (contact: Contact, idToken: string, requestId: string = randomUUID()) =>
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
  // The contact's copies of its history entries (history-onEntryWritten) and its client projection.
  batch.set(db().doc(paths.contactHistoryEntry(t(), contact.id, `alone-${contact.id}`)), { text: 'Appel' });
  batch.set(db().doc(paths.contactHistoryEntry(t(), contact.id, `both-${contact.id}`)), { text: 'Visite à deux' });
  batch.set(db().doc(paths.clientProfile(t(), contact.id)), { firstName: contact.firstName });
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
  // What the client space holds about them: a listing published to them, their action on it, a document
  // shared with them and their preferences.
  batch.set(db().doc(paths.clientListing(t(), `${contact.id}_prop-${contact.id}`)), {
    id: `${contact.id}_prop-${contact.id}`,
    contactId: contact.id,
    propertyId: `prop-${contact.id}`,
  });
  batch.set(db().doc(paths.listingAction(t(), `action-${contact.id}`)), { contactId: contact.id, kind: 'reject' });
  batch.set(db().doc(paths.sharedDocument(t(), `${contact.id}_doc`)), {
    id: `${contact.id}_doc`,
    contactId: contact.id,
  });
  batch.set(db().doc(paths.clientPreferences(t(), contact.id)), { optionalMail: false, updatedAt: new Date() });
  batch.set(db().doc(paths.clientPlace(t(), `${contact.id}_0`)), { id: `${contact.id}_0`, contactId: contact.id });
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

  it('removes the person everywhere, keeps an audit entry without personal data, and answers a retry the same', async () => {
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
      removed: {
        'contact-file': { files: 1 },
        pipeline: { interests: 1 },
        tasks: { tasks: 1 },
        history: { historyDeleted: 1, historyUnlinked: 1 },
        mail: { mails: 5 },
        leads: { leads: 1 },
        properties: { properties: 1 },
        'client-space': { portalAccount: 1 },
        listings: { clientListings: 1 },
        files: { sharedDocuments: 1 },
        places: { clientPlaces: 1 },
      },
    });
    for (const path of [
      paths.clientListing(t(), `${contact.id}_prop-${contact.id}`),
      paths.listingAction(t(), `action-${contact.id}`),
      paths.sharedDocument(t(), `${contact.id}_doc`),
      paths.clientPreferences(t(), contact.id),
      paths.clientPlace(t(), `${contact.id}_0`),
    ]) {
      expect((await db().doc(path).get()).exists, path).toBe(false);
    }

    expect(await contactData(contact.id)).toBeUndefined();
    const contactRef = db().doc(paths.contact(t(), contact.id));
    expect(await contactRef.listCollections()).toEqual([]);
    expect((await db().doc(paths.clientProfile(t(), contact.id)).get()).exists).toBe(false);
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
    // The tombstone stays, done, with nothing about the person but the contact id it is stored under.
    const tombstone = await tombstoneOf(contact.id);
    expect(tombstone).toMatchObject({ erasureId: erased.data.erasureId, pending: null });
    for (const personal of [contact.firstName, contact.lastName, contact.email, portalEmail, portalUser.uid]) {
      expect(JSON.stringify(tombstone)).not.toContain(personal);
    }

    // The same request again (a network retry) gets the same answer; another one finds nobody.
    expect(await erase(contact, admin.idToken, requestId)).toEqual(erased);
    expect(await erase(contact, tenant.owner.idToken)).toMatchObject({ ok: false, code: 'not-found' });
    expect(await erasureCount()).toBe(before + 1);
  });

  it('erases a contact that has nothing else, files included', async () => {
    const contact = await storeContact();
    const erased = await erase(contact, tenant.owner.idToken);
    expect(erased).toMatchObject({ ok: true, data: { counts: { contact: 1, subcollections: {} } } });
    if (erased.ok) expect(erasureTotals(erased.data.counts).files ?? 0).toBe(0);
    expect(await contactData(contact.id)).toBeUndefined();
  });
});

describe('contacts-eraseContact: races and retries', () => {
  let propertyId: string;
  let ownerCaller: Caller;
  let agentCaller: Caller;
  const deps = (): Deps => ({
    db: db(),
    auth: adminAuth(),
    links: appLinks(null),
    now: () => new Date(),
    local: null,
  });
  const input = (contact: Contact, requestId = randomUUID()): EraseContactInput => ({
    contactId: contact.id,
    reason: 'gdpr-request',
    confirmName: contactFullName(contact),
    requestId,
  });
  /** A visit to the property naming the contact, as pipeline-onHistoryCreated receives it. */
  const visit = (contactId: string): HistoryEntry => {
    const now = new Date();
    return {
      id: randomUUID().replace(/-/g, '').slice(0, 20),
      type: 'visit',
      occurredAt: now,
      authorUid: agent.uid,
      contactIds: [contactId],
      propertyId,
      dealId: null,
      text: '',
      phase: null,
      createdAt: now,
    };
  };
  const interestOf = (contactId: string) => db().doc(paths.interest(t(), interestId(contactId, propertyId)));
  const historyNaming = async (contactId: string) =>
    (await db().collection(paths.history(t())).where('contactIds', 'array-contains', contactId).get()).size;

  beforeAll(async () => {
    const property = await mustCall<SavePropertyResult>(
      CALLABLES.saveProperty,
      {
        propertyId: null,
        requestId: randomUUID().replace(/-/g, '').slice(0, 20),
        property: {
          dealType: 'sale',
          title: 'Appartement lumineux',
          propertyType: 'apartment',
          address: { postalCode: '75011', city: 'Paris' },
          price: 420000,
          surface: 70,
          rooms: 3,
          status: 'online',
          sellerContactIds: [],
          assignedAgentUid: agent.uid,
        },
      },
      agent.idToken,
    );
    propertyId = property.propertyId;
    ownerCaller = {
      uid: tenant.owner.uid,
      email: tenant.owner.email,
      claims: readClaims(await claimsOf(tenant.owner.uid)),
    };
    agentCaller = { uid: agent.uid, email: agent.email, claims: readClaims(await claimsOf(agent.uid)) };
  });

  it('deletes the contact first, so a link or a history action arriving during the clean-up writes nothing', async () => {
    const contact = await storeContact();
    const request = input(contact);
    const started = await startErasure(deps(), ownerCaller, request, erasureIdOf(t(), request.requestId));
    expect(started).toMatchObject({ state: 'erasing' });
    expect(await contactData(contact.id)).toBeUndefined();
    expect(await tombstoneOf(contact.id)).toMatchObject({ pending: { fullName: contactFullName(contact) } });

    // What pipeline-linkContact and pipeline-onHistoryCreated would do while the clean-up runs.
    await expect(
      linkContact(deps(), agentCaller, { contactId: contact.id, propertyId, phase: null }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await applyHistoryEntry(deps(), t(), visit(contact.id))).toEqual(['gone']);
    expect((await interestOf(contact.id).get()).exists).toBe(false);
    expect(await historyNaming(contact.id)).toBe(0);

    const finished = await erase(contact, admin.idToken, request.requestId);
    expect(finished).toMatchObject({ ok: true, data: { counts: { contact: 1 } } });
    if (finished.ok) expect(erasureTotals(finished.data.counts).interests ?? 0).toBe(0);
    expect((await interestOf(contact.id).get()).exists).toBe(false);
    expect(await tombstoneOf(contact.id)).toMatchObject({ pending: null });
  });

  it('finishes an erasure that stopped after deleting the contact, with one audit entry counting everything', async () => {
    const contact = await storeContact();
    const keep = await storeContact({ lastName: 'Reste' });
    await seedClientFile(contact, keep);
    const before = await erasureCount();
    const first = input(contact);
    const started = await startErasure(deps(), ownerCaller, first, erasureIdOf(t(), first.requestId));
    if (started.state !== 'erasing') throw new Error('the erasure did not start');
    // The call died here: the contact is gone, its client file not yet.
    expect(await contactData(contact.id)).toBeUndefined();
    expect(
      (
        await db()
          .doc(paths.note(t(), contact.id, 'n1'))
          .get()
      ).exists,
    ).toBe(true);
    expect(await erasureCount()).toBe(before);

    // A new dialog (another request) with the name confirmed finishes the same erasure.
    const mistyped = await callCallable(
      CALLABLES.eraseContact,
      { ...input(contact), confirmName: 'Quelqu’un d’autre' },
      admin.idToken,
    );
    expect(mistyped).toMatchObject({ ok: false, code: 'failed-precondition' });
    const resumed = await erase(contact, admin.idToken);
    expect(resumed).toMatchObject({
      ok: true,
      data: {
        erasureId: started.erasureId,
        counts: {
          contact: 1,
          subcollections: { signatories: 1, documents: 1, notes: 2, buyer: 1 },
          removed: {
            'contact-file': { files: 1 },
            pipeline: { interests: 1 },
            tasks: { tasks: 1 },
            history: { historyDeleted: 1, historyUnlinked: 1 },
            leads: { leads: 1 },
            properties: { properties: 1 },
          },
        },
      },
    });
    expect(await db().doc(paths.contact(t(), contact.id)).listCollections()).toEqual([]);
    expect((await db().doc(paths.clientProfile(t(), contact.id)).get()).exists).toBe(false);
    expect(
      (
        await db()
          .doc(paths.interest(t(), `${contact.id}_p1`))
          .get()
      ).exists,
    ).toBe(false);
    expect(await historyNaming(contact.id)).toBe(0);
    expect(await erasureCount()).toBe(before + 1);
    expect(await tombstoneOf(contact.id)).toMatchObject({ erasureId: started.erasureId, pending: null });

    // The first request, retried at last, gets the finished erasure's answer and logs nothing more.
    expect(await erase(contact, tenant.owner.idToken, first.requestId)).toEqual(resumed);
    expect(await erasureCount()).toBe(before + 1);
  });

  it('finishes on schedule an erasure whose call died and that nobody called again', async () => {
    const contact = await storeContact();
    const keep = await storeContact({ lastName: 'Reste' });
    await seedClientFile(contact, keep);
    const before = await erasureCount();
    const request = input(contact);
    const started = await startErasure(deps(), ownerCaller, request, erasureIdOf(t(), request.requestId));
    if (started.state !== 'erasing') throw new Error('the erasure did not start');

    // A call may still be running: too early, the schedule leaves it.
    const startedAt = (await tombstoneOf(contact.id))?.startedAt as Timestamp;
    await finishStalledErasures(deps(), new Date(startedAt.toMillis() + ERASURE_STALL_MS / 2));
    expect(await tombstoneOf(contact.id)).toMatchObject({ completedAt: null });
    expect(
      (
        await db()
          .doc(paths.note(t(), contact.id, 'n1'))
          .get()
      ).exists,
    ).toBe(true);

    expect(await finishStalledErasures(deps(), new Date(startedAt.toMillis() + ERASURE_STALL_MS + 1))).toBeGreaterThan(
      0,
    );
    expect(await tombstoneOf(contact.id)).toMatchObject({ erasureId: started.erasureId, pending: null });
    expect(await db().doc(paths.contact(t(), contact.id)).listCollections()).toEqual([]);
    const [files] = await getStorage()
      .bucket(BUCKET)
      .getFiles({ prefix: paths.contactFilesPrefix(t(), contact.id) });
    expect(files).toEqual([]);
    expect(await historyNaming(contact.id)).toBe(0);
    expect(await erasureCount()).toBe(before + 1);
    const entry = (await db().doc(paths.erasure(t(), started.erasureId)).get()).data();
    expect(entry).toMatchObject({
      erasedBy: tenant.owner.uid,
      counts: { contact: 1, subcollections: { notes: 2 }, removed: { 'contact-file': { files: 1 } } },
    });
  });

  it('leaves nothing behind when links and history actions run at the same time as the erasure', async () => {
    const contact = await storeContact();
    let erasing = true;
    const racing = async () => {
      while (erasing) {
        await Promise.allSettled([
          linkContact(deps(), agentCaller, { contactId: contact.id, propertyId, phase: null }),
          applyHistoryEntry(deps(), t(), visit(contact.id)),
        ]);
      }
    };
    const racers = [racing(), racing()];
    const erased = await erase(contact, tenant.owner.idToken);
    erasing = false;
    await Promise.all(racers);
    expect(erased.ok).toBe(true);
    expect(await contactData(contact.id)).toBeUndefined();
    expect((await interestOf(contact.id).get()).exists).toBe(false);
    expect(await historyNaming(contact.id)).toBe(0);
    const mails = await db()
      .collection(paths.mails(t()))
      .where('templateData.contactName', '==', contactFullName(contact))
      .get();
    expect(mails.size).toBe(0);
  });

  /** A Firestore whose `nth` transaction is preceded by the start of an erasure (the contact deleted). */
  function erasingBefore(nth: number, request: EraseContactInput): Firestore {
    let transactions = 0;
    return new Proxy(db(), {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (property !== 'runTransaction' || typeof value !== 'function') {
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        }
        return async (...args: Parameters<Firestore['runTransaction']>) => {
          transactions += 1;
          if (transactions === nth) {
            await startErasure(deps(), ownerCaller, request, erasureIdOf(t(), request.requestId));
          }
          return target.runTransaction(...args);
        };
      },
    });
  }

  it('stops a merge into a contact erased meanwhile: nothing moves onto the erased contact', async () => {
    const keep = await storeContact();
    const merged = await storeContact({ lastName: 'Fusionné' });
    const entryId = `merged-${merged.id}`;
    await db()
      .doc(paths.historyEntry(t(), entryId))
      .set(historyEntry(entryId, [merged.id], 'Appel'));
    await db()
      .doc(paths.note(t(), merged.id, 'n1'))
      .set({ id: 'n1', text: 'Rappeler' });
    const request = input(keep);
    // The merge has checked both contacts; the kept one is erased before it moves anything.
    await expect(
      mergeContacts({ ...deps(), db: erasingBefore(2, request) }, agentCaller, { keepId: keep.id, mergeId: merged.id }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect((await db().doc(paths.historyEntry(t(), entryId)).get()).get('contactIds')).toEqual([merged.id]);
    expect(
      (
        await db()
          .doc(paths.note(t(), merged.id, 'n1'))
          .get()
      ).exists,
    ).toBe(true);

    expect(await erase(keep, admin.idToken, request.requestId)).toMatchObject({ ok: true });
    expect(await db().doc(paths.contact(t(), keep.id)).listCollections()).toEqual([]);
    expect(await contactData(merged.id)).toBeDefined();
  });

  it('removes the client-space account an invitation opened while the erasure deleted the contact', async () => {
    const email = uniqueEmail('invitee');
    const contact = await storeContact({ email, emails: [{ address: email, label: 'personal' }] });
    const request = input(contact);
    // The invitation has read the contact and opens the account; the erasure starts before it records it.
    const erasingMeanwhile = erasingBefore(2, request);
    await expect(
      inviteClient({ ...deps(), db: erasingMeanwhile }, agentCaller, { contactId: contact.id }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await expect(adminAuth().getUserByEmail(email)).rejects.toMatchObject({ code: 'auth/user-not-found' });

    expect(await erase(contact, admin.idToken, request.requestId)).toMatchObject({ ok: true });
    const invitations = await db().collection(paths.mails(t())).where('to', '==', email).get();
    expect(invitations.size).toBe(0);
  });

  it('does not bring an imported contact back when its import chunk is sent again', async () => {
    const email = uniqueEmail('importe');
    const importId = `imp_${randomUUID().slice(0, 8)}`;
    const chunk = {
      importId,
      rows: [{ row: 2, values: { Nom: 'Importé', Email: email, Type: 'acheteur' } }],
      headerMap: { Nom: 'lastName', Email: 'emails', Type: 'clientType' },
      duplicatePolicy: 'skip',
    };
    const imported = await mustCall<{ results: Array<{ status: string; contactId?: string }> }>(
      CALLABLES.importContacts,
      chunk,
      agent.idToken,
    );
    const contactId = imported.results[0]?.contactId ?? '';
    const contact = (await contactData(contactId)) as Contact;
    expect(contact).toBeDefined();
    expect((await erase(contact, admin.idToken)).ok).toBe(true);

    const again = await mustCall<{ results: Array<{ status: string; contactId?: string }> }>(
      CALLABLES.importContacts,
      chunk,
      agent.idToken,
    );
    expect(again.results).toEqual([{ row: 2, status: 'imported' }]);
    expect(await contactData(contactId)).toBeUndefined();
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
