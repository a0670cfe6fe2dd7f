/** Firebase Auth error codes mapped to the translation keys the forms show. */
export function authErrorKey(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'auth/invalid-credential':
    case 'auth/invalid-login-credentials':
    case 'auth/wrong-password':
    case 'auth/user-not-found':
    case 'auth/invalid-email':
      return 'auth.errors.invalidCredentials';
    case 'auth/too-many-requests':
      return 'auth.errors.tooManyRequests';
    case 'auth/network-request-failed':
    case 'functions/unavailable':
    case 'unavailable':
      return 'auth.errors.network';
    case 'auth/user-disabled':
      return 'auth.errors.disabled';
    case 'auth/weak-password':
      return 'auth.errors.weakPassword';
    default:
      return 'auth.errors.generic';
  }
}

/** Codes meaning an action link (oobCode) can no longer be used. */
export function isExpiredActionCode(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return ['auth/expired-action-code', 'auth/invalid-action-code', 'auth/user-disabled', 'auth/user-not-found'].includes(
    code,
  );
}
