import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';
import ru from './ru.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe('calendar texts', () => {
  it('has the same texts in every language', () => {
    expect(keysOf(ru).sort()).toEqual(keysOf(fr).sort());
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
  });
});
