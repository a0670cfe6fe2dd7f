import { Timestamp, type Firestore, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { toStored } from '../lib/converters';
import { mailLog } from './mail.log';
import { runTransaction } from '../lib/transactions';

/** The outbox collection of every tenant: `tenants/{tenantId}/mail`. */
const MAIL_COLLECTION = 'mail';

async function requeue(
  db: Firestore,
  snapshot: QueryDocumentSnapshot,
  stillDue: (delivery: Record<string, unknown>) => boolean,
): Promise<boolean> {
  return runTransaction(db, async (tx) => {
    const current = await tx.get(snapshot.ref);
    const delivery = current.get('delivery') as Record<string, unknown> | undefined;
    if (!delivery || !stillDue(delivery)) return false;
    tx.update(
      snapshot.ref,
      toStored({ 'delivery.state': 'PENDING', 'delivery.nextAttemptAt': null, 'delivery.leaseExpireAt': null }),
    );
    return true;
  });
}

/**
 * Puts back to PENDING every mail whose retry is due, and every mail whose delivery lease ran out
 * (its worker died); the write fires `mail-onMailWritten` again. Returns how many were requeued.
 */
export async function retryDueMail(deps: { db: Firestore }, now: Date): Promise<number> {
  const { db } = deps;
  const mails = db.collectionGroup(MAIL_COLLECTION);
  const [due, stalled] = await Promise.all([
    mails.where('delivery.state', '==', 'RETRY').where('delivery.nextAttemptAt', '<=', now).get(),
    mails.where('delivery.state', '==', 'PROCESSING').where('delivery.leaseExpireAt', '<=', now).get(),
  ]);
  const before = (field: unknown) => field instanceof Timestamp && field.toMillis() <= now.getTime();
  const results = await Promise.all([
    ...due.docs.map((doc) =>
      requeue(db, doc, (delivery) => delivery.state === 'RETRY' && before(delivery.nextAttemptAt)),
    ),
    ...stalled.docs.map((doc) =>
      requeue(db, doc, (delivery) => delivery.state === 'PROCESSING' && before(delivery.leaseExpireAt)),
    ),
  ]);
  const count = results.filter(Boolean).length;
  mailLog.mailRequeued(count);
  return count;
}
