import { describe, expect, it } from 'vitest';
import { conversionRemark, mergeRemark } from './contact-remarks';

describe('contact remarks', () => {
  it('say who converted the prospect and into what, in the agency language', () => {
    expect(conversionRemark('fr', { actor: 'Sophie Bernard', from: 'client-prospect', clientType: 'seller' })).toBe(
      'Prospect client converti en client (vendeur) par Sophie Bernard.',
    );
    expect(conversionRemark('en', { actor: 'Sophie', from: 'agent-prospect', clientType: 'buyer' })).toBe(
      'Agent prospect converted into a client (buyer) by Sophie.',
    );
    expect(conversionRemark('ru', { actor: 'Анна', from: 'client-prospect', clientType: 'tenant' })).toBe(
      'Потенциальный клиент переведён в клиенты (арендатор), Анна.',
    );
  });

  it('name the merged record', () => {
    expect(mergeRemark('fr', { actor: 'Sophie', merged: 'Jean Dupont' })).toBe(
      'Fiche « Jean Dupont » fusionnée dans celle-ci par Sophie.',
    );
  });
});
