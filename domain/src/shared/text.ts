import { z } from 'zod';

/** A trimmed, non-empty, bounded line of text: the building block of every name field. */
export function line(max = 120) {
  return z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .max(max, { message: `at most ${max} characters` });
}

export function optionalLine(max = 200) {
  return z
    .string()
    .trim()
    .max(max, { message: `at most ${max} characters` })
    .default('');
}

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'invalid email address' }).max(254));

export const passwordSchema = z
  .string()
  .min(8, { message: 'at least 8 characters' })
  .max(128, { message: 'at most 128 characters' });

export const hexColorSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: 'a colour like #1c7ed6' })
  .transform((value) => value.toLowerCase());

export const uidSchema = z.string().min(1).max(128);
export const docIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'invalid identifier' });

/** Collapses a zod error into one readable sentence, used as the `invalid-argument` reason. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
