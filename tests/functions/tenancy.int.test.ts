import { aliasHost, CALLABLES, functionPaths, paths, type CreateTenantResult } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { callCallable } from '../support/callables';
import { clientHost, functionsOrigin, projectId, region } from '../support/emulator-env';
import { createTenantWithOwner, TEST_PASSWORD } from '../support/tenants';
import { signIn, signUp, uniqueEmail } from '../support/users';
import { claimsOf, eventually, expectInvalid } from './function-fixtures';

const input = (agencyName: string) => ({
  agencyName,
  displayName: 'Nina Owner',
  locale: 'fr',
  currency: 'EUR',
  country: 'fr',
});

function httpFunction(name: string, query = '', headers: Record<string, string> = {}) {
  return fetch(`${functionsOrigin}/${projectId}/${region}/${name}${query}`, { headers });
}

describe('tenancy-createTenant', () => {
  it('creates the tenant, its owner, its four domains and the owner claims', async () => {
    const email = uniqueEmail('owner');
    const { uid, idToken } = await signUp(email, TEST_PASSWORD);
    const result = await callCallable<CreateTenantResult>(
      CALLABLES.createTenant,
      input('Agence Étoile du Nord'),
      idToken,
    );
    if (!result.ok) throw new Error(result.message);
    const { tenantId, hosts } = result.data;
    expect(hosts.admin).toMatch(/^adminagence-etoile-du-nord(-\d+)?\.web\.app$/);
    expect(hosts.client).toBe(hosts.admin.replace(/^admin/, ''));
    expect(await claimsOf(uid)).toEqual({ tenantId, role: 'owner' });

    const db = adminDb();
    const tenant = (await db.doc(paths.tenant(tenantId)).get()).data();
    expect(tenant).toMatchObject({
      id: tenantId,
      ownerUid: uid,
      name: 'Agence Étoile du Nord',
      country: 'FR',
      locale: 'fr',
    });
    expect(tenant?.company).toEqual({
      legalName: '',
      address: '',
      phone: '',
      email: '',
      registrationNumber: '',
      vatNumber: '',
    });
    const member = (await db.doc(paths.member(tenantId, uid)).get()).data();
    expect(member).toMatchObject({ uid, email, role: 'owner', status: 'active', displayName: 'Nina Owner' });
    for (const [host, app] of [
      [hosts.admin, 'admin'],
      [hosts.client, 'client'],
      [aliasHost('admin', tenantId), 'admin'],
      [aliasHost('client', tenantId), 'client'],
    ] as const) {
      expect((await db.doc(paths.domain(host)).get()).data()).toMatchObject({
        host,
        tenantId,
        app,
        name: 'Agence Étoile du Nord',
        locale: 'fr',
      });
    }
  });

  it('gives a second agency of the same name other hosts', async () => {
    const first = await createTenantWithOwner({ agencyName: 'Agence Doublon' });
    const second = await createTenantWithOwner({ agencyName: 'Agence Doublon' });
    expect(second.hosts.admin).not.toBe(first.hosts.admin);
    expect(second.hosts.admin).toMatch(/^adminagence-doublon-\d+\.web\.app$/);
  });

  it('refuses a caller who already belongs to a tenant, even with a token issued before the claims', async () => {
    const email = uniqueEmail('owner');
    const { idToken: staleToken } = await signUp(email, TEST_PASSWORD);
    const created = await callCallable(CALLABLES.createTenant, input('Agence Unique'), staleToken);
    expect(created.ok).toBe(true);
    const again = await callCallable(CALLABLES.createTenant, input('Agence Encore'), staleToken);
    expect(again).toMatchObject({ ok: false, code: 'failed-precondition' });
    const { idToken } = await signIn(email, TEST_PASSWORD);
    expect(await callCallable(CALLABLES.createTenant, input('Agence Encore'), idToken)).toMatchObject({
      ok: false,
      code: 'failed-precondition',
    });
  });

  it('creates one tenant when the form is submitted twice at once', async () => {
    const { uid, idToken } = await signUp(uniqueEmail('owner'), TEST_PASSWORD);
    const results = await Promise.all([
      callCallable<CreateTenantResult>(CALLABLES.createTenant, input('Agence Double Clic'), idToken),
      callCallable<CreateTenantResult>(CALLABLES.createTenant, input('Agence Double Clic'), idToken),
    ]);
    const tenantIds = new Set(results.flatMap((result) => (result.ok ? [result.data.tenantId] : [])));
    expect(tenantIds.size).toBe(1);
    const owned = await adminDb().collection(paths.tenants()).where('ownerUid', '==', uid).get();
    expect(owned.size).toBe(1);
  });

  it('answers invalid-argument and writes nothing for a bad input', async () => {
    const { uid, idToken } = await signUp(uniqueEmail('owner'), TEST_PASSWORD);
    await expectInvalid(CALLABLES.createTenant, { ...input('Agence'), agencyName: '  ' }, idToken, 'agencyName');
    await expectInvalid(CALLABLES.createTenant, { ...input('Agence'), currency: 'XXX' }, idToken, 'currency');
    await expectInvalid(CALLABLES.createTenant, 'nonsense', idToken, '');
    expect(await claimsOf(uid)).toEqual({});
    expect((await adminDb().doc(functionPaths.tenantCreation(uid)).get()).exists).toBe(false);
  });

  it('asks to sign in first', async () => {
    expect(await callCallable(CALLABLES.createTenant, input('Agence'))).toMatchObject({
      ok: false,
      code: 'unauthenticated',
    });
  });
});

