import type { TFunction } from 'i18next';
import { errorCode } from '../lib/firebase/callables';

const AUTH_ERRORS: Record<string, string> = {
  'invalid-credential': 'errors.auth.invalidCredential',
  'wrong-password': 'errors.auth.invalidCredential',
  'user-not-found': 'errors.auth.invalidCredential',
  'invalid-email': 'errors.auth.invalidCredential',
  'user-disabled': 'errors.auth.userDisabled',
  'too-many-requests': 'errors.auth.tooManyRequests',
  'email-already-in-use': 'errors.auth.emailInUse',
  'weak-password': 'errors.auth.weakPassword',
  'network-request-failed': 'errors.network',
  unavailable: 'errors.network',
  'permission-denied': 'errors.permissionDenied',
  'invalid-action-code': 'errors.auth.invalidCode',
  'expired-action-code': 'errors.auth.invalidCode',
};

/** A readable sentence for a Firebase error, in the user's language. */
export function describeError(t: TFunction, error: unknown): string {
  const code = errorCode(error);
  if (code === 'invalid-argument' || code === 'failed-precondition') {
    const message = error instanceof Error ? error.message : '';
    return message ? t('errors.invalidArgument', { reason: message }) : t('errors.generic');
  }
  const key = AUTH_ERRORS[code];
  return key ? t(key) : t('errors.generic');
}
