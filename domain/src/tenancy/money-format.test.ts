import { describe, expect, it } from 'vitest';
import { moneyFormat } from './money-format';

// Intl separates thousands with a narrow no-break space in French and Russian.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('moneyFormat', () => {
  it('shows roubles as Russian buyers read them, in every language', () => {
    expect(plain(moneyFormat('ru', 'RUB').format(8_450_000))).toBe('8 450 000 ₽');
    expect(plain(moneyFormat('fr', 'RUB').format(8_450_000))).toBe('8 450 000 ₽');
    expect(plain(moneyFormat('en', 'RUB').format(8_450_000))).toBe('₽8,450,000');
  });

  it('keeps euros as before, whole units', () => {
    expect(plain(moneyFormat('fr', 'EUR').format(450_000.4))).toBe('450 000 €');
    expect(plain(moneyFormat('en', 'EUR').format(450_000))).toBe('€450,000');
  });
});
