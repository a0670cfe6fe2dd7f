import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';
import ru from './ru.json';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('places texts', () => {
  it('has the French keys in Russian and English, under the module’s own key', () => {
    const french = keysOf(fr).sort();
    expect(keysOf(en).sort()).toEqual(french);
    expect(keysOf(ru).sort()).toEqual(french);
    expect(Object.keys(fr)).toEqual(['places']);
  });
});
