import { describe, expect, it } from 'vitest';
import { emailFormSchema, newPasswordFormSchema, signInFormSchema } from './auth.form';

function firstMessage(
  result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } },
  field: string,
) {
  return result.error?.issues.find((issue) => issue.path[0] === field)?.message;
}

describe('auth forms', () => {
  it('normalises the email and requires a password', () => {
    const parsed = signInFormSchema.safeParse({ email: '  Jane@Example.COM ', password: '' });
    expect(firstMessage(parsed, 'password')).toBe('required');
    expect(signInFormSchema.parse({ email: ' Jane@Example.COM', password: 'x' }).email).toBe('jane@example.com');
  });

  it('refuses a short password and a different confirmation', () => {
    expect(firstMessage(newPasswordFormSchema.safeParse({ password: 'short', confirm: 'short' }), 'password')).toBe(
      'at least 8 characters',
    );
    expect(
      firstMessage(newPasswordFormSchema.safeParse({ password: 'long enough', confirm: 'long enougH' }), 'confirm'),
    ).toBe('passwords-mismatch');
    expect(newPasswordFormSchema.safeParse({ password: 'long enough', confirm: 'long enough' }).success).toBe(true);
  });

  it('refuses an invalid email', () => {
    expect(firstMessage(emailFormSchema.safeParse({ email: 'nope' }), 'email')).toBe('invalid email address');
  });
});