describe('tenancy-onTenantWritten', () => {
  it('mirrors name, branding and locale into the four domains', async () => {
    const { tenantId, hosts } = await createTenantWithOwner();
    const branding = { primaryColor: '#112233', accentColor: '#445566', logoDataUrl: null };
    await adminDb()
      .doc(paths.tenant(tenantId))
      .update({ name: 'Nouveau Nom', branding, locale: 'ru', updatedAt: new Date() });
    for (const host of [hosts.admin, hosts.client, aliasHost('admin', tenantId), aliasHost('client', tenantId)]) {
      await eventually(async () => {
        expect((await adminDb().doc(paths.domain(host)).get()).data()).toMatchObject({
          name: 'Nouveau Nom',
          branding,
          locale: 'ru',
          tenantId,
        });
      });
    }
  });
});

describe('tenancy-webManifest and tenancy-tenantIcon', () => {
  it('serves the manifest of the host asked for', async () => {
    const { hosts } = await createTenantWithOwner({ agencyName: 'Agence Manifeste Longue' });
    const response = await httpFunction('tenancy-webManifest', '', { 'x-forwarded-host': hosts.client.toUpperCase() });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/manifest+json');
    const manifest = (await response.json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: 'Agence Manifeste Longue',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#1c7ed6',
      background_color: '#ffffff',
      lang: 'fr',
    });
    expect(String(manifest.short_name).length).toBeLessThanOrEqual(12);
    expect(manifest.icons).toEqual([
      expect.objectContaining({
        sizes: '192x192',
        purpose: 'any',
        src: expect.stringMatching(/^\/tenant-icon\.png\?v=\d+$/),
      }),
      expect.objectContaining({ sizes: '512x512', purpose: 'any' }),
    ]);
  });

  it('honours ?tenant= on the emulator hosts and answers 404 for an unknown host', async () => {
    const { tenantId } = await createTenantWithOwner({ agencyName: 'Agence Locale' });
    const local = await httpFunction('tenancy-webManifest', `?tenant=${tenantId}`, {
      'x-forwarded-host': clientHost,
    });
    expect(local.status).toBe(200);
    expect(((await local.json()) as { name: string }).name).toBe('Agence Locale');
    const unknown = await httpFunction('tenancy-webManifest', '', { 'x-forwarded-host': 'nobody.example.com' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'unknown host' });
  });

  it('serves the default icon in the primary colour, then the logo once there is one', async () => {
    const { tenantId, hosts } = await createTenantWithOwner({ agencyName: 'Zèbre Immobilier' });
    const svg = await httpFunction('tenancy-tenantIcon', '', { 'x-forwarded-host': hosts.admin });
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(svg.headers.get('cache-control')).toContain('max-age=3600');
    expect(svg.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await svg.text();
    expect(body).toContain('#1c7ed6');
    expect(body).toContain('>Z<');

    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const logoDataUrl = `data:image/png;base64,${png.toString('base64')}`;
    await adminDb()
      .doc(paths.tenant(tenantId))
      .update({ branding: { primaryColor: '#1c7ed6', accentColor: '#f08c00', logoDataUrl }, updatedAt: new Date() });
    await eventually(async () => {
      const logo = await httpFunction('tenancy-tenantIcon', '', { 'x-forwarded-host': hosts.admin });
      expect(logo.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await logo.arrayBuffer())).toEqual(png);
    });
  });
});
