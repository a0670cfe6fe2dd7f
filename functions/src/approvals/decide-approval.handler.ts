import {
  calendarDateSchema,
  approvalActionWords,
  approvalDecideRefusal,
  approvalDecisionWords,
  approvalResult,
  decidesApprovals,
  type Approval,
  type ApprovalResult,
  type ContractParsedInput,
  type decideApprovalContract,
  type Tenant,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { bookingRef } from '../bookings/booking-store';
import { prepareOffer } from '../bookings/issue-booking.handler';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { brandOf, queueMail } from '../lib/mail-outbox';
import { Refusal } from '../lib/refusal';
import { readActor, readTenant, type Actor } from '../lib/staff';
import { historyEntry, unitConverter } from '../projects/inventory-store';
import { applyExtension } from '../reservations/extend-reservation.handler';
import { reservationRef, unitRef } from '../reservations/reservation-store';
import { memberConverter } from '../lib/converters';
import { paths } from '@estate/domain';
import { approvalRef } from './approval-store';
import { approvalsLog } from './approvals.log';
import { runTransaction } from '../lib/transactions';

/**
 * The head of sales approves or rejects a pending request. Approving performs the action in the same
 * transaction: the reservation is extended (if still active), or the unit gets the price (if not fixed
 * meanwhile); otherwise the approval is kept with the outcome `not-applicable`. The requester is mailed
 * the decision once. A decided request is refused, so a second click or a retry changes nothing.
 */
export async function decideApproval(
  deps: Deps,
  caller: Caller,
  input: ContractParsedInput<typeof decideApprovalContract>,
): Promise<ApprovalResult> {
  const { db } = deps;
  const now = deps.now();
  const decided = await runTransaction(db, async (tx) => {
    const actor = await readActor(db, tx, caller);
    if (!decidesApprovals(actor.role)) {
      throw new Refusal('permission-denied', 'Only the owner or an admin decides approvals.', 'not-approver');
    }
    const tenantId = actor.tenantId;
    const ref = approvalRef(db, tenantId, input.approvalId);
    const approval = (await tx.get(ref)).data();
    if (!approval) throw new Refusal('not-found', 'This request does not exist.', 'approval-not-found');
    if (approvalDecideRefusal(approval)) {
      throw new Refusal('failed-precondition', 'This request was already decided or withdrawn.', 'approval-decided');
    }
    const [tenant, requester] = await Promise.all([
      readTenant(db, tx, tenantId),
      tx.get(db.doc(paths.member(tenantId, approval.requestedBy)).withConverter(memberConverter)).then((s) => s.data()),
    ]);
    const perform = input.decision === 'approve' ? await prepareAction(db, tx, actor, approval, now) : null;
    const next: Approval = {
      ...approval,
      status: input.decision === 'approve' ? 'approved' : 'rejected',
      decidedBy: actor.uid,
      decidedByName: actor.member.displayName,
      decidedAt: now,
      decisionNote: input.note || null,
      outcome: input.decision === 'approve' ? (perform ? 'applied' : 'not-applicable') : null,
      updatedAt: now,
    };
    perform?.(tenant, actor);
    tx.set(ref, next);
    if (requester?.status === 'active' && requester.email) {
      const locale = requester.locale;
      const status = next.status as 'approved' | 'rejected';
      queueMail(
        db,
        tx,
        {
          tenantId,
          to: requester.email,
          locale,
          templateId: 'approval-decided',
          mailId: `approval-${approval.id}-decided`,
          data: {
            requesterName: requester.displayName,
            approverName: actor.member.displayName,
            unitNumber: approval.unitNumber,
            projectName: approval.projectName,
            action: approvalActionWords(locale, tenant.currency, approval),
            decision: approvalDecisionWords(locale, status),
            note: input.note,
          },
          brand: brandOf(tenant),
        },
        now,
      );
    }
    return next;
  });
  approvalsLog.decided(caller.claims?.tenantId ?? '', decided.id, decided.status, decided.outcome ?? '', caller.uid);
  return approvalResult(decided);
}

type Perform = (tenant: Tenant, actor: Actor) => void;

/**
 * Reads what the approved action changes and returns the writes that perform it, or null when it can
 * no longer be done (Firestore wants every read of the transaction before its first write).
 */
async function prepareAction(
  db: Firestore,
  tx: Transaction,
  decider: Actor,
  approval: Approval,
  now: Date,
): Promise<Perform | null> {
  const tenantId = decider.tenantId;
  const { action } = approval;
  if (action.kind === 'bookingDiscount') {
    // Issued as the requester's offer; not applicable once its id is taken or the unit moved on.
    if ((await tx.get(bookingRef(db, tenantId, action.bookingId))).exists) return null;
    try {
      const offer = await prepareOffer(db, tx, {
        actor: decider,
        author: { uid: approval.requestedBy, name: approval.requestedByName },
        request: { ...action, validUntil: calendarDateSchema.parse(action.validUntil) },
        threshold: { kind: 'approved', approvalId: approval.id },
        now,
      });
      return () => offer.write();
    } catch (error) {
      if (error instanceof Refusal) return null;
      throw error;
    }
  }
  if (action.kind === 'reservationExtension') {
    const reservation = (await tx.get(reservationRef(db, tenantId, action.reservationId))).data();
    if (!reservation || reservation.status !== 'active' || !reservation.until || reservation.until <= now) return null;
    const unit = (await tx.get(unitRef(db, tenantId, reservation.unitId))).data();
    return (tenant, actor) => {
      applyExtension(db, tx, tenant, {
        reservation,
        unit,
        by: action.by,
        author: { uid: actor.uid, name: actor.member.displayName },
        now,
      });
    };
  }
  const unitDoc = db.doc(paths.unit(tenantId, action.unitId)).withConverter(unitConverter);
  const unit = (await tx.get(unitDoc)).data();
  if (!unit || unit.priceFixed) return null;
  return (_tenant, actor) => {
    if (unit.price === action.price) return;
    tx.update(unitDoc, { price: action.price, updatedAt: now });
    const { ref, entry } = historyEntry(db, tenantId, unit.id, actor, now, {
      kind: 'price',
      source: 'approval',
      priceBefore: unit.price,
      priceAfter: action.price,
      statusBefore: null,
      statusAfter: null,
    });
    tx.set(ref, entry);
  };
}
