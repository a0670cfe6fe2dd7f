import { describe, expect, it } from 'vitest';
import { capabilitiesSchema, hasCapability, withCapabilities, type Capability } from './capabilities';
import { tenantSchema } from './tenant.schema';

const entries: Array<{ to: string; capability?: Capability }> = [
  { to: '/clients' },
  { to: '/properties', capability: 'agency' },
  { to: '/promotions', capability: 'developer' },
  { to: '/network', capability: 'network' },
];

describe('withCapabilities', () => {
  it('keeps untagged entries and those of the capabilities the tenant runs', () => {
    expect(withCapabilities(entries, ['agency']).map((entry) => entry.to)).toEqual(['/clients', '/properties']);
    expect(withCapabilities(entries, ['developer']).map((entry) => entry.to)).toEqual(['/clients', '/promotions']);
    expect(withCapabilities(entries, ['agency', 'developer']).map((entry) => entry.to)).toEqual([
      '/clients',
      '/properties',
      '/promotions',
    ]);
  });

  it('answers for one entry', () => {
    expect(hasCapability(['agency'], undefined)).toBe(true);
    expect(hasCapability(['agency'], 'developer')).toBe(false);
    expect(hasCapability(['network', 'developer'], 'developer')).toBe(true);
  });
});

describe('capabilitiesSchema', () => {
  it('needs at least one and each once, and keeps them in one order', () => {
    expect(capabilitiesSchema.safeParse([]).success).toBe(false);
    expect(capabilitiesSchema.safeParse(['agency', 'agency']).success).toBe(false);
    expect(capabilitiesSchema.safeParse(['shop']).success).toBe(false);
    expect(capabilitiesSchema.parse(['developer', 'agency'])).toEqual(['agency', 'developer']);
  });

  it('reads a tenant stored before capabilities existed as an agency', () => {
    const stored = {
      id: 't1',
      slug: 't1',
      hosts: { admin: 'a', client: 'c' },
      ownerUid: 'u1',
      name: 'Agence',
      company: {},
      branding: { primaryColor: '#112233', accentColor: '#445566', logoDataUrl: null },
      locale: 'fr',
      currency: 'EUR',
      country: 'FR',
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    expect(tenantSchema.parse(stored).capabilities).toEqual(['agency']);
  });
});
