import { describe, expect, it } from 'vitest';
import { fieldErrorKey } from './field-error';
import { newPasswordFormSchema, signInFormSchema } from './auth.form';

function firstMessage(
  result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } },
  field: string,
) {
  return result.error?.issues.find((issue) => issue.path[0] === field)?.message;
}

describe('auth forms', () => {
  it('normalises the email and requires a password', () => {
    const parsed = signInFormSchema.safeParse({ email: '  Jane@Example.COM ', password: '' });
    expect(fieldErrorKey(firstMessage(parsed, 'password'))).toBe('validation.required');
    expect(signInFormSchema.parse({ email: ' Jane@Example.COM', password: 'x' }).email).toBe('jane@example.com');
  });

  it('refuses a short password and a different confirmation', () => {
    expect(
      fieldErrorKey(firstMessage(newPasswordFormSchema.safeParse({ password: 'short', confirm: 'short' }), 'password')),
    ).toBe('validation.passwordMin');
    expect(
      fieldErrorKey(
        firstMessage(newPasswordFormSchema.safeParse({ password: 'long enough', confirm: 'long enougH' }), 'confirm'),
      ),
    ).toBe('validation.mismatch');
    expect(newPasswordFormSchema.safeParse({ password: 'long enough', confirm: 'long enough' }).success).toBe(true);
  });

  it('maps an invalid email to its key', () => {
    expect(fieldErrorKey(firstMessage(signInFormSchema.safeParse({ email: 'nope', password: 'x' }), 'email'))).toBe(
      'validation.email',
    );
  });
});
