import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, inject, it } from 'vitest';
import { paths } from '@estate/domain';
import { storageRulesEnvsOfSuite } from './fixtures';
import { contextOf, seed, TENANT, uidOf, type PersonaName } from './rules-env';

// Probed once in the global setup; the suite runs only where storage.rules are really enforced.
const enforced = inject('storageRulesEnforced');

const PDF = { contentType: 'application/pdf' };
const CONTACT_ID = 'anna';
const file = (documentId: string, name = 'passport.pdf') =>
  paths.contactDocumentFile(TENANT, CONTACT_ID, documentId, name);
/** The folder every user of a tenant could once write (and every staff role read); it is gone. */
const formerUploads = (uid: string) => `tenants/${TENANT}/uploads/${uid}/passport.pdf`;

/**
 * What holds for every private file whatever its kind: nobody reads one directly (files-download
 * does, after its own check), nobody writes outside the known folders. The contact documents' own
 * rules (who uploads what) are in contact-files.rules.test.ts.
 */
describe.runIf(enforced)('storage.rules', () => {
  const { env, firestoreEnv } = storageRulesEnvsOfSuite();

  beforeEach(async () => {
    await env.clearStorage();
    await firestoreEnv.clearFirestore();
    await seed(firestoreEnv, {
      [paths.contact(TENANT, CONTACT_ID)]: { id: CONTACT_ID, assignedAgentUid: uidOf('agent'), sharedWithUids: [] },
    });
    await env.withSecurityRulesDisabled(async (context) => {
      await context
        .storage()
        .ref(file('d1'))
        .put(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), PDF);
      await context
        .storage()
        .ref(formerUploads(uidOf('client')))
        .put(new Uint8Array([1]), PDF);
    });
  });

  const ref = (persona: PersonaName, path: string) => contextOf(env, persona).storage().ref(path);
  const upload = (persona: PersonaName, path: string, metadata: { contentType: string }) =>
    ref(persona, path)
      .put(new Uint8Array([1]), metadata)
      .then((snapshot) => snapshot);

  for (const persona of ['owner', 'admin', 'manager', 'agent', 'partner', 'client', 'anonymous'] as const) {
    it(`${persona} cannot read a private file directly, nor list a folder`, async () => {
      await assertFails(ref(persona, file('d1')).getMetadata());
      await assertFails(ref(persona, file('d1')).getDownloadURL());
      await assertFails(ref(persona, paths.contactFilesPrefix(TENANT, CONTACT_ID)).listAll());
    });
  }

  for (const persona of ['owner', 'agent', 'client'] as const) {
    it(`${persona} neither reads nor writes the former uploads folder`, async () => {
      await assertFails(upload(persona, formerUploads(uidOf(persona)), PDF));
      await assertFails(ref(persona, formerUploads(uidOf('client'))).getMetadata());
    });
  }

  it('the agent who sees the contact uploads a PDF, but not an SVG nor anything outside the known folders', async () => {
    await assertSucceeds(upload('agent', file('d2'), PDF));
    await assertFails(upload('agent', file('d3', 'logo.svg'), { contentType: 'image/svg+xml' }));
    await assertFails(upload('agent', `tenants/${TENANT}/logo.png`, { contentType: 'image/png' }));
    await assertFails(upload('agent', 'probe/x', { contentType: 'image/png' }));
  });

  it('nobody deletes a private file directly: files-deleteContactDocument does, with a history entry', async () => {
    await assertFails(ref('owner', file('d1')).delete());
    await assertFails(ref('agent', file('d1')).delete());
  });
});
