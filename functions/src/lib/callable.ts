import {
  describeIssues,
  FUNCTIONS_REGION,
  TracfinIncompleteError,
  type CallableContract,
  type ContractParsedInput,
} from '@estate/domain';
import type { defineSecret } from 'firebase-functions/params';
import { HttpsError, onCall, type CallableFunction } from 'firebase-functions/v2/https';
import type { z } from 'zod';
import { callerFrom, callMetaFrom, type Caller, type CallMeta } from './caller';
import { withStanding } from './caller-standing';
import { runtimeDeps, type Deps } from './deps';
import { callableLog } from './callable.log';
import { Refusal } from './refusal';

/** Who a handler serves: a signed-in caller, or anybody for a public contract. */
type CallerOf<C extends CallableContract> = C['access'] extends 'public' ? Caller | null : Caller;

/**
 * A handler bound to its contract: it receives the validated input and must return what the
 * contract's output schema describes, so the apps' types and the function's cannot drift apart.
 */
export type ContractHandler<C extends CallableContract> = (
  deps: Deps,
  caller: CallerOf<C>,
  input: ContractParsedInput<C>,
  meta: CallMeta,
) => Promise<z.input<C['output']>>;

/** Secrets the handler reads (`config.ts`): a function only gets the values it declares. */
interface CallableOptions {
  secrets?: ReturnType<typeof defineSecret>[];
}

/**
 * A refusal becomes the callable's error with `reason` (and the refusal's details) for the apps. A
 * reason the contract does not declare is a bug: the emulator answers it as an internal error, so
 * the tests that reach it fail; deployed, it goes through and is logged.
 */
export function toHttpsError(contract: CallableContract, error: unknown, strict: boolean): HttpsError {
  if (error instanceof Refusal) {
    if (!contract.refusals.includes(error.reason)) {
      callableLog.undeclaredRefusal(contract.name, error.reason);
      if (strict) return new HttpsError('internal', `Undeclared refusal "${error.reason}" of ${contract.name}.`);
    }
    return new HttpsError(error.code, error.message, { ...error.details, reason: error.reason });
  }
  if (error instanceof TracfinIncompleteError) {
    return toHttpsError(
      contract,
      new Refusal('failed-precondition', error.message, error.reason, { missing: error.missing }),
      strict,
    );
  }
  callableLog.unexpectedError(contract.name, error);
  return new HttpsError('internal', 'Something went wrong on our side; please try again.');
}

/**
 * Binds a handler to its contract: checks the session (unless the contract is public), validates the
 * input with the contract's schema, trusts the caller's claims only while their member document agrees
 * (`withStanding`), and answers refusals with their code, message and reason.
 */
export function callable<C extends CallableContract>(
  contract: C,
  handler: ContractHandler<C>,
  options: CallableOptions = {},
): CallableFunction<unknown, Promise<z.input<C['output']>>> & { contract: C } {
  const bound = onCall({ region: FUNCTIONS_REGION, ...options }, async (request) => {
    if (contract.access === 'signed-in' && !request.auth) {
      throw new HttpsError('unauthenticated', 'Please sign in first.');
    }
    const parsed = contract.input.safeParse(request.data);
    if (!parsed.success) throw new HttpsError('invalid-argument', describeIssues(parsed.error));
    const deps = runtimeDeps();
    const caller = await withStanding(deps, callerFrom(request.auth), request.auth?.token.auth_time);
    try {
      // The access check above makes the caller non-null for signed-in contracts.
      return await handler(
        deps,
        caller as CallerOf<C>,
        parsed.data as ContractParsedInput<C>,
        callMetaFrom(request.rawRequest),
      );
    } catch (error) {
      throw toHttpsError(contract, error, deps.local !== null);
    }
  });
  // Carried so a test can check each deployed name against the contract it serves.
  return Object.assign(bound, { contract });
}
