import {
  bankIndexes,
  contactFullName,
  financingHistoryText,
  normaliseBankName,
  paths,
  unitModel,
  bookingModel,
  type BankLine,
  type FinancingApplication,
  type FinancingResult,
  type ValidSaveApplicationInput,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { converterOf } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readVisibleContact } from '../pipeline/pipeline-store';
import { applicationRef, readFinancingStaff, readReport, writeFinancingEntry, writeReport } from './financing-store';
import { financingLog } from './financing.log';
import { runTransaction } from '../lib/transactions';

const unitConverter = converterOf(unitModel);
const bookingConverter = converterOf(bookingModel);

/**
 * Creates an application (the app makes its id, so a retried creation finds it) or saves its figures
 * and bank lines. A line added starts as a draft; a line kept keeps its status and dates; a line that
 * has left draft cannot be removed (its bank has the file). The report's counts change in the same
 * transaction, and a creation is written in the client's history once.
 */
export async function saveApplication(
  deps: Deps,
  caller: Caller,
  input: ValidSaveApplicationInput,
): Promise<FinancingResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const { actor, tenant } = await readFinancingStaff(db, tx, caller);
    const tenantId = actor.tenantId;
    const ref = applicationRef(db, tenantId, input.applicationId);
    const existing = (await tx.get(ref)).data() ?? null;
    if (existing && existing.contactId !== input.contactId) {
      throw new Refusal(
        'failed-precondition',
        'An application stays with its client: open a new one for another client.',
        'contact-changed',
      );
    }
    const contact = await readVisibleContact(db, tx, actor, input.contactId);
    const booking = input.bookingId
      ? (await tx.get(db.doc(paths.booking(tenantId, input.bookingId)).withConverter(bookingConverter))).data()
      : null;
    if (booking === undefined) {
      throw new Refusal('not-found', 'This booking offer does not exist.', 'booking-not-found');
    }
    if (booking && booking.contactId !== contact.id) {
      throw new Refusal(
        'failed-precondition',
        `This booking offer is ${booking.contactName}'s, not this client's.`,
        'booking-other-client',
      );
    }
    // The offer names its unit: an application on an offer is on that unit.
    const unitId = booking?.unitId ?? input.unitId;
    const unit = unitId
      ? (await tx.get(db.doc(paths.unit(tenantId, unitId)).withConverter(unitConverter))).data()
      : null;
    if (unit === undefined) throw new Refusal('not-found', 'This unit does not exist.', 'unit-not-found');
    const report = await readReport(db, tx, tenantId);

    const kept = new Map(existing?.banks.map((line) => [line.id, line]));
    const removedInProgress = existing?.banks.find(
      (line) => line.status !== 'draft' && !input.banks.some((wanted) => wanted.id === line.id),
    );
    if (removedInProgress) {
      throw new Refusal(
        'failed-precondition',
        `${removedInProgress.bank} already has this file (${removedInProgress.status}): it cannot be removed.`,
        'bank-line-in-progress',
        { bank: removedInProgress.bank },
      );
    }
    const banks: BankLine[] = input.banks.map((wanted) => {
      const line = kept.get(wanted.id);
      const fields = {
        bank: normaliseBankName(wanted.bank),
        programme: wanted.programme,
        amount: wanted.amount,
        ratePercent: wanted.ratePercent,
      };
      if (line) return { ...line, ...fields };
      return {
        id: wanted.id,
        ...fields,
        status: 'draft',
        conditions: '',
        dates: { draft: now, sent: null, underReview: null, approved: null, declined: null },
      };
    });
    const mortgageHold = unit?.hold?.contactId === contact.id && unit.hold.kind === 'mortgage' ? unit.hold : null;
    const application: FinancingApplication = {
      id: input.applicationId,
      kind: input.kind,
      contactId: contact.id,
      contactName: contactFullName(contact),
      unitId: unit?.id ?? null,
      projectId: unit?.projectId ?? null,
      buildingId: unit?.buildingId ?? null,
      unitNumber: unit?.number ?? null,
      bookingId: booking?.id ?? null,
      reservationId:
        mortgageHold?.reservationId ?? (existing && existing.unitId === unit?.id ? existing.reservationId : null),
      price: input.price,
      downPayment: input.downPayment,
      amountRequested: input.amountRequested,
      termMonths: input.termMonths,
      banks,
      ...bankIndexes(banks),
      notes: input.notes,
      consultations: existing?.consultations ?? 0,
      lastConsultationAt: existing?.lastConsultationAt ?? null,
      createdBy: existing?.createdBy ?? actor.uid,
      createdByName: existing?.createdByName ?? actor.member.displayName,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    tx.set(ref, application);
    writeReport(db, tx, tenantId, report, { before: existing, after: application, now });
    if (!existing) {
      writeFinancingEntry(db, tx, tenantId, {
        entryId: `financing-${application.id}-created`,
        type: 'remark',
        contactId: contact.id,
        text: financingHistoryText(tenant.locale, {
          kind: 'created',
          financing: application.kind,
          banks: application.bankNames,
        }),
        authorUid: actor.uid,
        now,
      });
    }
    return { application, created: !existing, tenantId };
  });
  const { application } = outcome;
  financingLog.saved(outcome.tenantId, application.id, outcome.created, application.banks.length, caller.uid);
  return { applicationId: application.id, status: application.status };
}
