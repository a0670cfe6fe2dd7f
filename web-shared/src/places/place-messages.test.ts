import { PLACE_KINDS } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { PLACE_FORM_MESSAGES } from './place-messages';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('place form texts', () => {
  it('has the same keys in every language, and a name for every kind', () => {
    const french = keysOf(PLACE_FORM_MESSAGES.fr).sort();
    expect(keysOf(PLACE_FORM_MESSAGES.en).sort()).toEqual(french);
    expect(keysOf(PLACE_FORM_MESSAGES.ru).sort()).toEqual(french);
    expect(Object.keys(PLACE_FORM_MESSAGES.fr.placeForm.kinds).sort()).toEqual([...PLACE_KINDS].sort());
  });
});
