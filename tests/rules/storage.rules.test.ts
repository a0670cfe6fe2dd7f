import { assertFails, assertSucceeds, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, beforeEach, describe, inject, it } from 'vitest';
import { paths } from '@estate/domain';
import { contextOf, createStorageRulesEnv, OTHER_TENANT, TENANT, uidOf, type PersonaName } from './rules-env';

// Probed once in the global setup; the suite runs only where storage.rules are really enforced.
const enforced = inject('storageRulesEnforced');

const TEN_MB = 10 * 1024 * 1024;
const PDF = { contentType: 'application/pdf' };
const PNG = { contentType: 'image/png' };

const uploadPath = (uid: string, file: string, tenantId = TENANT) => `${paths.userUploads(tenantId, uid)}/${file}`;

describe.runIf(enforced)('storage.rules', () => {
  let env: RulesTestEnvironment;

  beforeAll(async () => {
    env = await createStorageRulesEnv();
  });

  afterAll(async () => {
    await env.cleanup();
  });

  /** The client's identity document and the agent's mandate scan, uploaded with the rules off. */
  beforeEach(async () => {
    await env.clearStorage();
    await env.withSecurityRulesDisabled(async (context) => {
      const storage = context.storage();
      await storage.ref(uploadPath(uidOf('client'), 'passport.pdf')).put(new Uint8Array([1, 2, 3]), PDF);
      await storage.ref(uploadPath(uidOf('otherClient'), 'payslip.pdf')).put(new Uint8Array([1, 2, 3]), PDF);
      await storage.ref(uploadPath(uidOf('agent'), 'mandate.pdf')).put(new Uint8Array([1, 2, 3]), PDF);
    });
  });

  const fileOf = (persona: PersonaName, path: string) => contextOf(env, persona).storage().ref(path);
  const upload = (persona: PersonaName, path: string, bytes: Uint8Array, metadata: { contentType: string }) =>
    fileOf(persona, path)
      .put(bytes, metadata)
      .then((snapshot) => snapshot);
  const read = (persona: PersonaName, path: string) => fileOf(persona, path).getMetadata();

  for (const persona of ['owner', 'admin', 'manager', 'agent', 'partner'] as const) {
    describe(persona, () => {
      it('uploads an image and a PDF into its own folder', async () => {
        await assertSucceeds(upload(persona, uploadPath(uidOf(persona), 'photo.png'), new Uint8Array([1]), PNG));
        await assertSucceeds(upload(persona, uploadPath(uidOf(persona), 'deed.pdf'), new Uint8Array([1]), PDF));
      });

      it("cannot upload into somebody else's folder", async () => {
        await assertFails(upload(persona, uploadPath(uidOf('client'), 'photo.png'), new Uint8Array([1]), PNG));
      });

      it("reads a client's upload", async () => {
        await assertSucceeds(read(persona, uploadPath(uidOf('client'), 'passport.pdf')));
      });

      it("cannot read another tenant's uploads", async () => {
        await assertFails(read(persona, uploadPath(uidOf('otherTenant'), 'passport.pdf', OTHER_TENANT)));
      });
    });
  }

  describe('agent', () => {
    it('uploads just under 10 MB, not 10 MB', async () => {
      await assertSucceeds(upload('agent', uploadPath(uidOf('agent'), 'big.pdf'), new Uint8Array(TEN_MB - 1), PDF));
      await assertFails(upload('agent', uploadPath(uidOf('agent'), 'too-big.pdf'), new Uint8Array(TEN_MB), PDF));
    });

    it('cannot upload anything but images and PDF', async () => {
      await assertFails(
        upload('agent', uploadPath(uidOf('agent'), 'page.html'), new Uint8Array([1]), { contentType: 'text/html' }),
      );
      await assertFails(
        upload('agent', uploadPath(uidOf('agent'), 'x.zip'), new Uint8Array([1]), { contentType: 'application/zip' }),
      );
    });

    it('cannot delete an upload, not even its own (left to functions)', async () => {
      await assertFails(fileOf('agent', uploadPath(uidOf('agent'), 'mandate.pdf')).delete());
    });

    it('cannot write outside the upload folders', async () => {
      await assertFails(upload('agent', `tenants/${TENANT}/logo.png`, new Uint8Array([1]), PNG));
      await assertFails(upload('agent', 'probe/x', new Uint8Array([1]), PNG));
    });
  });

  describe('client of this contact', () => {
    it('uploads into its own folder and reads it back', async () => {
      await assertSucceeds(upload('client', uploadPath(uidOf('client'), 'id.png'), new Uint8Array([1]), PNG));
      await assertSucceeds(read('client', uploadPath(uidOf('client'), 'passport.pdf')));
    });

    it("cannot read staff's or another client's uploads", async () => {
      await assertFails(read('client', uploadPath(uidOf('agent'), 'mandate.pdf')));
      await assertFails(read('client', uploadPath(uidOf('otherClient'), 'payslip.pdf')));
    });

    it("cannot upload into another client's folder", async () => {
      await assertFails(upload('client', uploadPath(uidOf('otherClient'), 'id.png'), new Uint8Array([1]), PNG));
    });
  });

  describe('client of another contact', () => {
    it('reads its own upload', async () => {
      await assertSucceeds(read('otherClient', uploadPath(uidOf('otherClient'), 'payslip.pdf')));
    });

    it("cannot read this client's upload", async () => {
      await assertFails(read('otherClient', uploadPath(uidOf('client'), 'passport.pdf')));
    });
  });

  describe('pending user without claims', () => {
    it('cannot upload, not even into a folder named after itself', async () => {
      await assertFails(upload('pending', uploadPath(uidOf('pending'), 'cv.pdf'), new Uint8Array([1]), PDF));
    });

    it('cannot read the uploads', async () => {
      await assertFails(read('pending', uploadPath(uidOf('client'), 'passport.pdf')));
    });
  });

  describe('user of another tenant', () => {
    it('uploads into its folder of its own tenant', async () => {
      await assertSucceeds(
        upload('otherTenant', uploadPath(uidOf('otherTenant'), 'a.png', OTHER_TENANT), new Uint8Array([1]), PNG),
      );
    });

    it('cannot upload into our tenant, although the folder bears its uid', async () => {
      await assertFails(upload('otherTenant', uploadPath(uidOf('otherTenant'), 'a.png'), new Uint8Array([1]), PNG));
    });

    it('cannot read our uploads, although it is an owner', async () => {
      await assertFails(read('otherTenant', uploadPath(uidOf('client'), 'passport.pdf')));
    });
  });

  describe('anonymous', () => {
    it('cannot read or upload', async () => {
      await assertFails(read('anonymous', uploadPath(uidOf('client'), 'passport.pdf')));
      await assertFails(upload('anonymous', uploadPath('anyone', 'a.png'), new Uint8Array([1]), PNG));
    });
  });
});
