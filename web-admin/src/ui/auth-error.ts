import { authErrorReason, type AuthErrorReason } from '@estate/web-shared/auth-errors';
import type { TFunction } from 'i18next';
import { errorCode } from '../lib/firebase/callables';

const REASON_KEYS: Record<AuthErrorReason, string> = {
  invalidCredential: 'errors.auth.invalidCredential',
  userDisabled: 'errors.auth.userDisabled',
  tooManyRequests: 'errors.auth.tooManyRequests',
  emailInUse: 'errors.auth.emailInUse',
  weakPassword: 'errors.auth.weakPassword',
  network: 'errors.network',
  permissionDenied: 'errors.permissionDenied',
  invalidCode: 'errors.auth.invalidCode',
};

/** Functions refuse with `details.reason`, so the app can say why in the user's language. */
function refusalDetails(error: unknown): Record<string, unknown> | null {
  if (error === null || typeof error !== 'object' || !('details' in error)) return null;
  const details = error.details;
  return details !== null && typeof details === 'object' ? (details as Record<string, unknown>) : null;
}

function refusalReason(error: unknown): string | null {
  const reason = refusalDetails(error)?.reason;
  return typeof reason === 'string' ? reason : null;
}

/** What a refusal's sentence may name: how long a quota makes the user wait, in whole minutes. */
function refusalValues(error: unknown): Record<string, number> {
  const seconds = refusalDetails(error)?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? { minutes: Math.ceil(seconds / 60) } : {};
}

/** A readable sentence for a Firebase error, in the user's language. */
export function describeError(t: TFunction, error: unknown): string {
  const reason = refusalReason(error);
  if (reason && t(`errors.refusal.${reason}`, { defaultValue: '' }))
    return t(`errors.refusal.${reason}`, refusalValues(error));
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : '';
  if (code === 'invalid-argument')
    return message ? t('errors.invalidArgument', { reason: message }) : t('errors.generic');
  if (code === 'failed-precondition' && message) return t('errors.refused', { reason: message });
  const known = authErrorReason(error);
  return known ? t(REASON_KEYS[known]) : t('errors.generic');
}
