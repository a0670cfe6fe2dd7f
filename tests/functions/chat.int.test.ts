import { CALLABLES, chatMailId, paths, threadIdOf, type Contact, type ReplyToThreadResult } from '@estate/domain';
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { chatContactLifecycle } from '../../functions/src/chat/chat.contact-lifecycle';
import { countMessage } from '../../functions/src/chat/on-message-created.handler';
import { appLinks } from '../../functions/src/lib/app-links';
import type { Deps } from '../../functions/src/lib/deps';
import { adminAuth, adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { storeContactDoc } from '../support/stored-contacts';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';
import { eventually, expectInvalid, isolatedDb } from './function-fixtures';

let tenant: TestTenant;
let agent: TestUser;
let otherAgent: TestUser;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Messagerie' });
  agent = await addActiveMember(tenant, 'agent', 'Alice Agent');
  otherAgent = await addActiveMember(tenant, 'agent', 'Oscar Other');
}, 90_000);

const storeContact = (db: Firestore): Promise<Contact> =>
  storeContactDoc(db, tenant.tenantId, {
    firstName: 'Boris',
    lastName: 'Buyer',
    emails: [{ address: uniqueEmail('chat-client'), label: 'personal' }],
    assignedAgentUid: agent.uid,
  });

describe('chat-onMessageCreated', () => {
  /** Driven on an isolated project with chosen times: no trigger of the running functions races the handler. */
  let db: Firestore;
  let contact: Contact;
  let threadId: string;
  const links = appLinks({ admin: 'http://localhost:5000', client: 'http://localhost:5005' });
  const count = (messageId: string) =>
    countMessage({ db, links, now: () => new Date('2031-02-01T12:00:00Z') }, tenant.tenantId, threadId, messageId);

  const write = (messageId: string, authorKind: 'client' | 'agent', time: string, text = `Message ${messageId}`) =>
    db.doc(paths.threadMessage(tenant.tenantId, threadId, messageId)).set({
      id: messageId,
      authorKind,
      authorUid: authorKind === 'client' ? 'client-uid' : agent.uid,
      text,
      attachments: [],
      createdAt: Timestamp.fromDate(new Date(`2031-02-01T${time}Z`)),
    });

  const mails = (templateId: string) =>
    db
      .collection(paths.mails(tenant.tenantId))
      .where('templateId', '==', templateId)
      .where('templateData.subject', '==', 'Agence Messagerie')
      .get()
      .then((snapshot) => snapshot.docs.filter((doc) => doc.id.startsWith(`chat-${threadId}-`)));

  const thread = async () => (await db.doc(paths.thread(tenant.tenantId, threadId)).get()).data() ?? {};

  beforeAll(async () => {
    db = isolatedDb();
    const copy = async (path: string) => db.doc(path).set((await adminDb().doc(path).get()).data() ?? {});
    await copy(paths.tenant(tenant.tenantId));
    await copy(paths.member(tenant.tenantId, agent.uid));
    contact = await storeContact(db);
    threadId = threadIdOf(contact.id, null);
  });

  it('opens the thread, counts each message once and mails the agent once per quarter hour', async () => {
    await write('q1', 'client', '10:01:00', 'Bonjour,\nle jardin est-il clos ?');
    expect(await count('q1')).toEqual({ outcome: 'counted', mailed: true });
    await write('q2', 'client', '10:09:00');
    expect(await count('q2')).toEqual({ outcome: 'counted', mailed: false });
    // A replayed event: counted already, nothing written or mailed twice.
    expect(await count('q1')).toEqual({ outcome: 'already-counted', mailed: false });
    expect((await mails('chat-question')).map((mail) => mail.id)).toEqual([
      chatMailId(threadId, 'agent', new Date('2031-02-01T10:01:00Z')),
    ]);

    await write('q3', 'client', '10:16:00', 'Et le garage ?');
    expect(await count('q3')).toEqual({ outcome: 'counted', mailed: true });
    const queued = await mails('chat-question');
    expect(queued).toHaveLength(2);
    const first = queued.find((mail) =>
      mail.id.endsWith(String(Math.floor(Date.parse('2031-02-01T10:01:00Z') / 900000))),
    );
    expect(first?.get('to')).toBe(agent.email);
    expect(first?.get('contactId')).toBeNull();
    expect(first?.get('text')).toContain('Boris Buyer');
    expect(first?.get('text')).toContain('Bonjour, le jardin est-il clos ?');
    expect(first?.get('text')).toContain(`http://localhost:5000/messages/${threadId}`);

    const stored = await thread();
    expect(stored).toMatchObject({
      contactId: contact.id,
      propertyId: null,
      contactName: 'Boris Buyer',
      agentUid: agent.uid,
      unreadByAgent: 3,
      unreadByClient: 0,
      lastMessagePreview: 'Et le garage ?',
      lastMessageAuthorKind: 'client',
    });
    expect(stored.lastMessageAt).toEqual(Timestamp.fromDate(new Date('2031-02-01T10:16:00Z')));
  });

  it('two messages of one window counted at once still give one mail', async () => {
    await write('q4', 'client', '11:00:00');
    await write('q5', 'client', '11:05:00');
    const results = await Promise.all([count('q4'), count('q5')]);
    expect(results.filter((result) => result.mailed)).toHaveLength(1);
    expect(await mails('chat-question')).toHaveLength(3);
    expect((await thread()).unreadByAgent).toBe(5);
  });

  it('mails a reply to the client once per window, and not when they turned optional mails off', async () => {
    await write('r1', 'agent', '12:00:00', 'Oui, entièrement clos.');
    await write('r2', 'agent', '12:10:00');
    expect(await count('r1')).toEqual({ outcome: 'counted', mailed: true });
    expect(await count('r2')).toEqual({ outcome: 'counted', mailed: false });
    const replies = await mails('chat-reply');
    expect(replies).toHaveLength(1);
    expect(replies[0]?.get('to')).toBe(contact.emails[0]?.address);
    expect(replies[0]?.get('contactId')).toBe(contact.id);
    expect(replies[0]?.get('text')).toContain('Oui, entièrement clos.');
    expect(replies[0]?.get('text')).toContain('http://localhost:5005/messages/general');
    expect(await thread()).toMatchObject({ unreadByAgent: 0, unreadByClient: 2, lastMessageAuthorKind: 'agent' });

    await db
      .doc(paths.clientPreferences(tenant.tenantId, contact.id))
      .set({ optionalMail: false, updatedAt: Timestamp.now() });
    await write('r3', 'agent', '12:20:00');
    expect(await count('r3')).toEqual({ outcome: 'counted', mailed: false });
    expect(await mails('chat-reply')).toHaveLength(1);
    const skipped = db.doc(
      paths.mail(tenant.tenantId, chatMailId(threadId, 'client', new Date('2031-02-01T12:20:00Z'))),
    );
    expect((await skipped.get()).exists).toBe(false);
    // The client's choice turns off optional mails only: the agent is still mailed of their questions.
    await write('q6', 'client', '12:40:00');
    expect(await count('q6')).toEqual({ outcome: 'counted', mailed: true });
    expect((await thread()).unreadByClient).toBe(0);
  });

  it('places a listing thread by its client listing, and leaves a thread nobody owns unplaced', async () => {
    const propertyId = 'p-chat';
    await db
      .doc(paths.property(tenant.tenantId, propertyId))
      .set({ title: 'Maison avec jardin', reference: 'V-00042' });
    const listingThread = threadIdOf(contact.id, propertyId);
    await db
      .doc(paths.clientListing(tenant.tenantId, listingThread))
      .set({ contactId: contact.id, propertyId, status: 'published' });
    const at = Timestamp.fromDate(new Date('2031-02-01T13:00:00Z'));
    const message = { authorKind: 'client', authorUid: 'client-uid', text: 'Visite ?', attachments: [], createdAt: at };
    await db.doc(paths.threadMessage(tenant.tenantId, listingThread, 'l1')).set({ id: 'l1', ...message });
    const deps = { db, links, now: () => new Date('2031-02-01T13:00:01Z') };
    expect(await countMessage(deps, tenant.tenantId, listingThread, 'l1')).toEqual({
      outcome: 'counted',
      mailed: true,
    });
    expect((await db.doc(paths.thread(tenant.tenantId, listingThread)).get()).data()).toMatchObject({
      propertyId,
      propertyTitle: 'Maison avec jardin',
      propertyReference: 'V-00042',
    });
    const mail = await db.doc(paths.mail(tenant.tenantId, chatMailId(listingThread, 'agent', at.toDate()))).get();
    expect(mail.get('subject')).toContain('V-00042 Maison avec jardin');

    const orphan = `${contact.id}_nowhere`;
    await db.doc(paths.threadMessage(tenant.tenantId, orphan, 'o1')).set({ id: 'o1', ...message });
    expect(await countMessage(deps, tenant.tenantId, orphan, 'o1')).toEqual({ outcome: 'unplaced', mailed: false });
    expect((await db.doc(paths.thread(tenant.tenantId, orphan)).get()).exists).toBe(false);
  });
});

