import { describe, expect, it } from 'vitest';
import { isSessionRevoked, refuseTeamAction, staffTokenStands } from './team-policy';

const owner = { uid: 'o', role: 'owner' as const };
const admin = { uid: 'a', role: 'admin' as const };
const agent = { uid: 'g', role: 'agent' as const };

describe('refuseTeamAction', () => {
  it('lets owner and admin decide a pending request', () => {
    const pending = { uid: 'p', role: null, status: 'pending' as const };
    expect(refuseTeamAction(owner, pending, 'decide')).toBeNull();
    expect(refuseTeamAction(admin, pending, 'decide')).toBeNull();
    expect(refuseTeamAction(agent, pending, 'decide')).toBe('not-team-manager');
  });

  it('refuses to decide twice', () => {
    expect(refuseTeamAction(owner, { uid: 'p', role: 'agent', status: 'active' }, 'decide')).toBe('not-pending');
  });

  it('protects the owner from admins and everybody from themselves', () => {
    const theOwner = { uid: 'o', role: 'owner' as const, status: 'active' as const };
    expect(refuseTeamAction(admin, theOwner, 'change-role')).toBe('cannot-change-owner');
    expect(refuseTeamAction(admin, theOwner, 'deactivate')).toBe('cannot-change-owner');
    expect(refuseTeamAction(admin, { uid: 'a', role: 'admin', status: 'active' }, 'deactivate')).toBe(
      'cannot-change-self',
    );
  });

  it('changes roles and access of active collaborators only', () => {
    const active = { uid: 'x', role: 'agent' as const, status: 'active' as const };
    const off = { uid: 'x', role: 'agent' as const, status: 'deactivated' as const };
    expect(refuseTeamAction(admin, active, 'change-role')).toBeNull();
    expect(refuseTeamAction(admin, off, 'change-role')).toBe('not-active');
    expect(refuseTeamAction(admin, off, 'reactivate')).toBeNull();
    expect(refuseTeamAction(admin, active, 'reactivate')).toBe('not-deactivated');
  });

  it('lets only the owner hand over ownership, to an active collaborator', () => {
    const active = { uid: 'x', role: 'admin' as const, status: 'active' as const };
    expect(refuseTeamAction(owner, active, 'transfer-ownership')).toBeNull();
    expect(refuseTeamAction(admin, active, 'transfer-ownership')).toBe('only-owner');
    expect(refuseTeamAction(owner, { ...active, status: 'pending' }, 'transfer-ownership')).toBe('not-active');
  });
});

describe('staffTokenStands', () => {
  const active = { status: 'active' as const, role: 'admin' as const, sessionsRevokedAt: null };
  const signedInAt = Date.UTC(2026, 11, 6, 9, 0, 0) / 1000;

  it('accepts an active member whose role is the claimed one', () => {
    expect(staffTokenStands(active, 'admin', signedInAt)).toBe(true);
  });

  it('refuses a missing, pending or deactivated member', () => {
    expect(staffTokenStands(null, 'admin', signedInAt)).toBe(false);
    expect(staffTokenStands({ ...active, status: 'pending' }, 'admin', signedInAt)).toBe(false);
    expect(staffTokenStands({ ...active, status: 'deactivated' }, 'admin', signedInAt)).toBe(false);
  });

  it('refuses a token that claims a role the member no longer has', () => {
    expect(staffTokenStands({ ...active, role: 'agent' }, 'admin', signedInAt)).toBe(false);
  });

  it('refuses a token signed in before the sessions were revoked, accepts one signed in after', () => {
    const revokedAt = new Date((signedInAt + 60) * 1000);
    expect(staffTokenStands({ ...active, sessionsRevokedAt: revokedAt }, 'admin', signedInAt)).toBe(false);
    expect(staffTokenStands({ ...active, sessionsRevokedAt: revokedAt }, 'admin', signedInAt + 60)).toBe(true);
    expect(staffTokenStands({ ...active, sessionsRevokedAt: revokedAt }, 'admin', null)).toBe(false);
  });
});

describe('isSessionRevoked', () => {
  const signIn = Date.parse('2026-01-02T10:00:00Z') / 1000;

  it('ignores a revocation in the same second as the sign-in, or before it', () => {
    expect(isSessionRevoked({ sessionsRevokedAt: new Date(signIn * 1000 + 400) }, signIn)).toBe(false);
    expect(isSessionRevoked({ sessionsRevokedAt: new Date((signIn - 60) * 1000) }, signIn)).toBe(false);
  });

  it('counts a revocation in a later second', () => {
    expect(isSessionRevoked({ sessionsRevokedAt: new Date((signIn + 1) * 1000) }, signIn)).toBe(true);
  });
});
