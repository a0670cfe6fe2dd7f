import {
  QUOTA_EXCEEDED,
  QUOTA_LIMITS,
  quotaAllows,
  quotaCounterModel,
  quotaSubject,
  quotaWindow,
  retryAfterSeconds,
  type QuotaCounter,
  type QuotaScope,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { createHash } from 'node:crypto';
import { converterOf } from './converters';
import type { Deps } from './deps';
import { Refusal } from './refusal';
import { runTransaction } from './transactions';

/** One use of a quota: what is counted (an address, a uid, an IP address, a tenant) under which scope. */
export interface QuotaCharge {
  scope: QuotaScope;
  subject: string;
}

const quotaConverter = converterOf(quotaCounterModel);

/** The counter's id: a hash of scope and subject (no address is stored), then the window's number. */
export function quotaKey(charge: QuotaCharge, windowIndex: number): string {
  const digest = createHash('sha256')
    .update(`${charge.scope}\n${quotaSubject(charge.scope, charge.subject)}`)
    .digest('hex')
    .slice(0, 40);
  return `${digest}-${windowIndex}`;
}

/**
 * Over quota: callables answer `resource-exhausted` with the reason `too-many-requests` (each contract
 * that counts declares it) and how long to wait; the webhook answers 429 with `Retry-After`.
 */
export class QuotaExceeded extends Refusal {
  constructor(
    readonly scope: QuotaScope,
    readonly retryAfterSeconds: number,
  ) {
    super(
      'resource-exhausted',
      `Too many requests; try again in ${Math.ceil(retryAfterSeconds / 60)} min.`,
      QUOTA_EXCEEDED,
      { retryAfterSeconds },
    );
  }
}

/** The quotas read in a transaction: refuse when one is used up, else `take()` counts one use of each. */
export interface ReadQuotas {
  take(): void;
}

/**
 * Reads the counters of `charges` in `tx` (so two calls racing for the last use serialise) and throws
 * `QuotaExceeded` when one has no use left; nothing is counted then. Call `take()` with the writes.
 */
export async function readQuotas(
  db: Firestore,
  tx: Transaction,
  charges: readonly QuotaCharge[],
  now: Date,
): Promise<ReadQuotas> {
  const counters = await Promise.all(
    charges.map(async (charge) => {
      const { limit, windowSeconds } = QUOTA_LIMITS[charge.scope];
      const window = quotaWindow(now, windowSeconds);
      const ref = db.doc(quotaCounterModel.path(quotaKey(charge, window.index))).withConverter(quotaConverter);
      const used = (await tx.get(ref)).data()?.count ?? 0;
      return { charge, limit, window, ref, used };
    }),
  );
  const exhausted = counters.filter(({ used, limit }) => !quotaAllows(used, limit));
  if (exhausted.length > 0) {
    const longest = exhausted.reduce((a, b) => (b.window.endsAt > a.window.endsAt ? b : a));
    throw new QuotaExceeded(longest.charge.scope, retryAfterSeconds(now, longest.window));
  }
  return {
    take() {
      for (const { charge, window, ref, used } of counters) {
        const counter: QuotaCounter = {
          scope: charge.scope,
          count: used + 1,
          windowStart: window.startsAt,
          expireAt: window.endsAt,
        };
        tx.set(ref, counter);
      }
    },
  };
}

/** Counts one use of each quota in its own transaction, or throws `QuotaExceeded` and counts nothing. */
export async function consumeQuotas(deps: Pick<Deps, 'db' | 'now'>, charges: readonly QuotaCharge[]): Promise<void> {
  const now = deps.now();
  await runTransaction(deps.db, async (tx) => {
    const quotas = await readQuotas(deps.db, tx, charges, now);
    quotas.take();
  });
}
