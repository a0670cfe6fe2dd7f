import { FUNCTIONS_REGION, type CallableContract, type ContractInput, type ContractOutput } from '@estate/domain';
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

/** Calls a callable through its contract (from `@estate/domain`), typed by it. */
export async function call<C extends CallableContract>(
  contract: C,
  input: ContractInput<C>,
): Promise<ContractOutput<C>> {
  const [{ callContract }, instance] = await Promise.all([import('@estate/web-shared/callables'), clientFunctions()]);
  return callContract(instance, contract, input);
}
