import { searchQueryToken } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { phoneMatchRange, textMatchRange } from './match-range';

const highlighted = (text: string, range: readonly [number, number] | null) =>
  range ? text.slice(range[0], range[1]) : null;

describe('textMatchRange', () => {
  it('finds an accent-folded prefix at the start of a word', () => {
    const name = 'Élodie Lefèvre';
    expect(highlighted(name, textMatchRange(name, searchQueryToken('lefe') ?? ''))).toBe('Lefè');
    expect(highlighted(name, textMatchRange(name, searchQueryToken('elodie le') ?? ''))).toBe('Élodie Le');
    expect(textMatchRange(name, 'fevre')).toBeNull();
  });

  it('keeps Cyrillic and folds ё', () => {
    const name = 'Фёдор Кузнецов';
    expect(highlighted(name, textMatchRange(name, searchQueryToken('фед') ?? ''))).toBe('Фёд');
  });

  it('follows an email past its @', () => {
    const email = 'elodie.lefevre@example.fr';
    expect(highlighted(email, textMatchRange(email, searchQueryToken('elodie.lefevre@ex') ?? ''))).toBe(
      'elodie.lefevre@ex',
    );
    expect(highlighted(email, textMatchRange(email, searchQueryToken('lefev') ?? ''))).toBe('lefev');
  });
});

describe('phoneMatchRange', () => {
  it('spans the matched digits and the separators between them', () => {
    const phone = '+33 6 12 34 56 78';
    expect(highlighted(phone, phoneMatchRange(phone, searchQueryToken('06 12 3') ?? ''))).toBe('6 12 3');
    expect(phoneMatchRange(phone, 'lefe')).toBeNull();
    expect(phoneMatchRange(phone, '999')).toBeNull();
  });
});
