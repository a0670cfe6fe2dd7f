import { describe, expect, it } from 'vitest';
import {
  contactSearchFieldsSchema,
  contactSearchTokens,
  normaliseForSearch,
  SEARCH_TOKEN_MAX,
  SEARCH_TOKENS_CAP,
  searchQueryToken,
  type ContactSearchFields,
} from './search-tokens';

const lefevre: ContactSearchFields = {
  firstName: 'Élodie',
  lastName: 'Lefèvre',
  email: 'elodie.lefevre@example.fr',
  phone: '+33 6 12 34 56 78',
};

/** What the app does: the typed text becomes one token, found in the contact's tokens or not. */
const finds = (contact: ContactSearchFields, typed: string) => {
  const token = searchQueryToken(typed);
  return token !== null && contactSearchTokens(contact).includes(token);
};

describe('normaliseForSearch', () => {
  it('lower-cases and folds Latin accents', () => {
    expect(normaliseForSearch('Élodie LEFÈVRE')).toBe('elodie lefevre');
    expect(normaliseForSearch('François Garçon Müller Núñez')).toBe('francois garcon muller nunez');
  });

  it('keeps Cyrillic as is but folds ё into е', () => {
    expect(normaliseForSearch('Фёдор Ёлкин')).toBe('федор елкин');
    expect(normaliseForSearch('Андрей Иванов')).toBe('андрей иванов');
    expect(normaliseForSearch('Йошкар')).toBe('йошкар');
  });

  it('turns punctuation into single spaces and trims', () => {
    expect(normaliseForSearch("  Jean-Pierre  O'Brien, Jr. ")).toBe('jean pierre o brien jr');
    expect(normaliseForSearch('---')).toBe('');
  });
});

describe('contactSearchTokens', () => {
  it('finds a contact by the start of its first name, last name or full name in either order', () => {
    for (const typed of ['lefe', 'Lefè', 'LEFÈVRE', 'el', 'élodie le', 'lefevre elo']) {
      expect(finds(lefevre, typed), typed).toBe(true);
    }
    expect(finds(lefevre, 'fevre')).toBe(false);
  });

  it('finds a contact by its email and the local part of it', () => {
    for (const typed of ['elodie.lef', 'elodie.lefevre@ex', 'Elodie.Lefevre@Example.fr']) {
      expect(finds(lefevre, typed), typed).toBe(true);
    }
    expect(finds(lefevre, 'example.fr')).toBe(false);
  });

  it('finds a phone whichever way the number is written', () => {
    for (const typed of ['06 12', '0612 34', '+33 6 12', '0033 612', '612 34', '33 6 12']) {
      expect(finds(lefevre, typed), typed).toBe(true);
    }
    const national = { ...lefevre, phone: '06 12 34 56 78' };
    for (const typed of ['06 12', '+33 6 12', '612']) {
      expect(finds(national, typed), typed).toBe(true);
    }
  });

  it('finds Cyrillic names whether typed with ё or е', () => {
    const fyodor = { firstName: 'Фёдор', lastName: 'Кузнецов', email: 'fk@example.ru', phone: '+7 900 123-45-67' };
    for (const typed of ['фед', 'Фёд', 'кузн', 'кузнецов ф', '900 12', '+7 900']) {
      expect(finds(fyodor, typed), typed).toBe(true);
    }
  });

  it('finds an inner word of a compound name', () => {
    const compound = { firstName: 'Jean-Pierre', lastName: 'de la Fontaine', email: 'jp@example.fr', phone: '' };
    expect(finds(compound, 'font')).toBe(true);
    expect(finds(compound, 'pierre')).toBe(true);
    expect(finds(compound, 'jean-pi')).toBe(true);
  });

  it('holds no duplicates, nothing shorter than 2 or longer than 20 characters', () => {
    const tokens = contactSearchTokens(lefevre);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(tokens.every((token) => token.length >= 2 && token.length <= SEARCH_TOKEN_MAX)).toBe(true);
    expect(tokens.some((token) => token.endsWith(' '))).toBe(false);
  });

  it('stays under the cap for the longest contact the form accepts, names kept first', () => {
    const longest = {
      firstName: 'Marie-Charlotte Éléonore Anne',
      lastName: 'de La Tour du Pin Gouvernet Montauban'.padEnd(80, 'x'),
      email: `${'a.very.long.local.part'.repeat(3)}@some-long-domain.example.com`,
      phone: '+33 (0)6 12 34 56 78 90 12',
    };
    const tokens = contactSearchTokens(longest);
    expect(tokens.length).toBeLessThanOrEqual(SEARCH_TOKENS_CAP);
    expect(tokens).toContain('de la tour du pin go');
    expect(tokens).toContain('marie charlotte');
  });

  it('finds a contact by its company name and by every email and phone, not only the first', () => {
    const company = {
      firstName: 'Jean',
      lastName: 'Martin',
      companyName: 'Agence du Port SARL',
      emails: [{ address: 'jean@example.fr' }, { address: 'compta@port-immo.fr' }],
      phones: [{ number: '+33612345678' }, { number: '+33145678901' }],
    };
    for (const typed of ['agence du', 'port', 'compta@po', 'jean@ex', '06 12 34', '01 45 67', '+33 1 45']) {
      expect(finds(company, typed), typed).toBe(true);
    }
    expect(finds(company, 'sarl agence')).toBe(false);
  });

  it('reads a contact stored before the lists: its single email and phone', () => {
    const legacy = contactSearchFieldsSchema.parse({ firstName: 'A', lastName: 'Bo', email: 'a@b.fr', phone: '0612' });
    expect(contactSearchTokens(legacy)).toContain('a@b');
    expect(contactSearchTokens(legacy)).toContain('61');
  });

  it('keeps the first email and phone under the cap when there are many long ones', () => {
    const crowded = {
      ...lefevre,
      companyName: 'Société Immobilière du Grand Ouest',
      emails: Array.from({ length: 5 }, (_, index) => ({ address: `very.long.address.${index}@example-domain.fr` })),
      phones: ['+33612345678', '+33698765432', '+33145678901', '+33298765432', '+33387654321'].map((number) => ({
        number,
      })),
    };
    const tokens = contactSearchTokens(crowded);
    expect(tokens.length).toBeLessThanOrEqual(SEARCH_TOKENS_CAP);
    expect(tokens).toContain('very long address 0@');
    expect(tokens).toContain('612345678');
  });

  it('copes with a contact without phone', () => {
    const tokens = contactSearchTokens({ ...lefevre, phone: '' });
    expect(tokens).not.toContain('');
    expect(tokens).toContain('lefevre');
  });
});

describe('searchQueryToken', () => {
  it('is null while the input is too short', () => {
    expect(searchQueryToken('')).toBeNull();
    expect(searchQueryToken(' l ')).toBeNull();
    expect(searchQueryToken('06')).toBeNull();
    expect(searchQueryToken('--')).toBeNull();
  });

  it('reads names, emails and phones by the rules of the stored tokens', () => {
    expect(searchQueryToken('  Lefè ')).toBe('lefe');
    expect(searchQueryToken('Élodie.L@Ex')).toBe('elodie l@ex');
    expect(searchQueryToken('+33 6 12')).toBe('612');
    expect(searchQueryToken('06.12.34')).toBe('61234');
  });

  it('cuts a long input to the longest stored prefix', () => {
    const token = searchQueryToken('Élodie Lefèvre-Dupont de Montmorency');
    expect(token).toBe('elodie lefevre dupon');
    expect(token?.length).toBe(SEARCH_TOKEN_MAX);
  });
});
