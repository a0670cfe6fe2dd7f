import {
  CALLABLES,
  MAP_TILE_PRESETS,
  ORIGINS_MAX,
  paths,
  savePipelineSettingsInputSchema,
  type ContactsSettingsInput,
  type MapSettings,
  type PipelineSettings,
} from '@estate/domain';
import { FieldValue } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { PIPELINE_SETTINGS_FIXTURES } from '../rules/schema-parity.fixtures';
import { adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { expectInvalid } from './function-fixtures';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

// Settings › Clients and Settings › Phases are written by callables: their lists of maps (origins,
// history types) are checked element by element with the domain's schemas, which the rules could not do.

let tenant: TestTenant;
let admin: TestUser;
let manager: TestUser;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Réglages' });
  admin = await addActiveMember(tenant, 'admin', 'Adèle Admin');
  manager = await addActiveMember(tenant, 'manager', 'Marc Manager');
});

describe('contacts-updateContactsSettings', () => {
  const stored = async () => (await adminDb().doc(paths.contactsSettings(tenant.tenantId)).get()).data();
  const change = (user: TestUser, value: unknown) =>
    callCallable<ContactsSettingsInput>(CALLABLES.updateContactsSettings, { change: value }, user.idToken);

  it('adds, renames and deactivates origins and switches the visibility, one change at a time', async () => {
    await mustCall(
      CALLABLES.updateContactsSettings,
      { change: { kind: 'add-origin', label: 'Bouche-à-oreille' } },
      admin.idToken,
    );
    await mustCall(
      CALLABLES.updateContactsSettings,
      { change: { kind: 'rename-origin', originId: 'bouche-a-oreille', label: 'Recommandation' } },
      tenant.owner.idToken,
    );
    await mustCall(
      CALLABLES.updateContactsSettings,
      { change: { kind: 'set-origin-active', originId: 'bouche-a-oreille', active: false } },
      admin.idToken,
    );
    const saved = await change(admin, { kind: 'visibility', visibility: 'own' });
    const expected = {
      visibility: 'own',
      origins: [{ id: 'bouche-a-oreille', label: 'Recommandation', active: false }],
    };
    expect(saved).toEqual({ ok: true, data: expected });
    expect(await stored()).toMatchObject(expected);
  });

  it('keeps both origins when two admins add one at the same time', async () => {
    await Promise.all([
      mustCall(CALLABLES.updateContactsSettings, { change: { kind: 'add-origin', label: 'Panneau' } }, admin.idToken),
      mustCall(
        CALLABLES.updateContactsSettings,
        { change: { kind: 'add-origin', label: 'Site web' } },
        tenant.owner.idToken,
      ),
    ]);
    const labels = ((await stored())?.origins as { label: string }[]).map((origin) => origin.label);
    expect(labels).toEqual(expect.arrayContaining(['Panneau', 'Site web']));
  });

  it('refuses a manager, a duplicate name, an unknown origin and a bad label, and writes nothing', async () => {
    const before = await stored();
    expect(await change(manager, { kind: 'visibility', visibility: 'shared' })).toMatchObject({
      ok: false,
      code: 'permission-denied',
    });
    expect(await change(admin, { kind: 'add-origin', label: 'panneau' })).toMatchObject({
      ok: false,
      code: 'failed-precondition',
      message: 'Another origin already has this name.',
    });
    expect(await change(admin, { kind: 'rename-origin', originId: 'salon', label: 'Salon' })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    for (const bad of [
      { kind: 'add-origin', label: ' ' },
      { kind: 'add-origin', label: 'x'.repeat(61) },
      { kind: 'rename-origin', originId: 'site web', label: 'Site' },
      { kind: 'visibility', visibility: 'team' },
    ]) {
      expect(await change(admin, bad), JSON.stringify(bad)).toMatchObject({ ok: false, code: 'invalid-argument' });
    }
    expect(await stored()).toEqual(before);
  });

  it(`refuses an origin beyond ${ORIGINS_MAX}`, async () => {
    const full = await createTenantWithOwner({ agencyName: 'Agence Pleine' });
    const origins = Array.from({ length: ORIGINS_MAX }, (_, index) => ({
      id: `origin-${index}`,
      label: `Origine ${index}`,
      active: true,
    }));
    await adminDb()
      .doc(paths.contactsSettings(full.tenantId))
      .set({ visibility: 'shared', origins, updatedAt: FieldValue.serverTimestamp() });
    expect(await change(full.owner, { kind: 'add-origin', label: 'Une de trop' })).toMatchObject({
      ok: false,
      code: 'failed-precondition',
    });
  });
});

describe('pipeline-savePipelineSettings', () => {
  const ref = () => adminDb().doc(paths.pipelineSettings(tenant.tenantId));
  const save = (user: TestUser, settings: unknown) =>
    callCallable<PipelineSettings>(CALLABLES.savePipelineSettings, { settings }, user.idToken);

  it('saves every well-formed settings document', async () => {
    for (const fixture of PIPELINE_SETTINGS_FIXTURES.valid) {
      expect(await save(admin, fixture.value), fixture.name).toMatchObject({ ok: true });
      expect((await ref().get()).data(), fixture.name).toMatchObject(fixture.value);
    }
  });

  it('refuses the elements the rules could not check, and writes nothing', async () => {
    await mustCall(
      CALLABLES.savePipelineSettings,
      { settings: PIPELINE_SETTINGS_FIXTURES.valid[1]?.value },
      admin.idToken,
    );
    const before = (await ref().get()).data();
    for (const fixture of PIPELINE_SETTINGS_FIXTURES.gaps ?? []) {
      expect(await save(admin, fixture.value), fixture.name).toMatchObject({ ok: false, code: 'invalid-argument' });
    }
    expect((await ref().get()).data()).toEqual(before);
  });

  it('never stores a malformed document as sent: refused, or saved as the schema normalises it', async () => {
    for (const fixture of PIPELINE_SETTINGS_FIXTURES.invalid) {
      const before = (await ref().get()).data();
      const result = await save(admin, fixture.value);
      if (result.ok) {
        // A name with spaces around it is saved trimmed: the schema's output, not what was sent.
        const normalised = savePipelineSettingsInputSchema.parse({ settings: fixture.value }).settings;
        expect(normalised, fixture.name).not.toEqual(fixture.value);
        expect((await ref().get()).data(), fixture.name).toMatchObject(normalised);
      } else {
        expect(result.code, fixture.name).toBe('invalid-argument');
        expect((await ref().get()).data(), fixture.name).toEqual(before);
      }
    }
  });

  it('refuses a manager', async () => {
    expect(await save(manager, PIPELINE_SETTINGS_FIXTURES.valid[0]?.value)).toMatchObject({
      ok: false,
      code: 'permission-denied',
    });
  });
});

describe('tenancy-saveMapSettings', () => {
  const storedTenant = async () => (await adminDb().doc(paths.tenant(tenant.tenantId)).get()).data();
  const save = (user: TestUser, map: unknown) =>
    callCallable<MapSettings>(CALLABLES.saveMapSettings, { map }, user.idToken);

  it('saves a preset, then no tiles, on the tenant, and nothing else of it', async () => {
    const before = await storedTenant();
    const osmFrance = { tiles: MAP_TILE_PRESETS['osm-fr'] };
    expect(await save(admin, osmFrance)).toEqual({ ok: true, data: osmFrance });
    expect((await storedTenant())?.map).toEqual(osmFrance);
    expect(await save(tenant.owner, { tiles: null })).toEqual({ ok: true, data: { tiles: null } });
    const after = await storedTenant();
    expect(after?.map).toEqual({ tiles: null });
    expect({ ...after, map: undefined, updatedAt: undefined }).toEqual({
      ...before,
      map: undefined,
      updatedAt: undefined,
    });
  });

  it('saving the same settings again gives the same settings', async () => {
    const osm = { tiles: MAP_TILE_PRESETS.osm };
    await mustCall(CALLABLES.saveMapSettings, { map: osm }, admin.idToken);
    await mustCall(CALLABLES.saveMapSettings, { map: osm }, admin.idToken);
    expect((await storedTenant())?.map).toEqual(osm);
  });

  it('refuses a tile host the apps cannot load, a template without its placeholders and a credit in HTML link form', async () => {
    const tiles = MAP_TILE_PRESETS.osm;
    await expectInvalid(
      CALLABLES.saveMapSettings,
      { map: { tiles: { ...tiles, urlTemplate: 'https://tiles.example.com/{z}/{x}/{y}.png' } } },
      admin.idToken,
      'tile host not allowed',
    );
    await expectInvalid(
      CALLABLES.saveMapSettings,
      { map: { tiles: { ...tiles, urlTemplate: 'https://tile.openstreetmap.org/{z}/{x}.png' } } },
      admin.idToken,
      'must contain {z}, {x} and {y}',
    );
    await expectInvalid(
      CALLABLES.saveMapSettings,
      { map: { tiles: { ...tiles, attributionUrl: 'javascript:alert(1)' } } },
      admin.idToken,
      'https',
    );
    expect((await storedTenant())?.map).toEqual({ tiles: MAP_TILE_PRESETS.osm });
  });

  it('is refused to a manager', async () => {
    const result = await save(manager, { tiles: null });
    expect(result).toMatchObject({ ok: false, code: 'permission-denied', reason: 'not-team-manager' });
    expect((await storedTenant())?.map).toEqual({ tiles: MAP_TILE_PRESETS.osm });
  });
});
