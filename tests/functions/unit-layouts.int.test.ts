import { catalogueLayoutUrl, DEFAULT_BRANDING, paths, removeUnitLayoutContract, type Unit } from '@estate/domain';
import { getStorage } from 'firebase-admin/storage';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutImage } from '../../functions/src/catalogue/layout-image.handler';
import { syncCatalogueUnit } from '../../functions/src/catalogue/sync-catalogue-unit.handler';
import { checkUpload } from '../../functions/src/files/check-upload.handler';
import { bucketFileStore } from '../../functions/src/files/file-store';
import type { Caller } from '../../functions/src/lib/caller';
import type { Deps } from '../../functions/src/lib/deps';
import { removeUnitLayout } from '../../functions/src/projects/remove-unit-layout.handler';
import { adminAuth } from '../support/admin';
import { newBuildTenant, type NewBuildTenant } from './newbuild-fixtures';

// Unit layouts: files-checkUpload's handler renders an upload and sets it on the unit, replacing the
// one before; projects-removeUnitLayout takes it off; catalogue-layoutImage serves it to anybody. The
// files go to a bucket no running trigger watches and the tenant lives on an isolated project, so each
// handler runs alone, as a replayed event would run it again.

const BUCKET = 'unit-layouts-isolated.appspot.com';
const files = () => bucketFileStore(BUCKET);
const bucket = () => getStorage(adminAuth().app).bucket(BUCKET);
const exists = async (path: string) => (await bucket().file(path).exists())[0];
const HOST = 'layouts-sever.example.test';

let tenant: NewBuildTenant;
let manager: Caller;
let agent: Caller;
let png: Buffer;

async function upload(unitId: string, layoutId: string, by: Caller, bytes = png, contentType = 'image/png') {
  const name = paths.unitLayoutOriginal(tenant.tenantId, unitId, layoutId);
  await bucket()
    .file(name)
    .save(bytes, { contentType, resumable: false, metadata: { metadata: { uploadedBy: by.uid } } });
  return checkUpload(
    { db: tenant.db, files: files() },
    { name, contentType, size: bytes.length, metadata: { uploadedBy: by.uid } },
  );
}

const remove = (caller: Caller, unitId: string, layoutId: string) =>
  tenant.callAs<{ status: string }>(
    removeUnitLayoutContract,
    (deps: Deps, who: Caller, input: never) => removeUnitLayout({ ...deps, files: files() }, who, input),
    caller,
    { unitId, layoutId },
  );

const serve = (path: string, options: { host?: string; method?: string } = {}) =>
  layoutImage(
    { db: tenant.db, local: null, files: files() },
    { method: options.method ?? 'GET', path, host: options.host ?? HOST, tenantId: null },
  );

async function storedUnit(number: string): Promise<Unit> {
  return tenant.storeUnit(number);
}

beforeAll(async () => {
  tenant = await newBuildTenant('layouts');
  manager = await tenant.storeMember('manager', 'Мария Менеджер');
  agent = await tenant.storeMember('agent', 'Антон Агент');
  png = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#f1f3f5' } })
    .png()
    .toBuffer();
}, 60_000);

describe('files-checkUpload on unit layouts', { timeout: 60_000 }, () => {
  it("renders a manager's upload and sets it on the unit once, even when the event is replayed", async () => {
    const unit = await storedUnit('101');
    expect(await upload(unit.id, 'L1', manager)).toEqual({ status: 'accepted' });
    const layout = (await tenant.readUnit(unit.id))?.layout;
    expect(layout).toMatchObject({
      id: 'L1',
      originalPath: paths.unitLayoutOriginal(tenant.tenantId, unit.id, 'L1'),
      imagePath: paths.unitLayoutImage(tenant.tenantId, unit.id, 'L1'),
      width: 1200,
      height: 750,
      uploadedBy: manager.uid,
    });
    const image = await sharp((await bucket().file(layout!.imagePath).download())[0]).metadata();
    expect([image.format, image.width, image.height]).toEqual(['webp', 1200, 750]);
    const generation = (await bucket().file(layout!.imagePath).getMetadata())[0].generation;

    const replay = await checkUpload(
      { db: tenant.db, files: files() },
      { name: layout!.originalPath, contentType: 'image/png', size: png.length, metadata: { uploadedBy: manager.uid } },
    );
    expect(replay).toEqual({ status: 'accepted' });
    expect((await tenant.readUnit(unit.id))?.layout).toEqual(layout);
    expect((await bucket().file(layout!.imagePath).getMetadata())[0].generation).toBe(generation);
  });

  it('replaces the layout with a new upload and deletes the files of the one replaced', async () => {
    const unit = await storedUnit('102');
    await upload(unit.id, 'L1', manager);
    await upload(unit.id, 'L2', manager);
    expect((await tenant.readUnit(unit.id))?.layout?.id).toBe('L2');
    expect(await exists(paths.unitLayoutOriginal(tenant.tenantId, unit.id, 'L1'))).toBe(false);
    expect(await exists(paths.unitLayoutImage(tenant.tenantId, unit.id, 'L1'))).toBe(false);
    expect(await exists(paths.unitLayoutImage(tenant.tenantId, unit.id, 'L2'))).toBe(true);
  });

  it('refuses an upload by an agent, an unreadable image and a unit that does not exist, deleting them', async () => {
    const unit = await storedUnit('103');
    expect(await upload(unit.id, 'byAgent', agent)).toMatchObject({ status: 'rejected', reason: 'not-processed' });
    // PNG's first bytes, then nothing an image decoder can read.
    const broken = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(400, 7)]);
    expect(await upload(unit.id, 'broken', manager, broken)).toMatchObject({ status: 'rejected' });
    expect(await upload('no-such-unit', 'orphan', manager)).toMatchObject({ status: 'rejected' });
    // An HTML page claiming to be an image is refused before any rendering.
    expect(await upload(unit.id, 'html', manager, Buffer.from('<html><script>1</script></html>'))).toMatchObject({
      status: 'rejected',
    });
    expect((await tenant.readUnit(unit.id))?.layout).toBeNull();
    for (const [unitId, layoutId] of [
      [unit.id, 'byAgent'],
      [unit.id, 'broken'],
      ['no-such-unit', 'orphan'],
      [unit.id, 'html'],
    ] as const) {
      expect(await exists(paths.unitLayoutOriginal(tenant.tenantId, unitId, layoutId))).toBe(false);
      expect(await exists(paths.unitLayoutImage(tenant.tenantId, unitId, layoutId))).toBe(false);
    }
  });
});

