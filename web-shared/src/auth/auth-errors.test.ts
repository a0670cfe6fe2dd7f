import { FirebaseError } from 'firebase/app';
import { describe, expect, it } from 'vitest';
import { authErrorReason, bareErrorCode } from './auth-errors';

describe('authErrorReason', () => {
  it('tells the sign-in failures apart, whatever service reported them', () => {
    expect(authErrorReason(new FirebaseError('auth/invalid-credential', 'x'))).toBe('invalidCredential');
    expect(authErrorReason(new FirebaseError('auth/invalid-login-credentials', 'x'))).toBe('invalidCredential');
    expect(authErrorReason(new FirebaseError('auth/too-many-requests', 'x'))).toBe('tooManyRequests');
    expect(authErrorReason(new FirebaseError('functions/unavailable', 'x'))).toBe('network');
    expect(authErrorReason(new FirebaseError('auth/expired-action-code', 'x'))).toBe('invalidCode');
  });

  it("reads a function's quota refusal as too many attempts", () => {
    expect(authErrorReason(new FirebaseError('functions/resource-exhausted', 'x'))).toBe('tooManyRequests');
  });

  it('has no reason for an unknown code or an error without one', () => {
    expect(authErrorReason(new FirebaseError('auth/internal-error', 'x'))).toBeNull();
    expect(authErrorReason(new Error('boom'))).toBeNull();
    expect(authErrorReason(null)).toBeNull();
  });
});

describe('bareErrorCode', () => {
  it('drops the service', () => {
    expect(bareErrorCode({ code: 'auth/user-disabled' })).toBe('user-disabled');
    expect(bareErrorCode({ code: 42 })).toBe('');
  });
});
