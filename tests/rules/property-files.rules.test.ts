import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, inject, it } from 'vitest';
import { paths } from '@estate/domain';
import { storageRulesEnvsOfSuite } from './fixtures';
import { contextOf, seed, TENANT, uidOf, type PersonaName } from './rules-env';

// Probed once in the global setup; the suite runs only where storage.rules are really enforced.
const enforced = inject('storageRulesEnforced');

const PROPERTY = 'villa';
const GONE = 'deleted-villa';
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
const photo = (photoId: string, propertyId = PROPERTY) => paths.propertyPhotoOriginal(TENANT, propertyId, photoId);
const documentFile = (documentId: string, name = 'dpe.pdf', propertyId = PROPERTY) =>
  paths.propertyDocumentFile(TENANT, propertyId, documentId, name);

/**
 * Property photos and documents in Storage: collaborators upload while the property exists (a photo
 * naming them as its uploader, of an image type; a document of the private files' types); nobody
 * reads, overwrites or deletes one directly (files-download, the photo and document functions do).
 */
describe.runIf(enforced)('storage.rules: property files', () => {
  const { env, firestoreEnv } = storageRulesEnvsOfSuite();

  beforeEach(async () => {
    await env.clearStorage();
    await firestoreEnv.clearFirestore();
    await seed(firestoreEnv, { [paths.property(TENANT, PROPERTY)]: { id: PROPERTY } });
    await env.withSecurityRulesDisabled(async (context) => {
      await context.storage().ref(photo('stored')).put(JPEG, { contentType: 'image/jpeg' });
    });
  });

  const ref = (persona: PersonaName, path: string) => contextOf(env, persona).storage().ref(path);
  const put = (persona: PersonaName, path: string, contentType: string, customMetadata?: Record<string, string>) =>
    ref(persona, path)
      .put(JPEG, { contentType, ...(customMetadata ? { customMetadata } : {}) })
      .then((snapshot) => snapshot);
  const uploadPhoto = (persona: PersonaName, path: string, uploadedBy: string, contentType = 'image/jpeg') =>
    put(persona, path, contentType, { uploadedBy });

  for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
    it(`${persona} uploads a photo naming themselves, and a document`, async () => {
      await assertSucceeds(uploadPhoto(persona, photo(`new-${persona}`), uidOf(persona)));
      await assertSucceeds(put(persona, documentFile(`d-${persona}`), 'application/pdf'));
    });
  }

  for (const persona of ['partner', 'client', 'otherTenant', 'anonymous'] as const) {
    it(`${persona} uploads neither a photo nor a document`, async () => {
      const uploader = persona === 'anonymous' ? uidOf('agent') : uidOf(persona);
      await assertFails(uploadPhoto(persona, photo(`new-${persona}`), uploader));
      await assertFails(put(persona, documentFile(`d-${persona}`), 'application/pdf'));
    });
  }

  it('a photo names its real uploader, is an image the thumbnails can be made of, of a property that exists', async () => {
    await assertFails(uploadPhoto('agent', photo('forged'), uidOf('owner')));
    await assertFails(uploadPhoto('agent', photo('vector'), uidOf('agent'), 'image/svg+xml'));
    await assertFails(uploadPhoto('agent', photo('document'), uidOf('agent'), 'application/pdf'));
    await assertFails(uploadPhoto('agent', photo('orphan', GONE), uidOf('agent')));
    await assertFails(
      uploadPhoto('agent', paths.propertyPhotoThumbnail(TENANT, PROPERTY, 'x', 'small'), uidOf('agent')),
    );
    await assertFails(put('agent', documentFile('d', 'plan.svg'), 'image/svg+xml'));
    await assertFails(put('agent', documentFile('d', 'dpe.pdf', GONE), 'application/pdf'));
  });

  it('nobody reads, overwrites or deletes a stored photo directly', async () => {
    for (const persona of ['owner', 'agent'] as const) {
      await assertFails(ref(persona, photo('stored')).getMetadata());
      await assertFails(ref(persona, photo('stored')).getDownloadURL());
      await assertFails(uploadPhoto(persona, photo('stored'), uidOf(persona)));
      await assertFails(ref(persona, photo('stored')).delete());
    }
  });
});
