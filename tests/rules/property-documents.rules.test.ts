import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

/**
 * properties/{id}/documents/{id}: a property's private files' metadata. Collaborators read and add them
 * (as they read and edit properties); nobody edits or deletes one (functions do); clients, partners
 * and other agencies read nothing. Every allow has its deny.
 */
const env = firestoreRulesEnvOfSuite();

const PROPERTY = 'villa';
const GONE = 'sold-and-deleted';
const STORED = 'deed';

function record(id: string, persona: PersonaName, propertyId = PROPERTY, tenantId = TENANT): DocData {
  return {
    id,
    name: 'Titre de propriété.pdf',
    category: 'title-deed',
    contentType: 'application/pdf',
    size: 2048,
    storagePath: paths.propertyDocumentFile(tenantId, propertyId, id, 'Titre_de_propriete.pdf'),
    uploadedBy: uidOf(persona),
    uploadedAt: serverTime(),
  };
}

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.property(TENANT, PROPERTY)]: { id: PROPERTY, reference: 'V-00001' },
    [paths.property(OTHER_TENANT, PROPERTY)]: { id: PROPERTY, reference: 'V-00001' },
    [paths.propertyDocument(TENANT, PROPERTY, STORED)]: {
      ...record(STORED, 'agent'),
      uploadedAt: at('2026-01-15T09:00:00Z'),
    },
  });
});

const docRef = (persona: PersonaName, id: string, propertyId = PROPERTY, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.propertyDocument(tenantId, propertyId, id));
const listOf = (persona: PersonaName) =>
  dbOf(env, persona).collection(paths.propertyDocuments(TENANT, PROPERTY)).limit(20);

describe('property documents', () => {
  for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
    it(`${persona} reads and lists them, and adds one`, async () => {
      await assertSucceeds(docRef(persona, STORED).get());
      await assertSucceeds(listOf(persona).get());
      await assertSucceeds(docRef(persona, 'new-one').set(record('new-one', persona)));
    });
  }

  for (const persona of ['partner', 'client', 'otherClient', 'pending', 'otherTenant', 'anonymous'] as const) {
    it(`${persona} neither reads, lists nor adds one`, async () => {
      await assertFails(docRef(persona, STORED).get());
      await assertFails(listOf(persona).get());
      const uploader = persona === 'anonymous' ? 'agent' : persona;
      await assertFails(docRef(persona, 'new-one').set(record('new-one', uploader)));
    });
  }

  it('another agency’s owner does not reach them in their own agency’s path either', async () => {
    await assertSucceeds(
      docRef('otherTenant', 'theirs', PROPERTY, OTHER_TENANT).set(
        record('theirs', 'otherTenant', PROPERTY, OTHER_TENANT),
      ),
    );
    await assertFails(docRef('agent', 'theirs', PROPERTY, OTHER_TENANT).get());
  });

  it('a record is added only for a property that exists, by its uploader, naming its own folder', async () => {
    await assertFails(docRef('agent', 'orphan', GONE).set(record('orphan', 'agent', GONE)));
    await assertFails(docRef('agent', 'forged').set(record('forged', 'manager')));
    await assertFails(
      docRef('agent', 'elsewhere').set({
        ...record('elsewhere', 'agent'),
        storagePath: paths.contactDocumentFile(TENANT, 'anna', 'elsewhere', 'x.pdf'),
      }),
    );
    await assertFails(docRef('agent', 'other-id').set({ ...record('other-id', 'agent'), id: 'not-this' }));
    await assertSucceeds(docRef('agent', 'own').set(record('own', 'agent')));
  });

  it('nobody edits or deletes one (files-deletePropertyDocument does)', async () => {
    for (const persona of ['owner', 'agent'] as const) {
      await assertFails(docRef(persona, STORED).update({ category: 'plans' }));
      await assertFails(docRef(persona, STORED).delete());
    }
  });
});
