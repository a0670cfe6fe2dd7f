/** Why a sign-in, sign-up or password change failed, as both apps tell it to the user. */
export type AuthErrorReason =
  | 'invalidCredential'
  | 'userDisabled'
  | 'tooManyRequests'
  | 'emailInUse'
  | 'weakPassword'
  | 'network'
  | 'permissionDenied'
  | 'invalidCode';

// Codes without their service: `functions/unavailable` and `firestore/unavailable` are the same network failure.
const REASONS: Record<string, AuthErrorReason> = {
  'invalid-credential': 'invalidCredential',
  'invalid-login-credentials': 'invalidCredential',
  'wrong-password': 'invalidCredential',
  'user-not-found': 'invalidCredential',
  'invalid-email': 'invalidCredential',
  'user-disabled': 'userDisabled',
  'too-many-requests': 'tooManyRequests',
  // A function's quota (functions/resource-exhausted) reads the same as Auth's own throttling.
  'resource-exhausted': 'tooManyRequests',
  'email-already-in-use': 'emailInUse',
  'weak-password': 'weakPassword',
  'network-request-failed': 'network',
  unavailable: 'network',
  'permission-denied': 'permissionDenied',
  'invalid-action-code': 'invalidCode',
  'expired-action-code': 'invalidCode',
};

/** A Firebase error's code without its service (`auth/user-disabled` → `user-disabled`); '' for other errors. */
export function bareErrorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('code' in error) || typeof error.code !== 'string') return '';
  return error.code.replace(/^[a-z-]+\//, '');
}

/** The reason of a Firebase error the user can act on; null for any other (a generic sentence then). */
export function authErrorReason(error: unknown): AuthErrorReason | null {
  return REASONS[bareErrorCode(error)] ?? null;
}
