import {
  describeIssues,
  type CallableContract,
  type ContractInput,
  type ContractOutput,
  type ContractRefusal,
} from '@estate/domain';
import { FirebaseError } from 'firebase/app';
import { httpsCallable, type Functions } from 'firebase/functions';

/** Calls a callable through its contract: what is sent and what comes back are the contract's types. */
export async function callContract<C extends CallableContract>(
  functions: Functions,
  contract: C,
  input: ContractInput<C>,
): Promise<ContractOutput<C>> {
  const result = await httpsCallable(functions, contract.name)(input);
  const parsed = contract.output.safeParse(result.data);
  if (!parsed.success) {
    throw new Error(`${contract.name} answered in an unexpected shape: ${describeIssues(parsed.error)}`);
  }
  return parsed.data as ContractOutput<C>;
}

/** Firebase error codes lose their service prefix here: `functions/invalid-argument` → `invalid-argument`. */
export function errorCode(error: unknown): string {
  if (error instanceof FirebaseError) return error.code.replace(/^[a-z-]+\//, '');
  return 'unknown';
}

export interface Refused<C extends CallableContract> {
  code: string;
  /** One of the reasons the contract declares; null when the refusal carries none (an invalid input). */
  reason: ContractRefusal<C> | null;
  message: string;
  /** What the refusal says beyond its reason (a busy room's other meeting, what a file lacks). */
  details: Record<string, unknown>;
}

function detailsOf(error: FirebaseError): Record<string, unknown> {
  const details: unknown = 'details' in error ? error.details : null;
  return details !== null && typeof details === 'object' ? (details as Record<string, unknown>) : {};
}

/** A callable's refusal, with its reason typed by the contract; null for an error that is not one. */
export function refusalOf<C extends CallableContract>(contract: C, error: unknown): Refused<C> | null {
  if (!(error instanceof FirebaseError) || !error.code.startsWith('functions/')) return null;
  const details = detailsOf(error);
  const reason = contract.refusals.find((declared) => declared === details.reason) ?? null;
  return { code: errorCode(error), reason: reason as ContractRefusal<C> | null, message: error.message, details };
}
