import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, inject, it } from 'vitest';
import { paths } from '@estate/domain';
import { storageRulesEnvsOfSuite } from './fixtures';
import { contextOf, seed, TENANT, uidOf, type PersonaName } from './rules-env';

// Probed once in the global setup; the suite runs only where storage.rules are really enforced.
const enforced = inject('storageRulesEnforced');

const UNIT = 'unit-101';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const original = (layoutId: string, unitId = UNIT) => paths.unitLayoutOriginal(TENANT, unitId, layoutId);

/**
 * Unit layouts in Storage: those who edit the inventory upload an image naming themselves while the
 * unit exists; nobody reads, overwrites or deletes one directly (files-download, catalogue-layoutImage
 * and the functions do).
 */
describe.runIf(enforced)('storage.rules: unit layouts', () => {
  const { env, firestoreEnv } = storageRulesEnvsOfSuite();

  beforeEach(async () => {
    await env.clearStorage();
    await firestoreEnv.clearFirestore();
    await seed(firestoreEnv, { [paths.unit(TENANT, UNIT)]: { id: UNIT } });
    await env.withSecurityRulesDisabled(async (context) => {
      await context.storage().ref(original('stored')).put(PNG, { contentType: 'image/png' });
    });
  });

  const ref = (persona: PersonaName, path: string) => contextOf(env, persona).storage().ref(path);
  const upload = (persona: PersonaName, path: string, uploadedBy: string, contentType = 'image/png') =>
    ref(persona, path)
      .put(PNG, { contentType, customMetadata: { uploadedBy } })
      .then((snapshot) => snapshot);

  for (const persona of ['owner', 'admin', 'manager'] as const) {
    it(`${persona} uploads a layout naming themselves`, async () => {
      await assertSucceeds(upload(persona, original(`new-${persona}`), uidOf(persona)));
    });
  }

  for (const persona of ['agent', 'partner', 'client', 'otherTenant', 'anonymous'] as const) {
    it(`${persona} uploads no layout`, async () => {
      const uploader = persona === 'anonymous' ? uidOf('manager') : uidOf(persona);
      await assertFails(upload(persona, original(`new-${persona}`), uploader));
    });
  }

  it('a layout names its real uploader, is an image sharp renders, of a unit that exists', async () => {
    await assertFails(upload('manager', original('forged'), uidOf('owner')));
    await assertFails(upload('manager', original('vector'), uidOf('manager'), 'image/svg+xml'));
    await assertFails(upload('manager', original('document'), uidOf('manager'), 'application/pdf'));
    await assertFails(upload('manager', original('orphan', 'no-such-unit'), uidOf('manager')));
    await assertFails(upload('manager', paths.unitLayoutImage(TENANT, UNIT, 'x'), uidOf('manager'), 'image/webp'));
  });

  it('nobody reads, overwrites or deletes a stored layout directly', async () => {
    for (const persona of ['owner', 'manager', 'anonymous'] as const) {
      await assertFails(ref(persona, original('stored')).getMetadata());
      await assertFails(ref(persona, original('stored')).getDownloadURL());
      await assertFails(upload(persona, original('stored'), uidOf(persona)));
      await assertFails(ref(persona, original('stored')).delete());
    }
  });
});
