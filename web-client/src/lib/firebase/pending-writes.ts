type Listener = () => void;

/**
 * The client's writes the server has not acknowledged yet (queued offline, or on their way), so the
 * app can show "waiting to send".
 */
export function createPendingWrites() {
  let count = 0;
  const listeners = new Set<Listener>();
  const failureListeners = new Set<(error: unknown) => void>();
  const notify = () => listeners.forEach((listener) => listener());

  return {
    /** Counts the write until it settles; answers the write's own promise. */
    track(write: Promise<void>): Promise<void> {
      count += 1;
      notify();
      const settled = () => {
        count -= 1;
        notify();
      };
      return write.then(settled, (error: unknown) => {
        settled();
        throw error;
      });
    },
    count: () => count,
    /** A write queued offline that the server refused once back online (nobody was waiting for it). */
    reportQueuedFailure(error: unknown): void {
      failureListeners.forEach((listener) => listener(error));
    },
    onQueuedFailure(listener: (error: unknown) => void): () => void {
      failureListeners.add(listener);
      return () => {
        failureListeners.delete(listener);
      };
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export const pendingWrites = createPendingWrites();