describe('chat-replyToThread', () => {
  let contact: Contact;
  let threadId: string;

  beforeAll(async () => {
    contact = await storeContact(adminDb());
    threadId = threadIdOf(contact.id, null);
  });

  const TRIGGER_WAIT_MS = 45_000;

  it('lets the agent who sees the client reply, then counts and mails it', async () => {
    const input = { threadId, messageId: 'reply-1', text: 'Bonjour Boris, je vous appelle demain.' };
    expect(await mustCall<ReplyToThreadResult>(CALLABLES.replyToThread, input, agent.idToken)).toEqual({
      threadId,
      messageId: 'reply-1',
    });
    // A retried call finds its own message and answers the same.
    expect(await callCallable(CALLABLES.replyToThread, input, agent.idToken)).toMatchObject({ ok: true });
    // The emulator may deliver the event late while it works through the seed's own (45 s at most).
    const thread = await eventually(async () => {
      const data = (await adminDb().doc(paths.thread(tenant.tenantId, threadId)).get()).data();
      expect(data?.unreadByClient).toBe(1);
      return data;
    }, TRIGGER_WAIT_MS);
    expect(thread).toMatchObject({ contactId: contact.id, agentUid: agent.uid, lastMessageAuthorKind: 'agent' });
    const message = await adminDb()
      .doc(paths.threadMessage(tenant.tenantId, threadId, 'reply-1'))
      .get();
    expect(message.get('authorUid')).toBe(agent.uid);
    expect(message.get('countedAt')).toBeInstanceOf(Timestamp);
    const mail = await eventually(async () => {
      const queued = await adminDb()
        .collection(paths.mails(tenant.tenantId))
        .where('to', '==', contact.emails[0]?.address)
        .where('templateId', '==', 'chat-reply')
        .get();
      expect(queued.size).toBe(1);
      return queued.docs[0];
    }, TRIGGER_WAIT_MS);
    expect(mail?.id).toMatch(new RegExp(`^chat-${threadId}-client-\\d+$`));
  }, 120_000);

  it('refuses another text under the same id, a bad attachment path and bad input', async () => {
    const taken = await callCallable(
      CALLABLES.replyToThread,
      { threadId, messageId: 'reply-1', text: 'Autre chose' },
      agent.idToken,
    );
    expect(taken).toMatchObject({ ok: false, reason: 'message-exists' });
    const elsewhere = await callCallable(
      CALLABLES.replyToThread,
      {
        threadId,
        messageId: 'reply-2',
        text: 'Le plan',
        attachments: [
          {
            id: 'a1',
            name: 'plan.pdf',
            contentType: 'application/pdf',
            size: 10,
            storagePath: paths.chatAttachmentFile(tenant.tenantId, 'other_general', 'reply-2', 'a1', 'plan.pdf'),
          },
        ],
      },
      agent.idToken,
    );
    expect(elsewhere).toMatchObject({ ok: false, code: 'invalid-argument', reason: 'attachment-path' });
    await expectInvalid(CALLABLES.replyToThread, { threadId, messageId: 'reply-3', text: '  ' }, agent.idToken, 'text');
    await expectInvalid(
      CALLABLES.replyToThread,
      { threadId, messageId: 'reply-3', text: 'a'.repeat(2001) },
      agent.idToken,
      'text',
    );
  });

  it('refuses a missing thread and an agent who does not see the client', async () => {
    expect(
      await callCallable(
        CALLABLES.replyToThread,
        { threadId: threadIdOf(contact.id, 'no-listing'), messageId: 'x1', text: 'Bonjour' },
        agent.idToken,
      ),
    ).toMatchObject({ ok: false, code: 'not-found', reason: 'thread-not-found' });
    // While clients are shared, every collaborator may answer; once they are "own", only their viewers.
    expect(
      await callCallable(CALLABLES.replyToThread, { threadId, messageId: 'x3', text: 'Bonjour' }, otherAgent.idToken),
    ).toMatchObject({ ok: true });
    await adminDb()
      .doc(paths.contactsSettings(tenant.tenantId))
      .set({ visibility: 'own', origins: [], updatedAt: new Date() });
    try {
      expect(
        await callCallable(CALLABLES.replyToThread, { threadId, messageId: 'x4', text: 'Bonjour' }, otherAgent.idToken),
      ).toMatchObject({ ok: false, code: 'not-found', reason: 'contact-not-found' });
      expect(
        (
          await adminDb()
            .doc(paths.threadMessage(tenant.tenantId, threadId, 'x4'))
            .get()
        ).exists,
      ).toBe(false);
      expect(
        await callCallable(CALLABLES.replyToThread, { threadId, messageId: 'x5', text: 'Bonjour' }, agent.idToken),
      ).toMatchObject({ ok: true });
    } finally {
      await adminDb()
        .doc(paths.contactsSettings(tenant.tenantId))
        .set({ visibility: 'shared', origins: [], updatedAt: new Date() });
    }
  });
});

