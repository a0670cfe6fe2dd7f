import type { CallableContract, ContractInput, ContractOutput } from '@estate/domain';
import { callContract } from '@estate/web-shared/callables';
import { functions } from './firebase-app';

export { errorCode, refusalOf } from '@estate/web-shared/callables';

/** Calls a callable through its contract (from `@estate/domain`), typed by it. */
export function call<C extends CallableContract>(contract: C, input: ContractInput<C>): Promise<ContractOutput<C>> {
  return callContract(functions, contract, input);
}
