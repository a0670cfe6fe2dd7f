import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, clientSpaceDocs, contactDoc, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import { CONTACT, dbOf, OTHER_CONTACT, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

// threads/{threadId} and their messages: a client reads and writes in their own threads only; staff read
// the threads of the contacts they see and mark them read; agents write through chat-replyToThread.

const env = firestoreRulesEnvOfSuite();

const past = at('2026-01-15T09:00:00Z');
/** A contact of the agency assigned to someone else than the agent persona. */
const CARL = 'carl';

function threadDoc(contactId: string, propertyId: string | null, agentUid = uidOf('agent')): DocData {
  return {
    id: `${contactId}_${propertyId ?? 'general'}`,
    contactId,
    propertyId,
    contactName: contactId,
    propertyTitle: propertyId ? 'Maison' : '',
    propertyReference: propertyId ? 'V-00001' : '',
    agentUid,
    lastMessageAt: past,
    lastMessagePreview: 'Bonjour',
    lastMessageAuthorKind: 'client',
    unreadByAgent: 1,
    unreadByClient: 2,
    agentReadAt: null,
    clientReadAt: null,
    createdAt: past,
    updatedAt: past,
  };
}

function messageDoc(id: string, authorKind: 'client' | 'agent', authorUid: string): DocData {
  return { id, authorKind, authorUid, text: 'Bonjour', attachments: [], createdAt: past, countedAt: past };
}

function listingDoc(contactId: string, propertyId: string, status: 'draft' | 'published'): DocData {
  return { contactId, propertyId, agentUid: uidOf('agent'), status };
}

const annaListing = `${CONTACT}_p1`;
const annaGeneral = `${CONTACT}_general`;
const borisGeneral = `${OTHER_CONTACT}_general`;
const carlGeneral = `${CARL}_general`;

function baseDocs(visibility: 'shared' | 'own'): Record<string, DocData> {
  return {
    ...clientSpaceDocs(),
    [paths.contact(TENANT, CARL)]: { ...contactDoc(CARL), assignedAgentUid: 'zoe-agent' },
    [paths.contactsSettings(TENANT)]: { visibility, origins: [], updatedAt: past },
    [paths.thread(TENANT, annaListing)]: threadDoc(CONTACT, 'p1'),
    [paths.threadMessage(TENANT, annaListing, 'm1')]: messageDoc('m1', 'client', uidOf('client')),
    [paths.thread(TENANT, borisGeneral)]: threadDoc(OTHER_CONTACT, null),
    [paths.threadMessage(TENANT, borisGeneral, 'm1')]: messageDoc('m1', 'client', uidOf('otherClient')),
    [paths.thread(TENANT, carlGeneral)]: threadDoc(CARL, null, 'zoe-agent'),
    [paths.threadMessage(TENANT, carlGeneral, 'm1')]: messageDoc('m1', 'agent', 'zoe-agent'),
    [paths.clientListing(TENANT, `${CONTACT}_p2`)]: listingDoc(CONTACT, 'p2', 'published'),
    [paths.clientListing(TENANT, `${CONTACT}_p3`)]: listingDoc(CONTACT, 'p3', 'draft'),
    [paths.clientListing(TENANT, `${OTHER_CONTACT}_p4`)]: listingDoc(OTHER_CONTACT, 'p4', 'published'),
  };
}

const threads = (persona: PersonaName, tenantId = TENANT) => dbOf(env, persona).collection(paths.threads(tenantId));
const thread = (persona: PersonaName, threadId: string) => dbOf(env, persona).doc(paths.thread(TENANT, threadId));
const messages = (persona: PersonaName, threadId: string) =>
  dbOf(env, persona).collection(paths.threadMessages(TENANT, threadId));

/** A message as the client app writes it. */
function newMessage(threadId: string, id: string, overrides: DocData = {}): DocData {
  return {
    id,
    authorKind: 'client',
    authorUid: uidOf('client'),
    text: 'Le jardin est-il clos ?\nMerci',
    attachments: [],
    createdAt: serverTime(),
    ...overrides,
  };
}

function attachment(threadId: string, messageId: string, id: string, overrides: DocData = {}): DocData {
  return {
    id,
    name: 'plan.pdf',
    contentType: 'application/pdf',
    size: 1000,
    storagePath: paths.chatAttachmentFile(TENANT, threadId, messageId, id, 'plan.pdf'),
    ...overrides,
  };
}

const write = (persona: PersonaName, threadId: string, id: string, overrides: DocData = {}) =>
  messages(persona, threadId)
    .doc(id)
    .set(newMessage(threadId, id, overrides));

describe('threads, the client', () => {
  beforeEach(async () => {
    await env.clearFirestore();
    await seed(env, baseDocs('own'));
  });

  it('reads their own threads and messages, listing only their own', async () => {
    await assertSucceeds(thread('client', annaListing).get());
    await assertSucceeds(threads('client').where('contactId', '==', CONTACT).orderBy('lastMessageAt', 'desc').get());
    await assertSucceeds(messages('client', annaListing).orderBy('createdAt', 'desc').limit(20).get());
    // Their general thread, and a listing's, before the first message: nothing to read, but no refusal.
    await assertSucceeds(thread('client', annaGeneral).get());
    await assertSucceeds(thread('client', `${CONTACT}_p2`).get());
    await assertSucceeds(messages('client', annaGeneral).limit(20).get());
  });

  it('reads no other client’s thread or messages', async () => {
    await assertFails(thread('client', borisGeneral).get());
    await assertFails(thread('client', `${CONTACT}_p3`).get());
    await assertFails(thread('client', `${OTHER_CONTACT}_p4`).get());
    await assertFails(threads('client').get());
    await assertFails(threads('client').where('contactId', '==', OTHER_CONTACT).get());
    await assertFails(messages('client', borisGeneral).get());
    await assertFails(messages('otherClient', annaListing).get());
  });

  it('writes a message in their general thread, a thread of theirs and a listing published to them', async () => {
    await assertSucceeds(write('client', annaGeneral, 'q1'));
    await assertSucceeds(write('client', annaListing, 'q2'));
    await assertSucceeds(write('client', `${CONTACT}_p2`, 'q3'));
    await assertSucceeds(
      write('client', annaListing, 'q4', {
        attachments: [
          attachment(annaListing, 'q4', 'a1'),
          attachment(annaListing, 'q4', 'a2', { contentType: 'image/jpeg', name: 'photo.jpg' }),
        ],
      }),
    );
  });

  it('writes nowhere else: another client’s thread, a draft listing, another client’s listing', async () => {
    await assertFails(write('client', borisGeneral, 'q1'));
    await assertFails(write('client', `${OTHER_CONTACT}_p4`, 'q2'));
    await assertFails(write('client', `${CONTACT}_p3`, 'q3'));
    await assertFails(write('client', `${CONTACT}_p9`, 'q4'));
    await assertFails(write('otherClient', annaGeneral, 'q5', { authorUid: uidOf('otherClient') }));
  });

  it('writes only a well-formed message of their own, now', async () => {
    const bad: DocData[] = [
      { authorKind: 'agent' },
      { authorUid: uidOf('agent') },
      { text: '' },
      { text: '  Bonjour' },
      { text: 'a'.repeat(2001) },
      { createdAt: past },
      { countedAt: past },
      { id: 'other' },
      { attachments: [attachment(annaListing, 'x', 'a1')] },
      { attachments: [attachment(annaListing, 'bad', 'a1', { contentType: 'image/svg+xml' })] },
      { attachments: [attachment(annaListing, 'bad', 'a1', { size: 21 * 1024 * 1024 })] },
      {
        attachments: [1, 2, 3, 4].map((index) => attachment(annaListing, 'bad', `a${index}`)),
      },
    ];
    for (const overrides of bad) {
      await assertFails(write('client', annaListing, 'bad', overrides));
    }
    await assertSucceeds(write('client', annaListing, 'good', { text: 'a'.repeat(2000) }));
  });

  it('never edits nor deletes a message, even their own', async () => {
    await assertFails(messages('client', annaListing).doc('m1').update({ text: 'Autre' }));
    await assertFails(messages('client', annaListing).doc('m1').delete());
  });

  it('marks their thread read, and nothing else of it', async () => {
    await assertSucceeds(thread('client', annaListing).update({ clientReadAt: serverTime(), unreadByClient: 0 }));
    await assertFails(thread('client', annaListing).update({ clientReadAt: serverTime(), unreadByClient: 1 }));
    await assertFails(thread('client', annaListing).update({ clientReadAt: past, unreadByClient: 0 }));
    await assertFails(thread('client', annaListing).update({ agentReadAt: serverTime(), unreadByAgent: 0 }));
    await assertFails(thread('client', annaListing).update({ lastMessagePreview: 'x' }));
    await assertFails(thread('client', borisGeneral).update({ clientReadAt: serverTime(), unreadByClient: 0 }));
    await assertFails(thread('client', annaGeneral).set(threadDoc(CONTACT, null)));
    await assertFails(thread('client', annaListing).delete());
  });
});

const COLLABORATORS = ['owner', 'admin', 'manager', 'agent'] as const;

describe('threads, staff with clients shared', () => {
  beforeEach(async () => {
    await env.clearFirestore();
    await seed(env, baseDocs('shared'));
  });

  for (const persona of COLLABORATORS) {
    it(`${persona} reads every thread and its messages, and lists the inbox`, async () => {
      await assertSucceeds(thread(persona, carlGeneral).get());
      await assertSucceeds(messages(persona, carlGeneral).orderBy('createdAt', 'desc').limit(20).get());
      await assertSucceeds(threads(persona).orderBy('lastMessageAt', 'desc').limit(20).get());
    });

    it(`${persona} marks a thread read on the agency's side only, and writes no message directly`, async () => {
      await assertSucceeds(thread(persona, carlGeneral).update({ agentReadAt: serverTime(), unreadByAgent: 0 }));
      await assertFails(thread(persona, carlGeneral).update({ clientReadAt: serverTime(), unreadByClient: 0 }));
      await assertFails(thread(persona, carlGeneral).update({ agentReadAt: serverTime(), unreadByAgent: 2 }));
      await assertFails(write(persona, carlGeneral, 'r1', { authorKind: 'agent', authorUid: uidOf(persona) }));
      await assertFails(thread(persona, annaGeneral).set(threadDoc(CONTACT, null)));
    });
  }

  for (const persona of ['partner', 'pending', 'otherTenant', 'anonymous'] as const) {
    it(`${persona} reads and writes no thread`, async () => {
      await assertFails(thread(persona, annaListing).get());
      await assertFails(threads(persona).limit(20).get());
      await assertFails(messages(persona, annaListing).get());
      await assertFails(thread(persona, annaListing).update({ agentReadAt: serverTime(), unreadByAgent: 0 }));
    });
  }

  it('the owner of another agency lists nothing here, even with a clause the rules accept', async () => {
    await assertFails(threads('otherTenant', TENANT).where('contactId', '==', CONTACT).get());
    await assertFails(threads('otherTenant', TENANT).where('agentUid', '==', uidOf('otherTenant')).get());
  });
});

describe('threads, staff with clients own', () => {
  beforeEach(async () => {
    await env.clearFirestore();
    await seed(env, baseDocs('own'));
  });

  it('the agent reads the threads of the contacts assigned to them, and lists them by agentUid', async () => {
    await assertSucceeds(thread('agent', annaListing).get());
    await assertSucceeds(messages('agent', annaListing).limit(20).get());
    await assertSucceeds(
      threads('agent').where('agentUid', '==', uidOf('agent')).orderBy('lastMessageAt', 'desc').limit(20).get(),
    );
    await assertSucceeds(threads('agent').where('contactId', '==', CONTACT).limit(20).get());
  });

  it('the agent reads no thread of a contact they do not see, nor the whole inbox', async () => {
    await assertFails(thread('agent', carlGeneral).get());
    await assertFails(messages('agent', carlGeneral).get());
    await assertFails(threads('agent').orderBy('lastMessageAt', 'desc').limit(20).get());
    await assertFails(threads('agent').where('contactId', '==', CARL).limit(20).get());
    await assertFails(thread('agent', carlGeneral).update({ agentReadAt: serverTime(), unreadByAgent: 0 }));
  });

  it('a manager sees the threads of contacts shared with them, not the others', async () => {
    await assertFails(thread('manager', carlGeneral).get());
    await seed(env, {
      [paths.contact(TENANT, CARL)]: {
        ...contactDoc(CARL),
        assignedAgentUid: 'zoe-agent',
        sharedWithUids: [uidOf('manager')],
      },
    });
    await assertSucceeds(thread('manager', carlGeneral).get());
    await assertSucceeds(messages('manager', carlGeneral).get());
  });

  for (const persona of ['owner', 'admin'] as const) {
    it(`${persona} reads every thread and lists the whole inbox`, async () => {
      await assertSucceeds(thread(persona, carlGeneral).get());
      await assertSucceeds(threads(persona).orderBy('lastMessageAt', 'desc').limit(20).get());
    });
  }
});
