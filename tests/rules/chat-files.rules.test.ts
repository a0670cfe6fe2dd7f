import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, inject, it } from 'vitest';
import { paths } from '@estate/domain';
import { clientSpaceDocs, contactDoc, storageRulesEnvsOfSuite } from './fixtures';
import { CONTACT, contextOf, OTHER_CONTACT, seed, TENANT, uidOf, type PersonaName } from './rules-env';

// Probed once in the global setup; the suite runs only where storage.rules are really enforced.
const enforced = inject('storageRulesEnforced');

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
const CARL = 'carl';
const file = (threadId: string, name = 'plan.pdf') => paths.chatAttachmentFile(TENANT, threadId, 'm1', 'a1', name);

/**
 * Chat attachments in Storage: the thread's client and the collaborators who see its contact upload,
 * naming themselves; nobody reads one directly (files-download does).
 */
describe.runIf(enforced)('storage.rules: chat attachments', () => {
  const { env, firestoreEnv } = storageRulesEnvsOfSuite();

  beforeEach(async () => {
    await env.clearStorage();
    await firestoreEnv.clearFirestore();
    await seed(firestoreEnv, {
      ...clientSpaceDocs(),
      [paths.contact(TENANT, CARL)]: { ...contactDoc(CARL), assignedAgentUid: 'zoe-agent' },
      [paths.contactsSettings(TENANT)]: { visibility: 'own', origins: [] },
      [paths.thread(TENANT, `${CONTACT}_p1`)]: { contactId: CONTACT, agentUid: uidOf('agent') },
      [paths.thread(TENANT, `${CARL}_general`)]: { contactId: CARL, agentUid: 'zoe-agent' },
      [paths.clientListing(TENANT, `${CONTACT}_p2`)]: { contactId: CONTACT, propertyId: 'p2', status: 'published' },
      [paths.clientListing(TENANT, `${CONTACT}_p3`)]: { contactId: CONTACT, propertyId: 'p3', status: 'draft' },
    });
  });

  const upload = (
    persona: PersonaName,
    path: string,
    contentType = 'application/pdf',
    uploadedBy = persona === 'anonymous' ? 'nobody' : uidOf(persona),
  ) =>
    contextOf(env, persona)
      .storage()
      .ref(path)
      .put(PDF, { contentType, customMetadata: { uploadedBy } })
      .then((snapshot) => snapshot);

  it('the client uploads to their threads and published listings, naming themselves, but reads nothing', async () => {
    await assertSucceeds(upload('client', file(`${CONTACT}_general`)));
    await assertSucceeds(upload('client', file(`${CONTACT}_p1`)));
    await assertSucceeds(upload('client', file(`${CONTACT}_p2`)));
    await assertFails(upload('client', file(`${CONTACT}_p3`)));
    await assertFails(upload('client', file(`${OTHER_CONTACT}_general`)));
    await assertFails(upload('client', file(`${CONTACT}_general`, 'x.svg'), 'image/svg+xml'));
    await assertFails(upload('client', file(`${CONTACT}_general`, 'b.pdf'), 'application/pdf', uidOf('agent')));
    await assertFails(
      contextOf(env, 'client')
        .storage()
        .ref(file(`${CONTACT}_p1`))
        .getMetadata(),
    );
  });

  it('the agent uploads to the threads of contacts they see, not to others', async () => {
    await assertSucceeds(upload('agent', file(`${CONTACT}_p1`)));
    await assertFails(upload('agent', file(`${CARL}_general`)));
    await assertSucceeds(upload('owner', file(`${CARL}_general`)));
  });

  for (const persona of ['partner', 'otherClient', 'otherTenant', 'anonymous'] as const) {
    it(`${persona} uploads to no thread of the client`, async () => {
      await assertFails(upload(persona, file(`${CONTACT}_p1`)));
    });
  }
});
