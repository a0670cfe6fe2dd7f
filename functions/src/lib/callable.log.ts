import { logLine, redact } from './log';

/** The log lines of the callable wrapper. */
export const callableLog = {
  undeclaredRefusal: (callable: string, reason: string) =>
    logLine.error('refusal reason not declared by the contract', { callable, reason }),
  unexpectedError: (operation: string, error: unknown) =>
    logLine.error('unexpected error', {
      operation,
      error: redact(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    }),
};
