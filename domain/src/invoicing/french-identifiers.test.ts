import { describe, expect, it } from 'vitest';
import { frenchVatNumber, sirenSchema, siretSchema, vatNumberSchema } from './french-identifiers';

describe('French business identifiers', () => {
  it('accepts a SIREN with its Luhn key, typed with spaces, and refuses a wrong digit', () => {
    expect(sirenSchema.parse('732 829 320')).toBe('732829320');
    expect(sirenSchema.safeParse('732829321').error?.issues[0]?.message).toBe('a SIREN of nine digits');
    expect(sirenSchema.safeParse('73282932').success).toBe(false);
  });

  it('accepts a SIRET whose fourteen digits pass Luhn', () => {
    expect(siretSchema.parse('732 829 320 00074')).toBe('73282932000074');
    expect(siretSchema.safeParse('73282932000075').success).toBe(false);
  });

  it('derives the French VAT number from the SIREN and checks its key', () => {
    expect(frenchVatNumber('404833048')).toBe('FR83404833048');
    expect(vatNumberSchema.parse('fr 83 404 833 048')).toBe('FR83404833048');
    expect(vatNumberSchema.safeParse('FR84404833048').error?.issues[0]?.message).toBe(
      'this French VAT number does not match its SIREN',
    );
    expect(vatNumberSchema.parse('DE123456789')).toBe('DE123456789');
    expect(vatNumberSchema.safeParse('123').success).toBe(false);
  });
});
