import type {
  Firestore,
  ReadOnlyTransactionOptions,
  ReadWriteTransactionOptions,
  Transaction,
} from 'firebase-admin/firestore';

/**
 * `db.runTransaction`, which every function uses instead of calling it directly (the lint forbids it).
 *
 * Firestore aborts one of two transactions that meet on the same documents and the SDK runs the loser
 * again. The emulator (which the tests and `npm start` use) sometimes reports that loser's next read as
 * `INVALID_ARGUMENT: Transaction is invalid or closed` instead of `ABORTED`, which the SDK does not
 * retry: a save racing another would then fail where production runs it again. This runs such an
 * attempt again too, a few times, with the SDK's own retries inside each.
 */
export async function runTransaction<T>(
  db: Firestore,
  update: (tx: Transaction) => Promise<T>,
  options?: ReadWriteTransactionOptions | ReadOnlyTransactionOptions,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.runTransaction(update, options);
    } catch (error) {
      if (attempt >= CLOSED_TRANSACTION_ATTEMPTS || !isClosedTransaction(error)) throw error;
    }
  }
}

const CLOSED_TRANSACTION_ATTEMPTS = 5;

const INVALID_ARGUMENT = 3;

/** The emulator's report of a transaction it has already ended (see `runTransaction`). */
export function isClosedTransaction(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === INVALID_ARGUMENT && typeof message === 'string' && /transaction is invalid or closed/i.test(message);
}
