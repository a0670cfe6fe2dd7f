import {
  applyCancel,
  applyExpiry,
  canManageSignatureRequest,
  markReminded,
  paths,
  signersToRemind,
  type SignatureRequest,
} from '@estate/domain';
import { FieldPath, type Firestore, type Transaction } from 'firebase-admin/firestore';
import type { AppLinks } from '../lib/app-links';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { readQuotas } from '../lib/quotas';
import { Refusal } from '../lib/refusal';
import { readActor, readTenant } from '../lib/staff';
import { requestConverter } from './built-in-provider';
import { mailSignerLink, prepareAgentUpdate } from './signature-mail';
import { signaturesLog } from './signatures.log';
import { runTransaction } from '../lib/transactions';

/** How many due requests a scheduled run reads at a time. */
const PAGE_SIZE = 100;

async function readManagedRequest(
  db: Firestore,
  tx: Transaction,
  caller: Caller,
  requestId: string,
): Promise<{ tenantId: string; uid: string; request: SignatureRequest }> {
  const actor = await readActor(db, tx, caller);
  const ref = db.doc(paths.signatureRequest(actor.tenantId, requestId)).withConverter(requestConverter);
  const request = (await tx.get(ref)).data();
  if (!request) throw new Refusal('not-found', 'This signature request does not exist.', 'request-not-found');
  if (!canManageSignatureRequest(actor, request)) {
    throw new Refusal(
      'permission-denied',
      'Only managers and the requesting agent manage this request.',
      'not-allowed',
    );
  }
  if (request.status !== 'pending') {
    throw new Refusal('failed-precondition', 'This signature request is closed.', 'request-closed');
  }
  return { tenantId: actor.tenantId, uid: actor.uid, request };
}

/** Mails each invited signer of a pending request a fresh link; the links mailed before keep working. */
function remindSigners(
  deps: { db: Firestore; links: AppLinks },
  tx: Transaction,
  context: { tenantId: string; tenant: Parameters<typeof mailSignerLink>[2]['tenant']; request: SignatureRequest },
  now: Date,
  mailIdOf?: (signerId: string) => string,
): SignatureRequest {
  const due = signersToRemind(context.request, now);
  for (const signer of due) {
    mailSignerLink(
      deps,
      tx,
      { ...context, signer },
      'signature-reminder',
      context.request.expiresAt,
      now,
      mailIdOf?.(signer.id),
    );
  }
  return markReminded(
    context.request,
    due.map((signer) => signer.id),
    now,
  );
}

/** signatures-remind: the agent (or a manager) reminds the invited signers now, a few times an hour at most. */
export async function remindNow(deps: Deps, caller: Caller, requestId: string): Promise<{ reminded: number }> {
  const now = deps.now();
  const result = await runTransaction(deps.db, async (tx) => {
    const { tenantId, uid, request } = await readManagedRequest(deps.db, tx, caller, requestId);
    const quotas = await readQuotas(
      deps.db,
      tx,
      [{ scope: 'signature-remind-request', subject: `${tenantId}/${requestId}` }],
      now,
    );
    const tenant = await readTenant(deps.db, tx, tenantId);
    const reminded = remindSigners(deps, tx, { tenantId, tenant, request }, now);
    quotas.take();
    tx.set(deps.db.doc(paths.signatureRequest(tenantId, requestId)).withConverter(requestConverter), reminded);
    return { tenantId, uid, count: signersToRemind(request, now).length };
  });
  signaturesLog.reminded(result.tenantId, requestId, result.count, result.uid);
  return { reminded: result.count };
}

/** signatures-cancel: the agent (or a manager) withdraws a pending request; its links open nothing more. */
export async function cancelRequest(
  deps: Deps,
  caller: Caller,
  input: { requestId: string; reason: string | null },
): Promise<{ ok: true }> {
  const now = deps.now();
  const tenantId = await runTransaction(deps.db, async (tx) => {
    const managed = await readManagedRequest(deps.db, tx, caller, input.requestId);
    const cancelled = applyCancel(managed.request, managed.uid, input.reason || null, now);
    tx.set(
      deps.db.doc(paths.signatureRequest(managed.tenantId, input.requestId)).withConverter(requestConverter),
      cancelled,
    );
    return managed.tenantId;
  });
  signaturesLog.closed(tenantId, input.requestId, 'cancelled');
  return { ok: true };
}

