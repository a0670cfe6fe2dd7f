import { afterEach, describe, expect, it, vi } from 'vitest';
import { preferredLanguage, saveLanguage, savedLanguage } from './i18n-setup';

describe('the language of the app', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('prefers the user choice, then the tenant language, then French', () => {
    expect(preferredLanguage('en', 'ru')).toBe('en');
    expect(preferredLanguage(null, 'ru')).toBe('ru');
    expect(preferredLanguage(null, null)).toBe('fr');
  });

  it('keeps only a language the app speaks, and does without storage', () => {
    const stored = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (name: string) => stored.get(name) ?? null,
      setItem: (name: string, value: string) => stored.set(name, value),
    });
    saveLanguage('estate.test.language', 'ru');
    expect(savedLanguage('estate.test.language')).toBe('ru');
    stored.set('estate.test.language', 'de');
    expect(savedLanguage('estate.test.language')).toBeNull();
    vi.stubGlobal('localStorage', undefined);
    expect(savedLanguage('estate.test.language')).toBeNull();
    expect(() => saveLanguage('estate.test.language', 'en')).not.toThrow();
  });
});
