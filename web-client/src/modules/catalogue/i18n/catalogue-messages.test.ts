import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';
import ru from './ru.json';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function textAt(tree: object, key: string): string {
  return String(key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree));
}

describe('catalogue translations', () => {
  const french = keysOf(fr).sort();

  it.each([
    ['ru', ru],
    ['en', en],
  ])('%s has exactly the French keys, none empty, with the same placeholders', (_locale, translation) => {
    expect(keysOf(translation).sort()).toEqual(french);
    for (const key of french) {
      expect(textAt(translation, key).trim()).not.toBe('');
      const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
      expect(placeholders(textAt(translation, key))).toEqual(placeholders(textAt(fr, key)));
    }
  });
});
