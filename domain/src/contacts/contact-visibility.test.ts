import { describe, expect, it } from 'vitest';
import { canChangeContactHolder, canSeeContact, ownContactsClauses } from './contact-visibility';

const contact = { assignedAgentUid: 'alex', sharedWithUids: ['sam'], managerUid: 'mia' };

describe('canSeeContact', () => {
  it('lets every collaborator see every contact in shared mode, but not partners or clients', () => {
    for (const role of ['owner', 'admin', 'manager', 'agent'] as const) {
      expect(canSeeContact('shared', { uid: 'zoe', role }, contact)).toBe(true);
    }
    expect(canSeeContact('shared', { uid: 'zoe', role: 'partner' }, contact)).toBe(false);
    expect(canSeeContact('shared', { uid: 'zoe', role: 'client' }, contact)).toBe(false);
    expect(canSeeContact('shared', { uid: 'zoe', role: null }, contact)).toBe(false);
  });

  it('in own mode: owner and admin all, an agent assigned or shared, a manager also their team', () => {
    expect(canSeeContact('own', { uid: 'zoe', role: 'owner' }, contact)).toBe(true);
    expect(canSeeContact('own', { uid: 'zoe', role: 'admin' }, contact)).toBe(true);
    expect(canSeeContact('own', { uid: 'alex', role: 'agent' }, contact)).toBe(true);
    expect(canSeeContact('own', { uid: 'sam', role: 'agent' }, contact)).toBe(true);
    expect(canSeeContact('own', { uid: 'zoe', role: 'agent' }, contact)).toBe(false);
    expect(canSeeContact('own', { uid: 'mia', role: 'manager' }, contact)).toBe(true);
    expect(canSeeContact('own', { uid: 'max', role: 'manager' }, contact)).toBe(false);
    // A former manager now an agent keeps no team view.
    expect(canSeeContact('own', { uid: 'mia', role: 'agent' }, contact)).toBe(false);
  });
});

describe('ownContactsClauses', () => {
  it('asks assigned and shared for an agent, and the team for a manager', () => {
    expect(ownContactsClauses({ uid: 'alex', role: 'agent' }).map((clause) => clause.field)).toEqual([
      'assignedAgentUid',
      'sharedWithUids',
    ]);
    expect(ownContactsClauses({ uid: 'mia', role: 'manager' }).map((clause) => clause.field)).toEqual([
      'assignedAgentUid',
      'sharedWithUids',
      'managerUid',
    ]);
  });
});

describe('canChangeContactHolder', () => {
  const holder = { assignedAgentUid: 'sophie', managerUid: 'mia' };

  it('lets owner, admin, the assigned agent and their manager reassign or reshare', () => {
    expect(canChangeContactHolder({ uid: 'zoe', role: 'owner' }, holder)).toBe(true);
    expect(canChangeContactHolder({ uid: 'zoe', role: 'admin' }, holder)).toBe(true);
    expect(canChangeContactHolder({ uid: 'sophie', role: 'agent' }, holder)).toBe(true);
    expect(canChangeContactHolder({ uid: 'mia', role: 'manager' }, holder)).toBe(true);
  });

  it('refuses a colleague it is shared with, another manager, a former manager now an agent, a partner', () => {
    expect(canChangeContactHolder({ uid: 'marc', role: 'agent' }, holder)).toBe(false);
    expect(canChangeContactHolder({ uid: 'max', role: 'manager' }, holder)).toBe(false);
    expect(canChangeContactHolder({ uid: 'mia', role: 'agent' }, holder)).toBe(false);
    expect(canChangeContactHolder({ uid: 'sophie', role: 'partner' }, holder)).toBe(false);
  });
});