/** The pending requests of every tenant with `field <= now`, a page at a time after `cursor`. */
function duePage(db: Firestore, field: 'expiresAt' | 'remindAt', now: Date, cursor: [Date, string] | null) {
  let query = db
    .collectionGroup('signatureRequests')
    .where('status', '==', 'pending')
    .where(field, '<=', now)
    .orderBy(field)
    .orderBy(FieldPath.documentId())
    .limit(PAGE_SIZE);
  if (cursor) query = query.startAfter(cursor[0], cursor[1]);
  return query.get();
}

/** Each due request of the query, a page at a time; `act` works in its own transaction. */
async function forEachDue(
  db: Firestore,
  field: 'expiresAt' | 'remindAt',
  now: Date,
  act: (tenantId: string, requestId: string) => Promise<boolean>,
): Promise<number> {
  let cursor: [Date, string] | null = null;
  let done = 0;
  for (;;) {
    const page = await duePage(db, field, now, cursor);
    for (const snapshot of page.docs) {
      const tenantId = snapshot.ref.parent.parent?.id;
      if (tenantId && (await act(tenantId, snapshot.id))) done += 1;
    }
    const last = page.docs[page.docs.length - 1];
    if (page.size < PAGE_SIZE || !last) return done;
    const value: unknown = last.get(field);
    cursor = [value instanceof Date ? value : (value as { toDate(): Date }).toDate(), last.ref.path];
  }
}

/**
 * `signatures-expireRequests`: every pending request past its date becomes expired, and its agent is
 * told once. Each is read again in its transaction, so a rerun or a concurrent signature changes nothing.
 */
export async function expireRequests(deps: { db: Firestore; links: AppLinks }, now: Date): Promise<number> {
  return forEachDue(deps.db, 'expiresAt', now, (tenantId, requestId) =>
    runTransaction(deps.db, async (tx) => {
      const ref = deps.db.doc(paths.signatureRequest(tenantId, requestId)).withConverter(requestConverter);
      const request = (await tx.get(ref)).data();
      if (!request) return false;
      const expired = applyExpiry(request, now);
      if (expired === request) return false;
      const tenant = await readTenant(deps.db, tx, tenantId);
      const tellAgent = await prepareAgentUpdate(deps, tx, { tenantId, tenant, request: expired }, 'expired', null);
      tx.set(ref, expired);
      tellAgent(now);
      signaturesLog.closed(tenantId, requestId, 'expired');
      return true;
    }),
  );
}

/**
 * `signatures-sendReminders`: every pending request whose reminder is due mails its invited signers a
 * fresh link, under mail ids derived from the reminder's time, so a rerun sends nothing twice.
 */
export async function sendDueReminders(deps: { db: Firestore; links: AppLinks }, now: Date): Promise<number> {
  return forEachDue(deps.db, 'remindAt', now, (tenantId, requestId) =>
    runTransaction(deps.db, async (tx) => {
      const ref = deps.db.doc(paths.signatureRequest(tenantId, requestId)).withConverter(requestConverter);
      const request = (await tx.get(ref)).data();
      const remindAt = request?.remindAt;
      if (!request || request.status !== 'pending' || !remindAt || remindAt.getTime() > now.getTime()) return false;
      const tenant = await readTenant(deps.db, tx, tenantId);
      const reminded = remindSigners(
        deps,
        tx,
        { tenantId, tenant, request },
        now,
        (signerId) => `signature-reminder-${requestId}-${signerId}-${remindAt.getTime()}`,
      );
      tx.set(ref, reminded);
      return true;
    }),
  );
}
