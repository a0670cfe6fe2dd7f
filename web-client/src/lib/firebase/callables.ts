import type { CallableContract, ContractInput, ContractOutput } from '@estate/domain';
import { lazyFunctions } from '@estate/web-shared/firebase-functions';
import { firebaseApp } from './firebase-app';

const clientFunctions = lazyFunctions(firebaseApp);

/** Calls a callable through its contract (from `@estate/domain`), typed by it. */
export async function call<C extends CallableContract>(
  contract: C,
  input: ContractInput<C>,
): Promise<ContractOutput<C>> {
  const [{ callContract }, instance] = await Promise.all([import('@estate/web-shared/callables'), clientFunctions()]);
  return callContract(instance, contract, input);
}
