import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, it } from 'vitest';
import { aliasHost, paths } from '@estate/domain';
import { domainDoc, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, type PersonaName } from './rules-env';

const HOST = 'acme.web.app';
const RIVAL_HOST = 'rival.web.app';

const env = firestoreRulesEnvOfSuite();

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.domain(HOST)]: domainDoc(HOST),
    [paths.domain(aliasHost('admin', TENANT))]: { ...domainDoc(aliasHost('admin', TENANT)), app: 'admin' },
    [paths.domain(RIVAL_HOST)]: domainDoc(RIVAL_HOST, OTHER_TENANT),
  });
});

describe('anonymous', () => {
  it('gets the branding of a host before signing in', async () => {
    await assertSucceeds(dbOf(env, 'anonymous').doc(paths.domain(HOST)).get());
    await assertSucceeds(
      dbOf(env, 'anonymous')
        .doc(paths.domain(aliasHost('admin', TENANT)))
        .get(),
    );
  });

  it('cannot list the domains (tenants are not enumerable)', async () => {
    await assertFails(dbOf(env, 'anonymous').collection('domains').get());
    await assertFails(dbOf(env, 'anonymous').collection('domains').where('tenantId', '==', TENANT).get());
  });

  it('cannot write a domain', async () => {
    await assertFails(dbOf(env, 'anonymous').doc(paths.domain('evil.web.app')).set(domainDoc('evil.web.app')));
  });
});

describe('other tenant', () => {
  it('gets the public branding of any host, as everybody does', async () => {
    await assertSucceeds(dbOf(env, 'otherTenant').doc(paths.domain(HOST)).get());
  });

  it('cannot point a host of ours at its own tenant', async () => {
    await assertFails(dbOf(env, 'otherTenant').doc(paths.domain(HOST)).update({ tenantId: OTHER_TENANT }));
  });
});

// Only tenancy-createTenant and tenancy-onTenantWritten write domains: no persona may, not even the owner.
const writers: PersonaName[] = ['owner', 'admin', 'manager', 'agent', 'partner', 'client', 'pending'];
for (const persona of writers) {
  describe(persona, () => {
    it('gets a domain', async () => {
      await assertSucceeds(dbOf(env, persona).doc(paths.domain(RIVAL_HOST)).get());
    });

    it('cannot list the domains', async () => {
      await assertFails(dbOf(env, persona).collection('domains').where('tenantId', '==', TENANT).get());
    });

    it('cannot create, update or delete a domain', async () => {
      const db = dbOf(env, persona);
      await assertFails(db.doc(paths.domain('new.web.app')).set(domainDoc('new.web.app')));
      await assertFails(db.doc(paths.domain(HOST)).update({ name: 'Renamed' }));
      await assertFails(db.doc(paths.domain(HOST)).delete());
    });
  });
}
