import { describe, expect, it } from 'vitest';
import { resolveHost } from './tenant-host';

describe('resolveHost', () => {
  it('uses the host itself, lower-cased, by default', () => {
    expect(
      resolveHost({ app: 'client', host: 'Agence.web.app', search: '', emulator: false, remembered: null }),
    ).toEqual({
      key: 'agence.web.app',
      overrideTenantId: null,
    });
  });

  it('ignores ?tenant= outside the emulator', () => {
    expect(
      resolveHost({ app: 'client', host: 'a.web.app', search: '?tenant=demo', emulator: false, remembered: 'x' }).key,
    ).toBe('a.web.app');
  });

  it('switches to the alias host with ?tenant= in the emulator', () => {
    expect(
      resolveHost({ app: 'client', host: 'localhost:5005', search: '?tenant=t1', emulator: true, remembered: null }),
    ).toEqual({
      key: 'client.t1.tenant.local',
      overrideTenantId: 't1',
    });
  });

  it('keeps the case of the tenant id, as the alias documents do', () => {
    expect(
      resolveHost({ app: 'client', host: 'localhost:5005', search: '?tenant=8LIneo', emulator: true, remembered: null })
        .key,
    ).toBe('client.8LIneo.tenant.local');
  });

  it('remembers the override for the tab, the query winning over the memory', () => {
    expect(
      resolveHost({ app: 'client', host: 'localhost:5005', search: '', emulator: true, remembered: 't1' })
        .overrideTenantId,
    ).toBe('t1');
    expect(
      resolveHost({ app: 'client', host: 'localhost:5005', search: '?tenant=t2', emulator: true, remembered: 't1' })
        .overrideTenantId,
    ).toBe('t2');
  });

  it('switches to the admin alias host in the admin app', () => {
    expect(
      resolveHost({ app: 'admin', host: 'localhost:5000', search: '?tenant=t1', emulator: true, remembered: null }),
    ).toEqual({
      key: 'admin.t1.tenant.local',
      overrideTenantId: 't1',
    });
  });

  it('refuses a tenant id that could escape the domains collection', () => {
    expect(
      resolveHost({ app: 'client', host: 'localhost:5005', search: '?tenant=../x', emulator: true, remembered: null })
        .key,
    ).toBe('localhost:5005');
  });
});
