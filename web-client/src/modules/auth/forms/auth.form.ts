import { emailSchema, passwordSchema } from '@estate/domain';
import { z } from 'zod';

export const signInFormSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { message: 'required' }),
});
export type SignInForm = z.input<typeof signInFormSchema>;

export const emailFormSchema = z.object({ email: emailSchema });
export type EmailForm = z.input<typeof emailFormSchema>;

/** A new password typed twice; the rule itself is the domain's `passwordSchema`. */
export const newPasswordFormSchema = z
  .object({ password: passwordSchema, confirm: z.string() })
  .refine((values) => values.password === values.confirm, { path: ['confirm'], message: 'mismatch' });
export type NewPasswordForm = z.input<typeof newPasswordFormSchema>;
