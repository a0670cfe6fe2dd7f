import { authErrorReason, bareErrorCode, type AuthErrorReason } from '@estate/web-shared/auth-errors';

const REASON_KEYS: Partial<Record<AuthErrorReason, string>> = {
  invalidCredential: 'auth.errors.invalidCredentials',
  tooManyRequests: 'auth.errors.tooManyRequests',
  network: 'auth.errors.network',
  userDisabled: 'auth.errors.disabled',
  weakPassword: 'auth.errors.weakPassword',
};

/** Firebase errors mapped to the translation keys the forms show. */
export function authErrorKey(error: unknown): string {
  const reason = authErrorReason(error);
  return (reason && REASON_KEYS[reason]) ?? 'auth.errors.generic';
}

/** Codes meaning an action link (oobCode) can no longer be used. */
export function isExpiredActionCode(error: unknown): boolean {
  return ['expired-action-code', 'invalid-action-code', 'user-disabled', 'user-not-found'].includes(
    bareErrorCode(error),
  );
}
