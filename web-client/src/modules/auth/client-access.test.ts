import { describe, expect, it } from 'vitest';
import { evaluateClientAccess } from './client-access';

describe('evaluateClientAccess', () => {
  it('lets in a client of the tenant', () => {
    expect(evaluateClientAccess({ tenantId: 't1', role: 'client', contactId: 'c1' }, 't1')).toEqual({
      kind: 'client',
      contactId: 'c1',
    });
  });

  it('points staff of the tenant to the admin app', () => {
    for (const role of ['owner', 'admin', 'manager', 'agent', 'partner'] as const) {
      expect(evaluateClientAccess({ tenantId: 't1', role }, 't1')).toEqual({ kind: 'staff' });
    }
  });

  it('denies a client of another tenant, a client without contact and an account without claims', () => {
    expect(evaluateClientAccess({ tenantId: 't2', role: 'client', contactId: 'c1' }, 't1')).toEqual({ kind: 'denied' });
    expect(evaluateClientAccess({ tenantId: 't2', role: 'owner' }, 't1')).toEqual({ kind: 'denied' });
    expect(evaluateClientAccess({ tenantId: 't1', role: 'client' }, 't1')).toEqual({ kind: 'denied' });
    expect(evaluateClientAccess(null, 't1')).toEqual({ kind: 'denied' });
  });
});
