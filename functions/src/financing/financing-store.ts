import {
  applyToFinancingReport,
  financingApplicationModel,
  financingReportModel,
  hasCapability,
  isCollaborator,
  paths,
  type FinancingApplication,
  type FinancingReport,
  type HistoryEntry,
  type HistoryType,
  type Tenant,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import { converterOf } from '../lib/converters';
import { Refusal } from '../lib/refusal';
import { readActor, readTenant, type Actor } from '../lib/staff';
import { historyConverter } from '../pipeline/pipeline-store';

const applicationConverter = converterOf(financingApplicationModel);
const reportConverter = converterOf(financingReportModel);

export const applicationRef = (db: Firestore, tenantId: string, applicationId: string) =>
  db.doc(paths.financingApplication(tenantId, applicationId)).withConverter(applicationConverter);

const reportRef = (db: Firestore, tenantId: string) =>
  db.doc(paths.financingReport(tenantId)).withConverter(reportConverter);

/** The sales team of a developer tenant (partners do not finance units), read inside the transaction. */
export async function readFinancingStaff(
  db: Firestore,
  tx: Transaction,
  caller: Caller,
): Promise<{ actor: Actor; tenant: Tenant }> {
  const actor = await readActor(db, tx, caller);
  if (!isCollaborator(actor.role)) {
    throw new Refusal('permission-denied', 'Only the sales team may do this.', 'not-staff');
  }
  const tenant = await readTenant(db, tx, actor.tenantId);
  if (!hasCapability(tenant.capabilities, 'developer')) {
    throw new Refusal(
      'failed-precondition',
      "Financing applications are part of a developer's sales office.",
      'not-developer',
    );
  }
  return { actor, tenant };
}

export async function readApplication(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  applicationId: string,
): Promise<FinancingApplication> {
  const application = (await tx.get(applicationRef(db, tenantId, applicationId))).data();
  if (!application) {
    throw new Refusal('not-found', 'This financing application does not exist.', 'application-not-found');
  }
  return application;
}

/** The report as stored, read before the transaction writes (a tenant without one starts empty). */
export async function readReport(db: Firestore, tx: Transaction, tenantId: string): Promise<FinancingReport> {
  return (await tx.get(reportRef(db, tenantId))).data() ?? { rows: [], updatedAt: new Date(0) };
}

/** Counts the application's change into the report, in the transaction that makes the change. */
export function writeReport(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  report: FinancingReport,
  change: { before: FinancingApplication | null; after: FinancingApplication | null; now: Date },
): void {
  tx.set(reportRef(db, tenantId), {
    rows: applyToFinancingReport(report.rows, change.before, change.after),
    updatedAt: change.now,
  });
}

export const historyEntryRef = (db: Firestore, tenantId: string, entryId: string) =>
  db.doc(paths.historyEntry(tenantId, entryId)).withConverter(historyConverter);

/** A client file history entry of the application; its id says which event, so it is written once. */
export function writeFinancingEntry(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  args: { entryId: string; type: HistoryType; contactId: string; text: string; authorUid: string; now: Date },
): void {
  const entryRef = historyEntryRef(db, tenantId, args.entryId);
  const entry: HistoryEntry = {
    id: entryRef.id,
    type: args.type,
    occurredAt: args.now,
    authorUid: args.authorUid,
    contactIds: [args.contactId],
    // No property: a unit is not a listed property, and an entry without one moves no phase.
    propertyId: null,
    dealId: null,
    text: args.text,
    phase: null,
    phaseChange: null,
    createdAt: args.now,
  };
  tx.set(entryRef, entry);
}
