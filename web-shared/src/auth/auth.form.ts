import { emailSchema, passwordSchema } from '@estate/domain';
import { z } from 'zod';

export const signInFormSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { message: 'required' }),
});
export type SignInForm = z.input<typeof signInFormSchema>;

/** The email a reset link is sent to. */
export const emailFormSchema = z.object({ email: emailSchema });
export type EmailForm = z.input<typeof emailFormSchema>;

/** Every form where a new password is typed twice refines with these two. */
export function passwordsMatch(values: { password: string; confirm: string }): boolean {
  return values.password === values.confirm;
}
export const PASSWORDS_MISMATCH = { path: ['confirm'], message: 'passwords-mismatch' };

/** A new password typed twice; the rule itself is the domain's `passwordSchema`. */
export const newPasswordFormSchema = z
  .object({ password: passwordSchema, confirm: z.string() })
  .refine(passwordsMatch, PASSWORDS_MISMATCH);
export type NewPasswordForm = z.input<typeof newPasswordFormSchema>;
