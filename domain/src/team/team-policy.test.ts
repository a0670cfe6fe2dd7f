import { describe, expect, it } from 'vitest';
import { refuseTeamAction } from './team-policy';

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
