import { describeIssues, FUNCTIONS_REGION, TracfinIncompleteError } from '@estate/domain';
import type { defineSecret } from 'firebase-functions/params';
import { HttpsError, onCall, type CallableFunction } from 'firebase-functions/v2/https';
import type { z } from 'zod';
import { callerFrom, type Caller } from './caller';
import { runtimeDeps, type Deps } from './deps';
import { log } from './log';
import { Refusal } from './refusal';

type Handler<I, R, C> = (deps: Deps, caller: C, input: I) => Promise<R>;

/** Secrets the handler reads (`config.ts`): a function only gets the values it declares. */
interface CallableOptions {
  secrets?: ReturnType<typeof defineSecret>[];
}

export function toHttpsError(operation: string, error: unknown): HttpsError {
  if (error instanceof HttpsError) return error;
  if (error instanceof Refusal) return new HttpsError(error.code, error.message, { reason: error.reason });
  if (error instanceof TracfinIncompleteError) {
    return new HttpsError('failed-precondition', error.message, { reason: error.reason, missing: error.missing });
  }
  log.unexpectedError(operation, error);
  return new HttpsError('internal', 'Something went wrong on our side; please try again.');
}

function bind<S extends z.ZodType, R>(
  operation: string,
  requireAuth: boolean,
  input: S,
  run: (deps: Deps, caller: Caller | null, input: z.output<S>) => Promise<R>,
  options: CallableOptions = {},
): CallableFunction<unknown, Promise<R>> {
  return onCall({ region: FUNCTIONS_REGION, ...options }, async (request) => {
    if (requireAuth && !request.auth) throw new HttpsError('unauthenticated', 'Please sign in first.');
    const parsed = input.safeParse(request.data);
    if (!parsed.success) throw new HttpsError('invalid-argument', describeIssues(parsed.error));
    try {
      return await run(runtimeDeps(), callerFrom(request.auth), parsed.data);
    } catch (error) {
      throw toHttpsError(operation, error);
    }
  });
}

/** A callable for signed-in users: checks auth, validates the input with its domain schema, maps refusals. */
export function callable<S extends z.ZodType, R>(
  operation: string,
  input: S,
  handler: Handler<z.output<S>, R, Caller>,
  options: CallableOptions = {},
) {
  return bind(
    operation,
    true,
    input,
    async (deps, caller, data) => {
      if (!caller) throw new HttpsError('unauthenticated', 'Please sign in first.');
      return handler(deps, caller, data);
    },
    options,
  );
}

/** A callable anybody may call, signed in or not. */
export function publicCallable<S extends z.ZodType, R>(
  operation: string,
  input: S,
  handler: Handler<z.output<S>, R, Caller | null>,
) {
  return bind(operation, false, input, handler);
}
