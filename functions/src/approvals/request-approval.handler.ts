import {
  approvalResult,
  calendarDateSchema,
  decidesApprovals,
  extendRefusal,
  isBelowFloor,
  unitFloorPrice,
  type Approval,
  type ApprovalResult,
  type ContractParsedInput,
  type requestApprovalContract,
} from '@estate/domain';
import { prepareOffer } from '../bookings/issue-booking.handler';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import {
  readReservationSettings,
  readStaff,
  readUnit,
  readUnitPlace,
  reservationRef,
} from '../reservations/reservation-store';
import { approvalRef, mailApprovers, projectConverter, readApprovers, readPendingOnUnit } from './approval-store';
import { approvalsLog } from './approvals.log';
import { paths } from '@estate/domain';
import { runTransaction } from '../lib/transactions';

const NO_APPROVAL_NEEDED = 'This is within your limits: do it directly, no approval is needed.';

/**
 * A manager asks the head of sales for an action beyond their limits. Refused when the action needs no
 * approval (within the limits, or asked by the head of sales themselves), when it could not be done
 * anyway, or when the same thing already waits. The request id is the approval's id, so a retried call
 * returns what the first one created; each approver is mailed once.
 */
export async function requestApproval(
  deps: Deps,
  caller: Caller,
  input: ContractParsedInput<typeof requestApprovalContract>,
): Promise<ApprovalResult> {
  const { db } = deps;
  const now = deps.now();
  const approval = await runTransaction(db, async (tx) => {
    const staff = await readStaff(db, tx, caller);
    const tenantId = staff.tenantId;
    const ref = approvalRef(db, tenantId, input.requestId);
    const existing = (await tx.get(ref)).data();
    if (existing) return existing;
    if (decidesApprovals(staff.actor.role)) {
      throw new Refusal('failed-precondition', NO_APPROVAL_NEEDED, 'no-approval-needed');
    }
    const { action } = input;
    const tenant = await readTenant(db, tx, tenantId);
    let subject: Pick<Approval, 'unitId' | 'unitNumber' | 'projectName' | 'contactName' | 'current' | 'floorPrice'>;
    if (action.kind === 'reservationExtension') {
      const reservation = (await tx.get(reservationRef(db, tenantId, action.reservationId))).data();
      if (!reservation) throw new Refusal('not-found', 'This reservation does not exist.', 'reservation-not-found');
      const settings = await readReservationSettings(db, tx, tenantId);
      const refusal = extendRefusal(reservation, action.by, settings, now);
      if (refusal === null) throw new Refusal('failed-precondition', NO_APPROVAL_NEEDED, 'no-approval-needed');
      if (refusal !== 'extension-needs-approval') {
        throw new Refusal(
          'failed-precondition',
          'Only an active reservation can be extended.',
          'reservation-not-active',
        );
      }
      subject = {
        unitId: reservation.unitId,
        unitNumber: reservation.unitNumber,
        projectName: reservation.projectName,
        contactName: reservation.contactName,
        current: { until: reservation.until, price: null },
        floorPrice: null,
      };
    } else if (action.kind === 'bookingDiscount') {
      // The same checks as issuing the offer, so the head of sales is never asked for one that could not be.
      const offer = await prepareOffer(db, tx, {
        actor: staff.actor,
        author: { uid: staff.uid, name: staff.name },
        request: { ...action, validUntil: calendarDateSchema.parse(action.validUntil) },
        threshold: { kind: 'asking' },
        now,
      });
      if (!offer.booking.discount || offer.booking.discount.amount <= offer.managerMaxDiscount) {
        throw new Refusal('failed-precondition', NO_APPROVAL_NEEDED, 'no-approval-needed');
      }
      subject = {
        unitId: offer.booking.unitId,
        unitNumber: offer.booking.unitNumber,
        projectName: offer.booking.projectName,
        contactName: offer.booking.contactName,
        current: { until: null, price: offer.priceBefore },
        floorPrice: null,
      };
    } else {
      const unit = await readUnit(db, tx, tenantId, action.unitId);
      if (unit.priceFixed) {
        throw new Refusal('failed-precondition', 'This unit’s price is fixed by a paid offer.', 'price-fixed');
      }
      const project = (
        await tx.get(db.doc(paths.project(tenantId, unit.projectId)).withConverter(projectConverter))
      ).data();
      const floorPrice = unitFloorPrice(unit, project?.floorPricePerSquareMetre);
      if (!isBelowFloor(action.price, floorPrice)) {
        throw new Refusal('failed-precondition', NO_APPROVAL_NEEDED, 'no-approval-needed');
      }
      const { projectName } = await readUnitPlace(db, tx, tenantId, unit);
      subject = {
        unitId: unit.id,
        unitNumber: unit.number,
        projectName,
        contactName: unit.hold?.contactName ?? null,
        current: { until: null, price: unit.price },
        floorPrice,
      };
    }
    const [pending, approvers] = await Promise.all([
      readPendingOnUnit(db, tx, tenantId, subject.unitId),
      readApprovers(db, tx, tenantId),
    ]);
    if (pending.some((other) => other.action.kind === action.kind)) {
      throw new Refusal(
        'failed-precondition',
        'The same request already waits for the head of sales on this unit.',
        'already-pending',
      );
    }
    const created: Approval = {
      id: ref.id,
      action,
      status: 'pending',
      ...subject,
      reason: input.reason,
      requestedBy: staff.uid,
      requestedByName: staff.name,
      requestedAt: now,
      decidedBy: null,
      decidedByName: null,
      decidedAt: null,
      decisionNote: null,
      outcome: null,
      updatedAt: now,
    };
    tx.create(ref, created);
    mailApprovers(db, tx, deps.links, tenant, created, approvers, now);
    return created;
  });
  approvalsLog.requested(caller.claims?.tenantId ?? '', approval.id, approval.action.kind, caller.uid);
  return approvalResult(approval);
}
