import { nextAgreementStatus, type AdvanceAgreementInput, type AgreementStatus } from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { agreementRef, readDeveloperStaff } from './agreement-store';
import { agreementsLog } from './agreements.log';
import { runTransaction } from '../lib/transactions';

/**
 * Moves an agreement one step on (draft → sentToBank → approvedByBank → signed → registered), recording
 * who and when. `to` must be the next status: a second click, or a screen older than another's change,
 * is refused rather than skipping a step. Asking again for the status it already has changes nothing.
 */
export async function advanceAgreement(
  deps: Deps,
  caller: Caller,
  input: AdvanceAgreementInput,
): Promise<{ status: AgreementStatus }> {
  const { db } = deps;
  const now = deps.now();
  const result = await runTransaction(db, async (tx) => {
    const { actor } = await readDeveloperStaff(db, tx, caller);
    const ref = agreementRef(db, actor.tenantId, input.agreementId);
    const agreement = (await tx.get(ref)).data();
    if (!agreement) throw new Refusal('not-found', 'This agreement does not exist.', 'agreement-not-found');
    if (agreement.status === input.to) return { tenantId: actor.tenantId, status: agreement.status, changed: false };
    if (nextAgreementStatus(agreement.status) !== input.to) {
      throw new Refusal(
        'failed-precondition',
        `This agreement is ${agreement.status}; it cannot move to ${input.to}.`,
        'wrong-step',
        { status: agreement.status },
      );
    }
    tx.update(ref, {
      status: input.to,
      steps: [...agreement.steps, { status: input.to, at: now, by: actor.uid, byName: actor.member.displayName }],
      updatedAt: now,
    });
    return { tenantId: actor.tenantId, status: input.to, changed: true };
  });
  if (result.changed) agreementsLog.advanced(result.tenantId, input.agreementId, result.status, caller.uid);
  return { status: result.status };
}
