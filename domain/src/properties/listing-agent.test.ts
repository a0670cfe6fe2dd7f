import { describe, expect, it } from 'vitest';
import { canReassignListing } from './listing-agent';

describe('canReassignListing', () => {
  const holder = { agentUid: 'sophie', agentManagerUid: 'mia' };

  it('lets owner, admin and the manager of the listing agent reassign it', () => {
    expect(canReassignListing({ uid: 'zoe', role: 'owner' }, holder)).toBe(true);
    expect(canReassignListing({ uid: 'zoe', role: 'admin' }, holder)).toBe(true);
    expect(canReassignListing({ uid: 'mia', role: 'manager' }, holder)).toBe(true);
  });

  it('refuses any other collaborator, the listing agent included, and a former manager now an agent', () => {
    expect(canReassignListing({ uid: 'marc', role: 'agent' }, holder)).toBe(false);
    expect(canReassignListing({ uid: 'sophie', role: 'agent' }, holder)).toBe(false);
    expect(canReassignListing({ uid: 'max', role: 'manager' }, holder)).toBe(false);
    expect(canReassignListing({ uid: 'mia', role: 'agent' }, holder)).toBe(false);
    expect(canReassignListing({ uid: 'zoe', role: 'partner' }, { agentUid: 'sophie', agentManagerUid: 'zoe' })).toBe(
      false,
    );
  });
});
