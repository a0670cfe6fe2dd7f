import {
  countrySchema,
  createTenantInputSchema,
  currencySchema,
  emailSchema,
  line,
  localeSchema,
  passwordSchema,
} from '@estate/domain';
import { PASSWORDS_MISMATCH, passwordsMatch } from '@estate/web-shared/auth-forms';
import { z } from 'zod';

export const signUpFormSchema = z
  .object({
    displayName: line(80),
    email: emailSchema,
    password: passwordSchema,
    confirm: z.string(),
    agencyName: createTenantInputSchema.shape.agencyName,
    locale: localeSchema,
    currency: currencySchema,
    country: countrySchema,
  })
  .refine(passwordsMatch, PASSWORDS_MISMATCH);
export type SignUpFormInput = z.input<typeof signUpFormSchema>;
export type SignUpForm = z.output<typeof signUpFormSchema>;

export const firstLoginFormSchema = z
  .object({
    displayName: line(80),
    email: emailSchema,
    password: passwordSchema,
    confirm: z.string(),
  })
  .refine(passwordsMatch, PASSWORDS_MISMATCH);
export type FirstLoginForm = z.infer<typeof firstLoginFormSchema>;

/** Sensible defaults for a new agency by language: a Russian agency bills in roubles. */
export function defaultsForLocale(locale: 'fr' | 'ru' | 'en'): { currency: 'EUR' | 'RUB' | 'GBP'; country: string } {
  if (locale === 'ru') return { currency: 'RUB', country: 'RU' };
  return { currency: 'EUR', country: 'FR' };
}
