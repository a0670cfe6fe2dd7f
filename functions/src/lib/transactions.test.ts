import type { Firestore } from 'firebase-admin/firestore';
import { describe, expect, it, vi } from 'vitest';
import { isClosedTransaction, runTransaction } from './transactions';

const closed = Object.assign(new Error('3 INVALID_ARGUMENT: Transaction is invalid or closed.'), { code: 3 });
const invalid = Object.assign(new Error('3 INVALID_ARGUMENT: Value for argument "data" is not valid.'), { code: 3 });

/** A database whose `runTransaction` fails with each of `failures` in turn, then answers `result`. */
function failingDb(failures: Error[], result = 'done') {
  const calls = vi.fn(async () => {
    const failure = failures.shift();
    if (failure) throw failure;
    return result;
  });
  return { db: { runTransaction: calls } as unknown as Firestore, calls };
}

describe('runTransaction', () => {
  it('runs again a transaction the emulator reports as closed', async () => {
    const { db, calls } = failingDb([closed, closed]);
    await expect(runTransaction(db, async () => 'unused')).resolves.toBe('done');
    expect(calls).toHaveBeenCalledTimes(3);
  });

  it('passes the options on to Firestore', async () => {
    const { db, calls } = failingDb([]);
    const update = async () => 'unused';
    await runTransaction(db, update, { readOnly: true });
    expect(calls).toHaveBeenCalledWith(update, { readOnly: true });
  });

  it('gives up after five closed attempts and reports the last', async () => {
    const { db, calls } = failingDb(Array.from({ length: 6 }, () => closed));
    await expect(runTransaction(db, async () => 'unused')).rejects.toBe(closed);
    expect(calls).toHaveBeenCalledTimes(5);
  });

  it('never runs again a transaction that failed for another reason', async () => {
    const { db, calls } = failingDb([invalid]);
    await expect(runTransaction(db, async () => 'unused')).rejects.toBe(invalid);
    expect(calls).toHaveBeenCalledTimes(1);
  });
});

describe('isClosedTransaction', () => {
  it('knows the emulator’s closed transaction and nothing else', () => {
    expect(isClosedTransaction(closed)).toBe(true);
    expect(isClosedTransaction(invalid)).toBe(false);
    expect(isClosedTransaction(Object.assign(new Error('Transaction is invalid or closed.'), { code: 10 }))).toBe(
      false,
    );
    expect(isClosedTransaction('Transaction is invalid or closed.')).toBe(false);
    expect(isClosedTransaction(null)).toBe(false);
  });
});
