import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';
import ru from './ru.json';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function emptyValues(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    if (value !== null && typeof value === 'object') return emptyValues(value as object, `${prefix}${key}.`);
    return typeof value === 'string' && value.trim().length > 0 ? [] : [`${prefix}${key}`];
  });
}

describe('translations', () => {
  const french = keysOf(fr).sort();

  it.each([
    ['ru', ru],
    ['en', en],
  ])('%s has exactly the French keys', (_locale, translation) => {
    expect(keysOf(translation).sort()).toEqual(french);
  });

  it.each([
    ['fr', fr],
    ['ru', ru],
    ['en', en],
  ])('%s has no empty text', (_locale, translation) => {
    expect(emptyValues(translation)).toEqual([]);
  });

  it.each([
    ['ru', ru],
    ['en', en],
  ])('%s keeps the same placeholders as French', (_locale, translation) => {
    const placeholders = (tree: object) =>
      Object.fromEntries(
        keysOf(tree).map((key) => {
          const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
          return [key, [...String(text).matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort()];
        }),
      );
    expect(placeholders(translation)).toEqual(placeholders(fr));
  });
});
