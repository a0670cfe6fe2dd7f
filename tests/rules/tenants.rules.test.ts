import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { CURRENCIES, DEFAULT_MAP_SETTINGS, LOCALES, LOGO_MAX_CHARS, paths } from '@estate/domain';
import {
  at,
  clientSpaceDocs,
  company,
  deleteField,
  logoOfLength,
  serverTime,
  tenantDoc,
  firestoreRulesEnvOfSuite,
} from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

const env = firestoreRulesEnvOfSuite();

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.tenant(TENANT)]: tenantDoc(TENANT),
    [paths.tenant(OTHER_TENANT)]: tenantDoc(OTHER_TENANT),
    ...clientSpaceDocs(),
  });
});

const tenantOf = (persona: PersonaName) => dbOf(env, persona).doc(paths.tenant(TENANT));

/** A settings change as the Settings screen sends it: the fields and the server time. */
const settings = (changes: DocData): DocData => ({ ...changes, updatedAt: serverTime() });

const companyWithoutVat = Object.fromEntries(Object.entries(company()).filter(([key]) => key !== 'vatNumber'));

/** One bad value per validation of tenantSettingsSchema; each must be refused. */
const malformed: [string, DocData][] = [
  ['an empty name', { name: '' }],
  ['a name of 81 characters', { name: 'x'.repeat(81) }],
  ['an untrimmed name', { name: ' Acme ' }],
  ['a name that is not a string', { name: 42 }],
  ['a company that is not a map', { company: 'Acme SAS' }],
  ['a company missing a key', { company: companyWithoutVat }],
  ['a company with an extra key', { 'company.iban': 'FR76 3000 6000 0112 3456 7890 189' }],
  ['a legal name of 161 characters', { 'company.legalName': 'x'.repeat(161) }],
  ['an address of 301 characters', { 'company.address': 'x'.repeat(301) }],
  ['a company phone of 41 characters', { 'company.phone': '1'.repeat(41) }],
  ['a company phone that is a number', { 'company.phone': 33123456789 }],
  ['an invalid company email', { 'company.email': 'contact@acme' }],
  ['a registration number of 41 characters', { 'company.registrationNumber': 'x'.repeat(41) }],
  ['a VAT number of 41 characters', { 'company.vatNumber': 'x'.repeat(41) }],
  ['an untrimmed VAT number', { 'company.vatNumber': 'FR123 ' }],
  ['branding that is not a map', { branding: '#1c7ed6' }],
  ['a colour that is a number', { 'branding.primaryColor': 0x1c7ed6 }],
  ['a colour name instead of #rrggbb', { 'branding.primaryColor': 'blue' }],
  ['a 5-digit accent colour', { 'branding.accentColor': '#12345' }],
  ['a non-hex colour', { 'branding.accentColor': '#12345g' }],
  ['an SVG logo', { 'branding.logoDataUrl': 'data:image/svg+xml;base64,PHN2Zz4=' }],
  ['a logo that is not base64', { 'branding.logoDataUrl': 'data:image/png;base64,<script>' }],
  ['a logo over 120 000 characters', { 'branding.logoDataUrl': logoOfLength(LOGO_MAX_CHARS + 1) }],
  ['a logo that is not a string', { 'branding.logoDataUrl': 7 }],
  ['branding without its logo key', { 'branding.logoDataUrl': deleteField() }],
  ['branding with an extra key', { 'branding.font': 'Comic Sans' }],
  ['an unknown locale', { locale: 'de' }],
  ['an unknown currency', { currency: 'JPY' }],
  ['a lower-case country', { country: 'fr' }],
  ['a three-letter country', { country: 'FRA' }],
  ['a numeric country code', { country: 250 }],
  ['no capability at all', { capabilities: [] }],
  ['an unknown capability', { capabilities: ['agency', 'shop'] }],
  ['a capability twice', { capabilities: ['developer', 'developer'] }],
  ['capabilities that are not a list', { capabilities: 'developer' }],
];