describe('chat at the erasure of a contact', () => {
  it('deletes their threads with every message, and the general messages of a thread never written', async () => {
    const db = isolatedDb();
    const contactId = 'erased-chat-contact';
    const general = threadIdOf(contactId, null);
    const listing = threadIdOf(contactId, 'p1');
    const other = threadIdOf('someone-else', null);
    const message = (id: string) => ({
      id,
      authorKind: 'client',
      authorUid: 'u',
      text: 'Bonjour',
      attachments: [],
      createdAt: Timestamp.now(),
    });
    await db.doc(paths.thread(tenant.tenantId, listing)).set({ id: listing, contactId });
    await db.doc(paths.threadMessage(tenant.tenantId, listing, 'm1')).set(message('m1'));
    await db.doc(paths.threadMessage(tenant.tenantId, listing, 'm2')).set(message('m2'));
    await db.doc(paths.threadMessage(tenant.tenantId, general, 'm3')).set(message('m3'));
    await db.doc(paths.thread(tenant.tenantId, other)).set({ id: other, contactId: 'someone-else' });
    await db.doc(paths.threadMessage(tenant.tenantId, other, 'm4')).set(message('m4'));

    const counted: Record<string, number> = {};
    const deps: Deps = {
      db,
      auth: adminAuth(),
      links: appLinks({ admin: 'http://localhost:5000', client: 'http://localhost:5005' }),
      now: () => new Date(),
      local: null,
    };
    const erase = () =>
      chatContactLifecycle.erased({
        deps,
        tenantId: tenant.tenantId,
        contactId,
        pending: {
          erasedBy: 'owner',
          erasedByName: 'Owner',
          reason: 'gdpr-request',
          contactKind: 'client',
          requested: true,
          fullName: 'X',
          email: '',
          portalUid: null,
          counts: { contact: 0, subcollections: {}, removed: {} },
        },
        count: (field, removed) => {
          counted[field] = (counted[field] ?? 0) + removed;
          return Promise.resolve();
        },
        countSubcollection: () => Promise.resolve(),
      });
    await erase();
    expect(counted.chatMessages).toBe(3);
    expect((await db.doc(paths.thread(tenant.tenantId, listing)).get()).exists).toBe(false);
    expect((await db.collection(paths.threadMessages(tenant.tenantId, general)).get()).size).toBe(0);
    expect((await db.collection(paths.threadMessages(tenant.tenantId, other)).get()).size).toBe(1);
    // A retried erasure finds nothing more.
    await erase();
    expect(counted.chatMessages).toBe(3);
  });
});
