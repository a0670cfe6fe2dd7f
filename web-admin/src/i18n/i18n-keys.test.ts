import { describe, expect, it } from 'vitest';
import { resources } from './i18n';

const fr = resources.fr.translation;
const ru = resources.ru.translation;
const en = resources.en.translation;

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

describe('translations', () => {
  const french = keysOf(fr).sort();

  it('has the same keys in Russian and English as in French', () => {
    expect(keysOf(ru).sort()).toEqual(french);
    expect(keysOf(en).sort()).toEqual(french);
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
    for (const key of french) {
      expect(placeholders(ru, key), key).toEqual(placeholders(fr, key));
      expect(placeholders(en, key), key).toEqual(placeholders(fr, key));
    }
  });
});
