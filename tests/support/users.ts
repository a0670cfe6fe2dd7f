import { randomBytes } from 'node:crypto';
import { authOrigin } from './emulator-env';

export interface SignedInUser {
  uid: string;
  email: string;
  idToken: string;
}

/** A fresh address per test run, so journeys never depend on what earlier runs left behind. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${randomBytes(3).toString('hex')}@example.test`;
}

async function identityToolkit(operation: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(
    `${authOrigin}/identitytoolkit.googleapis.com/v1/accounts:${operation}?key=demo-api-key`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
  );
  const payload = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`auth emulator ${operation} failed: ${JSON.stringify(payload)}`);
  return payload;
}

function asUser(payload: Record<string, unknown>): SignedInUser {
  return { uid: String(payload.localId), email: String(payload.email), idToken: String(payload.idToken) };
}

export async function signUp(email: string, password: string): Promise<SignedInUser> {
  return asUser(await identityToolkit('signUp', { email, password, returnSecureToken: true }));
}

/** Signs in again; the new ID token carries the claims functions set since the last one. */
export async function signIn(email: string, password: string): Promise<SignedInUser> {
  return asUser(await identityToolkit('signInWithPassword', { email, password, returnSecureToken: true }));
}

/** Sets a password with an out-of-band code taken from an invitation or reset link. */
export async function resetPassword(oobCode: string, newPassword: string): Promise<void> {
  await identityToolkit('resetPassword', { oobCode, newPassword });
}

/** Confirms an address with the out-of-band code of a verification link, as the app's `/verify` screen does. */
export async function applyVerificationCode(oobCode: string): Promise<void> {
  await identityToolkit('update', { oobCode });
}
