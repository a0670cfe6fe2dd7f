type Unsubscribe = () => void;

/**
 * Starts a live listener whose repository is imported on demand (repositories bring the full Firestore
 * SDK, which the screens before sign-in do without). The returned function stops it whether or not the
 * repository has arrived; an import that fails is reported as the listener's error.
 */
export function listenOnDemand(start: () => Promise<Unsubscribe>, onError: (error: Error) => void): Unsubscribe {
  let stopped = false;
  let stop: Unsubscribe | undefined;
  start().then(
    (unsubscribe) => {
      if (stopped) unsubscribe();
      else stop = unsubscribe;
    },
    (error: unknown) => {
      if (!stopped) onError(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return () => {
    stopped = true;
    stop?.();
  };
}
