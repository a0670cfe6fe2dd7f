import { CALLABLES, FUNCTIONS_REGION, type RequestPasswordResetInput } from '@estate/domain';
import type { Functions } from 'firebase/functions';
import { firebaseApp } from './firebase-app';
import { EMULATORS, usesEmulators } from './firebase-config';

let functions: Promise<Functions> | undefined;

/** The functions SDK is loaded on first call only: the first screen never needs it. */
function clientFunctions(): Promise<Functions> {
  functions ??= import('firebase/functions').then(({ connectFunctionsEmulator, getFunctions }) => {
    const instance = getFunctions(firebaseApp(), FUNCTIONS_REGION);
    if (usesEmulators) connectFunctionsEmulator(instance, EMULATORS.functions.host, EMULATORS.functions.port);
    return instance;
  });
  return functions;
}

async function call<I, O>(name: string, input: I): Promise<O> {
  const [{ httpsCallable }, instance] = await Promise.all([import('firebase/functions'), clientFunctions()]);
  const result = await httpsCallable<I, O>(instance, name)(input);
  return result.data;
}

export function confirmClientSpace(): Promise<unknown> {
  return call<null, unknown>(CALLABLES.confirmClientSpace, null);
}

export function requestPasswordReset(input: RequestPasswordResetInput): Promise<{ ok: boolean }> {
  return call<RequestPasswordResetInput, { ok: boolean }>(CALLABLES.requestPasswordReset, input);
}
