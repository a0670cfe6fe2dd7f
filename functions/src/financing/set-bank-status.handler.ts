import {
  bankIndexes,
  canMoveBank,
  financingHistoryText,
  isFinalBankStatus,
  type BankLine,
  type FinancingApplication,
  type FinancingResult,
  type ValidSetBankStatusInput,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import {
  applicationRef,
  readApplication,
  readFinancingStaff,
  readReport,
  writeFinancingEntry,
  writeReport,
} from './financing-store';
import { financingLog } from './financing.log';
import { runTransaction } from '../lib/transactions';

/**
 * Records where one bank stands: sent, under review, approved (with its conditions and rate) or
 * declined, dated today. A bank moves forward only and its answer is final; asking again for the
 * status a line already has changes nothing (a retried call), so the history says it once.
 */
export async function setBankStatus(
  deps: Deps,
  caller: Caller,
  input: ValidSetBankStatusInput,
): Promise<FinancingResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const { actor, tenant } = await readFinancingStaff(db, tx, caller);
    const tenantId = actor.tenantId;
    const before = await readApplication(db, tx, tenantId, input.applicationId);
    const line = before.banks.find((candidate) => candidate.id === input.lineId);
    if (!line) throw new Refusal('not-found', 'This bank is not on the application.', 'bank-line-not-found');
    if (line.status === input.to) return { application: before, changed: false, tenantId };
    if (!canMoveBank(line.status, input.to)) {
      if (isFinalBankStatus(line.status)) {
        throw new Refusal(
          'failed-precondition',
          `${line.bank} has already answered (${line.status}).`,
          'bank-line-closed',
          { status: line.status },
        );
      }
      throw new Refusal(
        'failed-precondition',
        `${line.bank} is ${line.status}; it cannot move back to ${input.to}.`,
        'wrong-step',
        { status: line.status },
      );
    }
    const report = await readReport(db, tx, tenantId);
    const approved = input.to === 'approved';
    const moved: BankLine = {
      ...line,
      status: input.to,
      conditions: approved ? input.conditions : line.conditions,
      ratePercent: approved && input.ratePercent !== null ? input.ratePercent : line.ratePercent,
      dates: { ...line.dates, [input.to]: now },
    };
    const banks = before.banks.map((candidate) => (candidate.id === line.id ? moved : candidate));
    const application: FinancingApplication = { ...before, banks, ...bankIndexes(banks), updatedAt: now };
    tx.set(applicationRef(db, tenantId, application.id), application);
    writeReport(db, tx, tenantId, report, { before, after: application, now });
    writeFinancingEntry(db, tx, tenantId, {
      entryId: `financing-${application.id}-${line.id}-${input.to}`,
      type: 'remark',
      contactId: application.contactId,
      text: financingHistoryText(tenant.locale, {
        kind: 'status',
        financing: application.kind,
        bank: line.bank,
        status: input.to,
        conditions: moved.conditions,
      }),
      authorUid: actor.uid,
      now,
    });
    return { application, changed: true, tenantId };
  });
  if (outcome.changed) {
    financingLog.bankStatus(outcome.tenantId, input.applicationId, input.lineId, input.to, caller.uid);
  }
  return { applicationId: outcome.application.id, status: outcome.application.status };
}
