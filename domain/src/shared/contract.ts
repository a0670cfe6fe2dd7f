import type { z } from 'zod';

/**
 * A callable declared once, for the function that serves it and the apps that call it: its deployed
 * name, who may call it, what it takes and answers (zod schemas, so both sides infer the same types)
 * and the `reason` codes its refusals carry, which the apps turn into their own sentences.
 */
export interface CallableContract<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  R extends string = string,
> {
  /** `<capability>-<operation>`: functions/src/index.ts exports it as `<capability>.<operation>`. */
  readonly name: `${string}-${string}`;
  /** `signed-in` callables refuse a caller without a session before the handler runs. */
  readonly access: 'signed-in' | 'public';
  readonly input: I;
  readonly output: O;
  readonly refusals: readonly R[];
}

export function defineCallable<I extends z.ZodType, O extends z.ZodType, const R extends string = never>(
  contract: CallableContract<I, O, R>,
): CallableContract<I, O, R> {
  return contract;
}

/** What the apps send (before the schema's defaults and transforms). */
export type ContractInput<C extends CallableContract> = z.input<C['input']>;
/** What the handler receives, validated. */
export type ContractParsedInput<C extends CallableContract> = z.output<C['input']>;
/** What the handler returns and the apps receive. */
export type ContractOutput<C extends CallableContract> = z.output<C['output']>;
export type ContractRefusal<C extends CallableContract> = C['refusals'][number];
