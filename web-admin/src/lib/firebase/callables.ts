import { CALLABLES } from '@estate/domain';
import { FirebaseError } from 'firebase/app';

export type CallableName = keyof typeof CALLABLES;

/** Calls a callable by its key in CALLABLES and returns its data. */
export async function callCallable<Result, Input = unknown>(name: CallableName, input: Input): Promise<Result> {
  // Imported here, not above: firebase-app brings the full Firestore SDK, which sign-up and reset do without.
  const [{ httpsCallable }, { cloudFunctions }] = await Promise.all([
    import('firebase/functions'),
    import('./firebase-app'),
  ]);
  const callable = httpsCallable<Input, Result>(await cloudFunctions(), CALLABLES[name]);
  const result = await callable(input);
  return result.data;
}

/** Firebase error codes lose their service prefix here: `functions/invalid-argument` → `invalid-argument`. */
export function errorCode(error: unknown): string {
  if (error instanceof FirebaseError) return error.code.replace(/^[a-z-]+\//, '');
  return 'unknown';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
