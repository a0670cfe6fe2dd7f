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

/** Functions refuse with `details.reason`, so the app can say why in the user's language. */
function refusalReason(error: unknown): string | null {
  if (error === null || typeof error !== 'object' || !('details' in error)) return null;
  const details = error.details;
  if (details === null || typeof details !== 'object' || !('reason' in details)) return null;
  return typeof details.reason === 'string' ? details.reason : null;
}

/** A readable sentence for a Firebase error, in the user's language. */
export function describeError(t: TFunction, error: unknown): string {
  const reason = refusalReason(error);
  if (reason && t(`errors.refusal.${reason}`, { defaultValue: '' })) return t(`errors.refusal.${reason}`);
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : '';
  if (code === 'invalid-argument')
    return message ? t('errors.invalidArgument', { reason: message }) : t('errors.generic');
  if (code === 'failed-precondition' && message) return t('errors.refused', { reason: message });
  const key = AUTH_ERRORS[code];
  return key ? t(key) : t('errors.generic');
}
