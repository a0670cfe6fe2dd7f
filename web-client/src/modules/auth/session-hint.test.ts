import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hadClientSession, rememberClientSession, rememberedContactId } from './session-hint';

describe('the signed-in hint', () => {
  beforeEach(() => {
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => store.set(key, value),
      removeItem: (key: string) => store.delete(key),
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('remembers a client session until it ends', () => {
    expect(hadClientSession()).toBe(false);
    rememberClientSession({ uid: 'u1', tenantId: 't1', contactId: 'c1' });
    expect(hadClientSession()).toBe(true);
    rememberClientSession(null);
    expect(hadClientSession()).toBe(false);
  });

  it('answers no when the browser refuses storage', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
    });
    expect(hadClientSession()).toBe(false);
    expect(() => rememberClientSession({ uid: 'u1', tenantId: 't1', contactId: 'c1' })).not.toThrow();
    expect(rememberedContactId('u1', 't1')).toBeNull();
  });

  it('gives back the contact only to the same user on the same tenant', () => {
    rememberClientSession({ uid: 'u1', tenantId: 't1', contactId: 'c1' });
    expect(rememberedContactId('u1', 't1')).toBe('c1');
    expect(rememberedContactId('u2', 't1')).toBeNull();
    expect(rememberedContactId('u1', 't2')).toBeNull();
    rememberClientSession(null);
    expect(rememberedContactId('u1', 't1')).toBeNull();
  });

  it('reads the hint of an earlier version as a session without a contact', () => {
    localStorage.setItem('estate.client.signedIn', '1');
    expect(hadClientSession()).toBe(true);
    expect(rememberedContactId('u1', 't1')).toBeNull();
  });
});
