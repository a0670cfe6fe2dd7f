import { describe, expect, it } from 'vitest';
import { messages as en } from './en.messages';
import { messages as fr } from './fr.messages';
import { messages as ru } from './ru.messages';

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

function emptyValues(value: unknown, prefix = ''): string[] {
  return keysOf(value, prefix).filter((key) => {
    const leaf = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], value);
    return typeof leaf !== 'string' || leaf.trim() === '';
  });
}

/** i18next plural keys (`count_one`, `count_few`…): each language has the forms its grammar needs. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function textKeys(messages: unknown): string[] {
  return [...new Set(keysOf(messages).map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
}

describe('translations', () => {
  const french = keysOf(fr).sort();

  it('has the same texts in Russian and English as in French', () => {
    expect(textKeys(ru)).toEqual(textKeys(fr));
    expect(textKeys(en)).toEqual(textKeys(fr));
  });

  it('has every plural form each language needs', () => {
    const needs = { fr: ['one', 'other'], en: ['one', 'other'], ru: ['one', 'few', 'many'] } as const;
    const plurals = [fr, ru, en].flatMap((messages) =>
      keysOf(messages)
        .filter((key) => PLURAL_SUFFIX.test(key))
        .map((key) => key.replace(PLURAL_SUFFIX, '')),
    );
    for (const base of new Set(plurals)) {
      for (const [language, messages] of [
        ['fr', fr],
        ['ru', ru],
        ['en', en],
      ] as const) {
        const keys = keysOf(messages);
        for (const form of needs[language]) expect(keys, `${language}: ${base}_${form}`).toContain(`${base}_${form}`);
      }
    }
  });

  it('has no empty text', () => {
    expect(emptyValues(fr)).toEqual([]);
    expect(emptyValues(ru)).toEqual([]);
    expect(emptyValues(en)).toEqual([]);
  });

  it('keeps the same placeholders in every language', () => {
    const placeholders = (source: unknown, key: string) => {
      const leaf = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], source);
      return (String(leaf).match(/\{\{\w+\}\}/g) ?? []).sort();
    };
    const russian = new Set(keysOf(ru));
    for (const key of french) {
      if (!russian.has(key)) continue;
      expect(placeholders(ru, key), key).toEqual(placeholders(fr, key));
      expect(placeholders(en, key), key).toEqual(placeholders(fr, key));
    }
  });
});
