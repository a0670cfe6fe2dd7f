// @vitest-environment jsdom
import type { TenantDomain } from '@estate/domain';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getTenantDomain } from '../lib/firebase/domain.repository';
import { loadTenant } from './load-tenant';

vi.mock('../lib/firebase/domain.repository', () => ({ getTenantDomain: vi.fn() }));

const read = vi.mocked(getTenantDomain);
const resolution = { key: 'client.t1.tenant.local', overrideTenantId: 't1' };
const domain: TenantDomain = {
  host: 'client.t1.tenant.local',
  tenantId: 't1',
  app: 'client',
  name: 'Agence Une',
  branding: { primaryColor: '#c2255c', accentColor: '#f08c00', logoDataUrl: null },
  locale: 'ru',
  updatedAt: new Date('2026-01-02T03:04:05Z'),
};

describe('loadTenant', () => {
  beforeEach(() => {
    localStorage.clear();
    read.mockReset();
  });

  it('is ready for a client host', async () => {
    read.mockResolvedValue(domain);
    expect(await loadTenant(resolution)).toEqual({ kind: 'ready', domain });
  });

  it('calls an unknown host, or an admin host, unknown', async () => {
    read.mockResolvedValue(null);
    expect((await loadTenant(resolution)).kind).toBe('unknown');
    read.mockResolvedValue({ ...domain, app: 'admin' });
    expect((await loadTenant(resolution)).kind).toBe('unknown');
  });

  it('opens offline with the branding read last time', async () => {
    read.mockResolvedValue(domain);
    await loadTenant(resolution);
    read.mockRejectedValue(new Error('offline'));
    expect(await loadTenant(resolution)).toEqual({ kind: 'ready', domain });
  });

  it('fails offline when nothing was read before', async () => {
    read.mockRejectedValue(new Error('offline'));
    expect((await loadTenant(resolution)).kind).toBe('failed');
  });
});