/** Fields that belong to functions: createTenant sets them, transferOwnership moves ownerUid. */
const immutable: [string, DocData][] = [
  ['id', { id: 'stolen' }],
  ['slug', { slug: 'stolen' }],
  ['hosts', { 'hosts.client': 'evil.web.app' }],
  ['ownerUid', { ownerUid: uidOf('admin') }],
  ['createdAt', { createdAt: at('2020-01-01T00:00:00Z') }],
  ['an unknown field', { plan: 'enterprise' }],
  ['the map settings (tenancy-saveMapSettings checks the tile host)', { map: { tiles: null } }],
];

for (const persona of ['owner', 'admin'] as const) {
  describe(persona, () => {
    it('reads its tenant', async () => {
      await assertSucceeds(tenantOf(persona).get());
    });

    it('cannot read another tenant', async () => {
      await assertFails(dbOf(env, persona).doc(paths.tenant(OTHER_TENANT)).get());
    });

    it('cannot list the tenants', async () => {
      await assertFails(dbOf(env, persona).collection(paths.tenants()).get());
    });

    it('edits every setting at once', async () => {
      await assertSucceeds(
        tenantOf(persona).update(
          settings({
            name: 'Acme Realty',
            company: { ...company(), email: '', legalName: '' },
            branding: { primaryColor: '#aabbcc', accentColor: '#000000', logoDataUrl: null },
            locale: 'en',
            currency: 'GBP',
            country: 'GB',
          }),
        ),
      );
    });

    it('accepts a logo of exactly 120 000 characters, and each JPEG/WebP logo', async () => {
      await assertSucceeds(
        tenantOf(persona).update(settings({ 'branding.logoDataUrl': logoOfLength(LOGO_MAX_CHARS) })),
      );
      await assertSucceeds(
        tenantOf(persona).update(settings({ 'branding.logoDataUrl': 'data:image/jpeg;base64,/9j/4AAQ' })),
      );
      await assertSucceeds(
        tenantOf(persona).update(settings({ 'branding.logoDataUrl': 'data:image/webp;base64,UklGRg==' })),
      );
    });

    it('accepts every locale and currency of the domain', async () => {
      for (const locale of LOCALES) await assertSucceeds(tenantOf(persona).update(settings({ locale })));
      for (const currency of CURRENCIES) await assertSucceeds(tenantOf(persona).update(settings({ currency })));
    });

    it('chooses the capabilities the tenant runs, one or several', async () => {
      await assertSucceeds(tenantOf(persona).update(settings({ capabilities: ['developer'] })));
      await assertSucceeds(tenantOf(persona).update(settings({ capabilities: ['agency', 'network', 'developer'] })));
    });

    it('saves its information while map settings stand, but never writes them itself', async () => {
      await seed(env, { [paths.tenant(TENANT)]: { ...tenantDoc(TENANT), map: { tiles: null } } });
      await assertSucceeds(tenantOf(persona).update(settings({ name: 'Acme Realty' })));
      await assertFails(tenantOf(persona).update(settings({ map: DEFAULT_MAP_SETTINGS })));
      await assertFails(tenantOf(persona).update(settings({ 'map.tiles': DEFAULT_MAP_SETTINGS.tiles })));
    });

    it('cannot save settings without stamping updatedAt with the request time', async () => {
      await assertFails(tenantOf(persona).update({ name: 'Acme Realty' }));
      await assertFails(tenantOf(persona).update({ name: 'Acme Realty', updatedAt: at('2026-02-01T00:00:00Z') }));
    });

    it.each(malformed)('refuses %s', async (_label, changes) => {
      await assertFails(tenantOf(persona).update(settings(changes)));
    });

    it.each(immutable)('cannot change %s', async (_label, changes) => {
      await assertFails(tenantOf(persona).update(settings(changes)));
    });

    it('cannot edit another tenant', async () => {
      await assertFails(
        dbOf(env, persona)
          .doc(paths.tenant(OTHER_TENANT))
          .update(settings({ name: 'Taken over' })),
      );
    });

    it('cannot create or delete a tenant (tenancy-createTenant only)', async () => {
      await assertFails(
        dbOf(env, persona)
          .doc(paths.tenant('second'))
          .set({ ...tenantDoc('second'), ownerUid: uidOf(persona) }),
      );
      await assertFails(tenantOf(persona).delete());
    });
  });
}