describe('projects-removeUnitLayout', { timeout: 60_000 }, () => {
  it('refuses an agent, then takes the layout off for a manager once, and its files with it', async () => {
    const unit = await storedUnit('201');
    await upload(unit.id, 'L1', manager);
    expect(await remove(agent, unit.id, 'L1')).toMatchObject({
      ok: false,
      code: 'permission-denied',
      details: { reason: 'not-inventory-editor' },
    });
    expect((await tenant.readUnit(unit.id))?.layout?.id).toBe('L1');

    expect(await remove(manager, unit.id, 'L1')).toEqual({ ok: true, data: { status: 'removed' } });
    expect((await tenant.readUnit(unit.id))?.layout).toBeNull();
    expect(await exists(paths.unitLayoutOriginal(tenant.tenantId, unit.id, 'L1'))).toBe(false);
    expect(await exists(paths.unitLayoutImage(tenant.tenantId, unit.id, 'L1'))).toBe(false);
    expect(await remove(manager, unit.id, 'L1')).toEqual({ ok: true, data: { status: 'already-removed' } });
  });

  it('leaves a layout uploaded since the one the caller saw, and says when the unit is gone', async () => {
    const unit = await storedUnit('202');
    await upload(unit.id, 'seen', manager);
    await upload(unit.id, 'newer', manager);
    expect(await remove(manager, unit.id, 'seen')).toEqual({ ok: true, data: { status: 'already-removed' } });
    expect((await tenant.readUnit(unit.id))?.layout?.id).toBe('newer');
    expect(await exists(paths.unitLayoutImage(tenant.tenantId, unit.id, 'newer'))).toBe(true);
    expect(await remove(manager, 'no-such-unit', 'newer')).toMatchObject({
      ok: false,
      details: { reason: 'unit-not-found' },
    });
    expect(await remove(manager, unit.id, '../x')).toMatchObject({ ok: false, code: 'invalid-argument' });
  });
});

describe('catalogue-layoutImage', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    const domain = (host: string, tenantId: string, capabilities: string[]) =>
      tenant.db.doc(paths.domain(host)).set({
        host,
        tenantId,
        app: 'client',
        name: 'Девелопер Север',
        branding: DEFAULT_BRANDING,
        locale: 'ru',
        capabilities,
        updatedAt: new Date(),
      });
    await domain(HOST, tenant.tenantId, ['developer']);
    await domain('layouts-agency.example.test', tenant.tenantId, ['agency']);
  });

  it("serves the unit's current layout to anybody, cached for good, and nothing else", async () => {
    const unit = await storedUnit('301');
    await upload(unit.id, 'old', manager);
    await upload(unit.id, 'current', manager);
    await syncCatalogueUnit({ db: tenant.db }, tenant.tenantId, unit.id);

    const reply = await serve(catalogueLayoutUrl(unit.id, 'current'));
    expect(reply.status).toBe(200);
    expect(reply.headers).toMatchObject({
      'Content-Type': 'image/webp',
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
    expect((await sharp(reply.body as Buffer).metadata()).format).toBe('webp');

    for (const refused of [
      serve(catalogueLayoutUrl(unit.id, 'old')),
      serve(catalogueLayoutUrl('no-such-unit', 'current')),
      serve(`/layouts/${unit.id}/current.png`),
      serve(catalogueLayoutUrl(unit.id, 'current'), { host: 'unknown.example.test' }),
      serve(catalogueLayoutUrl(unit.id, 'current'), { host: 'layouts-agency.example.test' }),
    ]) {
      const answer = await refused;
      expect(answer.status).toBe(404);
      expect(answer.headers['Cache-Control']).toBe('no-store');
    }
    expect((await serve(catalogueLayoutUrl(unit.id, 'current'), { method: 'POST' })).status).toBe(405);

    await remove(manager, unit.id, 'current');
    await syncCatalogueUnit({ db: tenant.db }, tenant.tenantId, unit.id);
    expect((await serve(catalogueLayoutUrl(unit.id, 'current'))).status).toBe(404);
  });
});
