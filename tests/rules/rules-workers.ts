/** How many rules test files run at once, each worker process on a Firestore project of its own. */
export const RULES_WORKERS = 2;

/**
 * The worker's own project on the shared emulators: our rules and clearFirestore() never touch the app's
 * `demo-estate`, nor the other worker's data. RULES_PROJECT lets several people run rules suites on one
 * suite without clearing each other's data.
 */
export function rulesProjectOfWorker(worker: number): string {
  return `${process.env.RULES_PROJECT ?? 'demo-estate-rules'}-${worker}`;
}
