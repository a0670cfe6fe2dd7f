import { randomUUID } from 'node:crypto';
import { Timestamp, type Firestore } from 'firebase-admin/firestore';

/**
 * Gap-free numbering of a series (a tenant's register of mandates, an issuer's invoices of a year):
 * numbers never repeat or skip, follow the order documents were sent or validated in, and are given
 * exactly once, whoever runs again. **Why a lease and pages:** a series is one counter, and a
 * transaction per document made a burst contend on it (100 mandates sent at once exhausted the
 * transactions' retries). So the run that takes the series' lease (a `create`, which one run wins and
 * the others refuse at once) numbers the waiting documents a page at a time, oldest first, until its
 * own has a number, then gives the lease back; a run that finds the lease taken does not open a
 * transaction: it waits, reading its document, until it is numbered (most are, by the holder's pages)
 * or the lease is free to take. Each page is still a transaction on the counter, so numbers stay
 * exact even if two runs page at once (a lease taken over after its time).
 */
export interface NumberingDeps {
  db: Firestore;
  now: () => Date;
}

export interface GapFreeSeries<T> {
  /** The lease document of the series. */
  leasePath: string;
  /** The document as it is now: `waiting` while it needs a number, else what to answer (null: gone). */
  current(): Promise<{ waiting: true } | { waiting: false; value: T | null }>;
  /**
   * One transaction: reads the counter and a page of waiting documents, numbers them and moves the
   * counter. Answers the run's own document once it is numbered or no longer waiting (`done`).
   */
  numberPage(): Promise<{ done: boolean; value: T | null }>;
}

/** How long a lease holds when its holder never releases it (a crashed or timed-out run). */
const LEASE_MS = 60_000;
/** How long a run that found the lease taken waits before it looks again: doubling, with jitter. */
const WAIT_FIRST_MS = 50;
const WAIT_MAX_MS = 500;
/** gRPC's ALREADY_EXISTS: a `create` found the document there. */
const ALREADY_EXISTS = 6;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the lease; one past its time is removed, on condition it is still the one read, and taken again. */
async function takeLease(deps: NumberingDeps, path: string, holder: string): Promise<boolean> {
  const ref = deps.db.doc(path);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await ref.create({ holder, expiresAt: new Date(deps.now().getTime() + LEASE_MS) });
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
    }
    const lease = await ref.get();
    const expiresAt: unknown = lease.get('expiresAt');
    const expired = !lease.exists || (expiresAt instanceof Timestamp && expiresAt.toMillis() < deps.now().getTime());
    if (!expired) return false;
    if (lease.exists) {
      await ref.delete({ lastUpdateTime: lease.updateTime as Timestamp }).catch(() => undefined);
    }
  }
  return false;
}

/** Gives the lease back, only if it is still this run's. */
async function releaseLease(deps: NumberingDeps, path: string, holder: string): Promise<void> {
  const ref = deps.db.doc(path);
  const lease = await ref.get();
  if (lease.exists && lease.get('holder') === holder) {
    await ref.delete({ lastUpdateTime: lease.updateTime as Timestamp }).catch(() => undefined);
  }
}

/** Numbers the run's document (and those waiting before it) and answers it as it now is. */
export async function numberInSeries<T>(deps: NumberingDeps, series: GapFreeSeries<T>): Promise<T | null> {
  const holder = randomUUID();
  let wait = WAIT_FIRST_MS;
  for (;;) {
    const current = await series.current();
    if (!current.waiting) return current.value;
    if (await takeLease(deps, series.leasePath, holder)) {
      try {
        for (;;) {
          const outcome = await series.numberPage();
          if (outcome.done) return outcome.value;
        }
      } finally {
        await releaseLease(deps, series.leasePath, holder);
      }
    }
    await pause(wait / 2 + Math.random() * wait);
    wait = Math.min(wait * 2, WAIT_MAX_MS);
  }
}
