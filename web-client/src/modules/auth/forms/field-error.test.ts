import { describe, expect, it } from 'vitest';
import { fieldErrorKey } from './field-error';

describe('fieldErrorKey', () => {
  it('translates what the auth forms say', () => {
    expect(fieldErrorKey('required')).toBe('validation.required');
    expect(fieldErrorKey('invalid email address')).toBe('validation.email');
    expect(fieldErrorKey('at least 8 characters')).toBe('validation.passwordMin');
    expect(fieldErrorKey('passwords-mismatch')).toBe('validation.mismatch');
    expect(fieldErrorKey(undefined)).toBeUndefined();
  });
});
