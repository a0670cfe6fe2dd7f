import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hadClientSession, rememberClientSession } from './session-hint';

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
    rememberClientSession(true);
    expect(hadClientSession()).toBe(true);
    rememberClientSession(false);
    expect(hadClientSession()).toBe(false);
  });

  it('answers no when the browser refuses storage', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
    });
    expect(hadClientSession()).toBe(false);
    expect(() => rememberClientSession(true)).not.toThrow();
  });
});
