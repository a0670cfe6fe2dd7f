import type { Member } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { decideAccess } from './session-access';

const member = (patch: Partial<Member>): Member => ({
  uid: 'u1',
  email: 'a@b.fr',
  displayName: 'Anne',
  role: 'agent',
  status: 'active',
  locale: 'fr',
  requestedAt: new Date('2026-01-01T10:00:00Z'),
  decidedAt: null,
  decidedBy: null,
  sessionsRevokedAt: null,
  managerUid: null,
  updatedAt: new Date('2026-01-01T10:00:00Z'),
  ...patch,
});

const signIn = Date.parse('2026-01-02T10:00:00Z') / 1000;
const base = { signedIn: true, emailVerified: true, authTimeSeconds: signIn, tenantId: 't1' };

describe('decideAccess', () => {
  it('lets an active collaborator of this tenant in', () => {
    const access = decideAccess({ ...base, claims: { tenantId: 't1', role: 'agent' }, member: member({}) });
    expect(access.kind).toBe('active');
  });

  it('sends clients and other tenants away', () => {
    expect(
      decideAccess({ ...base, claims: { tenantId: 't1', role: 'client', contactId: 'c' }, member: null }).kind,
    ).toBe('client');
    expect(decideAccess({ ...base, claims: { tenantId: 't2', role: 'admin' }, member: undefined }).kind).toBe(
      'other-tenant',
    );
  });

  it('asks an unverified newcomer to open the mailed link, and offers a verified one to ask for access', () => {
    expect(decideAccess({ ...base, emailVerified: false, claims: null, member: null }).kind).toBe('unverified');
    expect(decideAccess({ ...base, claims: null, member: null }).kind).toBe('no-access');
    // A request already made here (before verification was required) keeps its state.
    expect(
      decideAccess({ ...base, emailVerified: false, claims: null, member: member({ status: 'pending', role: null }) })
        .kind,
    ).toBe('pending');
  });

  it('tells pending, rejected and approved-without-claims apart', () => {
    expect(decideAccess({ ...base, claims: null, member: member({ status: 'pending', role: null }) }).kind).toBe(
      'pending',
    );
    expect(decideAccess({ ...base, claims: null, member: member({ status: 'rejected', role: null }) }).kind).toBe(
      'rejected',
    );
    expect(decideAccess({ ...base, claims: null, member: member({ status: 'active' }) }).kind).toBe('entering');
    expect(decideAccess({ ...base, claims: null, member: null }).kind).toBe('no-access');
  });

  it('revokes a session older than the revocation, and a deactivated member at once', () => {
    const claims = { tenantId: 't1', role: 'agent' as const };
    const later = new Date((signIn + 5) * 1000);
    expect(decideAccess({ ...base, claims, member: member({ sessionsRevokedAt: later }) })).toEqual({
      kind: 'revoked',
      reason: 'role-changed',
    });
    expect(decideAccess({ ...base, claims, member: member({ status: 'deactivated' }) })).toEqual({
      kind: 'revoked',
      reason: 'deactivated',
    });
  });

  it('lets nobody in on claims alone, without a member document', () => {
    expect(decideAccess({ ...base, claims: { tenantId: 't1', role: 'admin' }, member: null }).kind).toBe('no-access');
  });

  it('revokes a token whose role is no longer the member role, even without a newer stamp', () => {
    const claims = { tenantId: 't1', role: 'owner' as const };
    expect(decideAccess({ ...base, claims, member: member({ role: 'admin' }) })).toEqual({
      kind: 'revoked',
      reason: 'role-changed',
    });
    expect(decideAccess({ ...base, claims, member: member({ role: 'owner' }) }).kind).toBe('active');
  });
});
