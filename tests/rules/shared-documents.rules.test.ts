import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { paths, sharedDocumentId } from '@estate/domain';
import { beforeEach, describe, it } from 'vitest';
import { at, clientSpaceDocs, firestoreRulesEnvOfSuite } from './fixtures';
import { CONTACT, dbOf, OTHER_CONTACT, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

// sharedDocuments/{contactId}_{documentId}: documents shared with a client. The client reads their own;
// the collaborators who see the client read them as the client file; only functions write them.

const env = firestoreRulesEnvOfSuite();

const past = at('2026-03-02T10:00:00Z');

function sharedDoc(contactId: string, documentId: string): DocData {
  return {
    id: sharedDocumentId(contactId, documentId),
    contactId,
    source: { kind: 'contact-document', contactId, documentId },
    propertyId: null,
    propertyTitle: null,
    name: 'Offre de prêt.pdf',
    contentType: 'application/pdf',
    size: 1200,
    sharedBy: uidOf('agent'),
    sharedAt: past,
  };
}

const OWN = sharedDocumentId(CONTACT, 'doc1');
const OTHERS = sharedDocumentId(OTHER_CONTACT, 'doc2');
const shareRef = (persona: PersonaName, id: string) => dbOf(env, persona).doc(paths.sharedDocument(TENANT, id));
const sharesOf = (persona: PersonaName, contactId: string) =>
  dbOf(env, persona).collection(paths.sharedDocuments(TENANT)).where('contactId', '==', contactId);

for (const visibility of ['shared', 'own'] as const) {
  describe(`sharedDocuments with clients ${visibility}`, () => {
    beforeEach(async () => {
      await env.clearFirestore();
      await seed(env, {
        [paths.contactsSettings(TENANT)]: { visibility, origins: [], updatedAt: past },
        ...clientSpaceDocs(),
        [paths.sharedDocument(TENANT, OWN)]: sharedDoc(CONTACT, 'doc1'),
        [paths.sharedDocument(TENANT, OTHERS)]: sharedDoc(OTHER_CONTACT, 'doc2'),
      });
    });

    it('a client reads and lists their own shares, never another client’s', async () => {
      await assertSucceeds(shareRef('client', OWN).get());
      await assertSucceeds(sharesOf('client', CONTACT).get());
      await assertFails(shareRef('client', OTHERS).get());
      await assertFails(sharesOf('client', OTHER_CONTACT).get());
      await assertFails(dbOf(env, 'client').collection(paths.sharedDocuments(TENANT)).get());
    });

    it('the assigned agent, the owner and the admin read them as the client file', async () => {
      for (const persona of ['agent', 'owner', 'admin'] as const) {
        await assertSucceeds(shareRef(persona, OWN).get());
        await assertSucceeds(sharesOf(persona, CONTACT).get());
      }
    });

    it(`a manager who is not the client's ${visibility === 'own' ? 'reads none' : 'reads them'}`, async () => {
      if (visibility === 'own') {
        await assertFails(shareRef('manager', OWN).get());
        await assertFails(sharesOf('manager', CONTACT).get());
      } else {
        await assertSucceeds(shareRef('manager', OWN).get());
        await assertSucceeds(sharesOf('manager', CONTACT).get());
      }
    });

    for (const persona of ['partner', 'pending', 'otherTenant', 'anonymous'] as const) {
      it(`${persona} reads none`, async () => {
        await assertFails(shareRef(persona, OWN).get());
        await assertFails(sharesOf(persona, CONTACT).get());
      });
    }

    for (const persona of ['owner', 'admin', 'agent', 'client'] as const) {
      it(`${persona} cannot share, edit or withdraw a document directly`, async () => {
        await assertFails(shareRef(persona, sharedDocumentId(CONTACT, 'doc3')).set(sharedDoc(CONTACT, 'doc3')));
        await assertFails(shareRef(persona, OWN).update({ name: 'Autre.pdf' }));
        await assertFails(shareRef(persona, OWN).delete());
      });
    }
  });
}