for (const persona of ['manager', 'agent', 'partner'] as const) {
  describe(persona, () => {
    it('reads its tenant', async () => {
      await assertSucceeds(tenantOf(persona).get());
    });

    it('cannot edit the settings (owner and admin only)', async () => {
      await assertFails(tenantOf(persona).update(settings({ name: 'Acme Realty' })));
    });

    it('cannot change the capabilities (owner and admin only)', async () => {
      await assertFails(tenantOf(persona).update(settings({ capabilities: ['agency', 'developer'] })));
    });

    it('cannot make itself the owner', async () => {
      await assertFails(tenantOf(persona).update(settings({ ownerUid: uidOf(persona) })));
    });
  });
}

for (const persona of ['client', 'otherClient'] as const) {
  describe(persona, () => {
    it('reads the tenant that brands its client space', async () => {
      const snapshot = await assertSucceeds(tenantOf(persona).get());
      expect(snapshot.get('name')).toBe('Acme Immobilier');
    });

    it('cannot write the tenant', async () => {
      await assertFails(tenantOf(persona).update(settings({ name: 'Mine now' })));
      await assertFails(tenantOf(persona).update(settings({ capabilities: ['developer'] })));
      await assertFails(tenantOf(persona).delete());
    });
  });
}

describe('pending user without claims', () => {
  it('cannot read the tenant it asked to join', async () => {
    await assertFails(tenantOf('pending').get());
  });

  it('cannot create a tenant of its own with itself as owner (tenancy-createTenant only)', async () => {
    await assertFails(
      dbOf(env, 'pending')
        .doc(paths.tenant('mine'))
        .set({ ...tenantDoc('mine'), ownerUid: uidOf('pending') }),
    );
  });

  it('cannot edit the settings', async () => {
    await assertFails(tenantOf('pending').update(settings({ name: 'Acme Realty' })));
  });
});

describe('user of another tenant', () => {
  it('reads its own tenant', async () => {
    await assertSucceeds(dbOf(env, 'otherTenant').doc(paths.tenant(OTHER_TENANT)).get());
  });

  it('cannot read ours, although it is an owner', async () => {
    await assertFails(tenantOf('otherTenant').get());
  });

  it('cannot edit ours, although it is an owner', async () => {
    await assertFails(tenantOf('otherTenant').update(settings({ name: 'Taken over' })));
  });
});

describe('user whose claims name the tenant but no known role', () => {
  const forged = () => env.authenticatedContext('mallory', { tenantId: TENANT, role: 'superadmin' }).firestore();
  const roleless = () => env.authenticatedContext('mallory', { tenantId: TENANT }).firestore();

  it('cannot read the tenant', async () => {
    await assertFails(forged().doc(paths.tenant(TENANT)).get());
    await assertFails(roleless().doc(paths.tenant(TENANT)).get());
  });

  it('cannot edit the settings', async () => {
    await assertFails(
      forged()
        .doc(paths.tenant(TENANT))
        .update(settings({ name: 'Mallory' })),
    );
  });
});

describe('anonymous', () => {
  it('cannot read a tenant', async () => {
    await assertFails(tenantOf('anonymous').get());
  });

  it('cannot edit a tenant', async () => {
    await assertFails(tenantOf('anonymous').update(settings({ name: 'Taken over' })));
  });
});
