import { describe, expect, it } from 'vitest';
import { createPendingWrites } from './pending-writes';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('pendingWrites', () => {
  it('counts each write until the server has it, and tells who listens', async () => {
    const writes = createPendingWrites();
    const seen: number[] = [];
    const stop = writes.subscribe(() => seen.push(writes.count()));
    const first = deferred();
    const second = deferred();
    const tracked = [writes.track(first.promise), writes.track(second.promise)];
    expect(writes.count()).toBe(2);
    first.resolve();
    await tracked[0];
    expect(writes.count()).toBe(1);
    second.resolve();
    await tracked[1];
    expect(writes.count()).toBe(0);
    stop();
    expect(seen).toEqual([1, 2, 1, 0]);
  });

  it('stops counting a refused write and hands its error back', async () => {
    const writes = createPendingWrites();
    const write = deferred();
    const tracked = writes.track(write.promise);
    write.reject(new Error('permission-denied'));
    await expect(tracked).rejects.toThrow('permission-denied');
    expect(writes.count()).toBe(0);
  });

  it('reports a queued write refused later to its listeners', () => {
    const writes = createPendingWrites();
    const reported: unknown[] = [];
    const stop = writes.onQueuedFailure((error) => reported.push(error));
    writes.reportQueuedFailure('refused');
    stop();
    writes.reportQueuedFailure('after');
    expect(reported).toEqual(['refused']);
  });
});
