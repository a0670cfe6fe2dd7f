const REASON_KEY = 'estate.admin.signOutReason';

const SIGN_OUT_REASONS = ['role-changed', 'deactivated', 'session-ended'] as const;
export type SignOutReason = (typeof SIGN_OUT_REASONS)[number];

/** Kept for the tab so the sign-in page can tell why the session ended, even after a reload. */
export function rememberSignOutReason(reason: SignOutReason): void {
  sessionStorage.setItem(REASON_KEY, reason);
}

export function readSignOutReason(): SignOutReason | null {
  const stored = sessionStorage.getItem(REASON_KEY);
  return (SIGN_OUT_REASONS as readonly string[]).includes(stored ?? '') ? (stored as SignOutReason) : null;
}

export function forgetSignOutReason(): void {
  sessionStorage.removeItem(REASON_KEY);
}
