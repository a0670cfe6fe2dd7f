import { z } from 'zod';

/** Luhn's check, which SIREN and SIRET numbers carry in their last digit. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const compact = (value: string) => value.replace(/[\s.-]/g, '').toUpperCase();

/** The SIREN, nine digits identifying a French business, typed with or without spaces. */
export const sirenSchema = z
  .string()
  .transform(compact)
  .refine((value) => /^\d{9}$/.test(value) && luhnValid(value), { message: 'a SIREN of nine digits' });

/** The SIRET, an establishment's fourteen digits: the SIREN and five more. */
export const siretSchema = z
  .string()
  .transform(compact)
  .refine((value) => /^\d{14}$/.test(value) && luhnValid(value), { message: 'a SIRET of fourteen digits' });

/** The key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97, on two digits. */
export function frenchVatKey(siren: string): string {
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
}

/** The intra-community VAT number a French business gets from its SIREN: `FR` + key + SIREN. */
export const frenchVatNumber = (siren: string) => `FR${frenchVatKey(siren)}${siren}`;

/**
 * An intra-community VAT number: a French one must carry the key of its SIREN; others are checked
 * for their shape only (two letters and 2 to 13 characters).
 */
export const vatNumberSchema = z
  .string()
  .transform(compact)
  .refine((value) => /^[A-Z]{2}[0-9A-Z]{2,13}$/.test(value), { message: 'a VAT number such as FR32123456789' })
  .refine(
    (value) => !value.startsWith('FR') || (/^FR\d{11}$/.test(value) && frenchVatNumber(value.slice(4)) === value),
    {
      message: 'this French VAT number does not match its SIREN',
    },
  );
