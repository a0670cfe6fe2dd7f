import {
  countrySchema,
  createTenantInputSchema,
  currencySchema,
  emailSchema,
  line,
  localeSchema,
  passwordSchema,
} from '@estate/domain';
import { z } from 'zod';

export const signInFormSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { message: 'required' }),
});
export type SignInForm = z.infer<typeof signInFormSchema>;

const newPassword = z
  .object({ password: passwordSchema, confirm: z.string() })
  .refine((value) => value.password === value.confirm, { message: 'passwords-mismatch', path: ['confirm'] });

export const newPasswordFormSchema = newPassword;
export type NewPasswordForm = z.infer<typeof newPasswordFormSchema>;

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
  .refine((value) => value.password === value.confirm, { message: 'passwords-mismatch', path: ['confirm'] });
export type SignUpFormInput = z.input<typeof signUpFormSchema>;
export type SignUpForm = z.output<typeof signUpFormSchema>;

export const firstLoginFormSchema = z
  .object({
    displayName: line(80),
    email: emailSchema,
    password: passwordSchema,
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { message: 'passwords-mismatch', path: ['confirm'] });
export type FirstLoginForm = z.infer<typeof firstLoginFormSchema>;

export const resetRequestFormSchema = z.object({ email: emailSchema });
export type ResetRequestForm = z.infer<typeof resetRequestFormSchema>;

/** Sensible defaults for a new agency by language: a Russian agency bills in roubles. */
export function defaultsForLocale(locale: 'fr' | 'ru' | 'en'): { currency: 'EUR' | 'RUB' | 'GBP'; country: string } {
  if (locale === 'ru') return { currency: 'RUB', country: 'RU' };
  return { currency: 'EUR', country: 'FR' };
}
