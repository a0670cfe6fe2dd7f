import { describe, expect, it } from 'vitest';
import { canManageSignatureRequest } from './signature-policy';

describe('canManageSignatureRequest', () => {
  const request = { requestedBy: 'alex' };

  it('lets owner, admin and managers manage every request', () => {
    for (const role of ['owner', 'admin', 'manager'] as const) {
      expect(canManageSignatureRequest({ uid: 'someone', role }, request)).toBe(true);
    }
  });

  it('lets an agent manage only the requests they sent, and a partner none', () => {
    expect(canManageSignatureRequest({ uid: 'alex', role: 'agent' }, request)).toBe(true);
    expect(canManageSignatureRequest({ uid: 'zoe', role: 'agent' }, request)).toBe(false);
    expect(canManageSignatureRequest({ uid: 'alex', role: 'partner' }, request)).toBe(false);
  });
});
