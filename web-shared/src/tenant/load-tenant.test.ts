import type { TenantDomain } from '@estate/domain';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadTenant, type TenantSource } from './load-tenant';

const read = vi.fn<TenantSource['fetchDomain']>();
const key = 'client.t1.tenant.local';
const client: TenantSource = { app: 'client', fetchDomain: read, keepForOffline: true };
const domain: TenantDomain = {
  host: 'client.t1.tenant.local',
  tenantId: 't1',
  app: 'client',
  name: 'Agence Une',
  branding: { primaryColor: '#c2255c', accentColor: '#f08c00', logoDataUrl: null },
  locale: 'ru',
  capabilities: ['agency'],
  updatedAt: new Date('2026-01-02T03:04:05Z'),
};

describe('loadTenant', () => {
  beforeEach(() => {
    const stored = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (name: string) => stored.get(name) ?? null,
      setItem: (name: string, value: string) => stored.set(name, value),
      removeItem: (name: string) => stored.delete(name),
    });
    read.mockReset();
  });

  it('is ready for a client host', async () => {
    read.mockResolvedValue(domain);
    expect(await loadTenant(key, client)).toEqual({ kind: 'ready', domain });
  });

  it('calls an unknown host, or an admin host, unknown', async () => {
    read.mockResolvedValue(null);
    expect((await loadTenant(key, client)).kind).toBe('unknown');
    read.mockResolvedValue({ ...domain, app: 'admin' });
    expect((await loadTenant(key, client)).kind).toBe('unknown');
  });

  it('opens offline with the branding read last time', async () => {
    read.mockResolvedValue(domain);
    await loadTenant(key, client);
    read.mockRejectedValue(new Error('offline'));
    expect(await loadTenant(key, client)).toEqual({ kind: 'ready', domain });
  });

  it('keeps nothing for an app that does not open offline', async () => {
    const admin: TenantSource = { app: 'admin', fetchDomain: read, keepForOffline: false };
    read.mockResolvedValue({ ...domain, app: 'admin' });
    expect((await loadTenant(key, admin)).kind).toBe('ready');
    read.mockRejectedValue(new Error('offline'));
    expect((await loadTenant(key, admin)).kind).toBe('failed');
  });

  it('fails offline when nothing was read before', async () => {
    read.mockRejectedValue(new Error('offline'));
    expect((await loadTenant(key, client)).kind).toBe('failed');
  });
});
