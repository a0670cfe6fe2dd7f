import {
  approvalResult,
  approvalWithdrawRefusal,
  type ApprovalResult,
  type ContractParsedInput,
  type withdrawApprovalContract,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readActor } from '../lib/staff';
import { approvalRef } from './approval-store';
import { approvalsLog } from './approvals.log';
import { runTransaction } from '../lib/transactions';

/** The requester takes back a request nobody decided yet. */
export async function withdrawApproval(
  deps: Deps,
  caller: Caller,
  input: ContractParsedInput<typeof withdrawApprovalContract>,
): Promise<ApprovalResult> {
  const { db } = deps;
  const now = deps.now();
  const withdrawn = await runTransaction(db, async (tx) => {
    const actor = await readActor(db, tx, caller);
    const ref = approvalRef(db, actor.tenantId, input.approvalId);
    const approval = (await tx.get(ref)).data();
    if (!approval) throw new Refusal('not-found', 'This request does not exist.', 'approval-not-found');
    const refusal = approvalWithdrawRefusal(approval, actor.uid);
    if (refusal === 'not-requester') {
      throw new Refusal('permission-denied', 'Only who asked may withdraw this request.', refusal);
    }
    if (refusal) throw new Refusal('failed-precondition', 'This request was already decided or withdrawn.', refusal);
    const next = { ...approval, status: 'withdrawn' as const, updatedAt: now };
    tx.set(ref, next);
    return next;
  });
  approvalsLog.withdrawn(caller.claims?.tenantId ?? '', withdrawn.id, caller.uid);
  return approvalResult(withdrawn);
}
