import type { CallableContract, ContractInput, ContractOutput } from '@estate/domain';

export { errorCode, refusalOf } from '@estate/web-shared/callables';

/** Calls a callable through its contract (from `@estate/domain`), typed by it. */
export async function call<C extends CallableContract>(
  contract: C,
  input: ContractInput<C>,
): Promise<ContractOutput<C>> {
  // Imported here, not above: firebase-app brings the full Firestore SDK, which sign-up and reset do without.
  const [{ callContract }, { cloudFunctions }] = await Promise.all([
    import('@estate/web-shared/callables'),
    import('./firebase-app'),
  ]);
  return callContract(await cloudFunctions(), contract, input);
}
