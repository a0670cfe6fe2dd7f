import type { UnitKind } from '../projects/unit.schema';
import type { Role } from '../team/roles';
import type { Approval } from './approval.schema';

/** The head of sales: who decides approvals, and whose own actions need none. */
export function decidesApprovals(role: Role | null | undefined): boolean {
  return role === 'owner' || role === 'admin';
}

/** Units sold by the square metre; parking places and storage rooms have prices of their own. */
const FLOORED_KINDS: ReadonlySet<UnitKind> = new Set(['apartment', 'commercial']);

/**
 * The lowest price a manager may set alone on an apartment or commercial premises: its area times its
 * project's floor per m², rounded up to a whole unit of currency; null when the project sets no floor
 * or the unit is a parking place or storage room.
 */
export function unitFloorPrice(
  unit: { kind: UnitKind; area: number },
  floorPricePerSquareMetre: number | null | undefined,
): number | null {
  if (floorPricePerSquareMetre === null || floorPricePerSquareMetre === undefined) return null;
  if (!FLOORED_KINDS.has(unit.kind)) return null;
  return Math.ceil(Math.round(unit.area * floorPricePerSquareMetre * 100) / 100);
}

export function isBelowFloor(price: number, floorPrice: number | null): boolean {
  return floorPrice !== null && price < floorPrice;
}

export type ApprovalDecideRefusal = 'approval-decided';

/** A request is decided once: approving or rejecting one already decided or withdrawn is refused. */
export function approvalDecideRefusal(approval: Pick<Approval, 'status'>): ApprovalDecideRefusal | null {
  return approval.status === 'pending' ? null : 'approval-decided';
}

export type ApprovalWithdrawRefusal = 'approval-decided' | 'not-requester';

export function approvalWithdrawRefusal(
  approval: Pick<Approval, 'status' | 'requestedBy'>,
  uid: string,
): ApprovalWithdrawRefusal | null {
  if (approval.requestedBy !== uid) return 'not-requester';
  return approval.status === 'pending' ? null : 'approval-decided';
}
