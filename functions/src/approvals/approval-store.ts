import {
  approvalActionWords,
  approvalModel,
  paths,
  projectModel,
  type Approval,
  type Member,
  type Tenant,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import type { AppLinks } from '../lib/app-links';
import { converterOf, memberConverter } from '../lib/converters';
import { brandOf, queueMail } from '../lib/mail-outbox';

const approvalConverter = converterOf(approvalModel);
export const projectConverter = converterOf(projectModel);

export const approvalRef = (db: Firestore, tenantId: string, approvalId: string) =>
  db.doc(paths.approval(tenantId, approvalId)).withConverter(approvalConverter);

/** The head of sales: the tenant's active owner and admins (a handful), read inside the transaction. */
export async function readApprovers(db: Firestore, tx: Transaction, tenantId: string): Promise<Member[]> {
  const snapshot = await tx.get(
    db.collection(paths.members(tenantId)).withConverter(memberConverter).where('role', 'in', ['owner', 'admin']),
  );
  return snapshot.docs.map((doc) => doc.data()).filter((member) => member.status === 'active');
}

/** Pending requests on the unit (a few at most), to refuse asking the same thing twice. */
export async function readPendingOnUnit(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  unitId: string,
): Promise<Approval[]> {
  const snapshot = await tx.get(
    db
      .collection(paths.approvals(tenantId))
      .withConverter(approvalConverter)
      .where('unitId', '==', unitId)
      .where('status', '==', 'pending')
      .limit(20),
  );
  return snapshot.docs.map((doc) => doc.data());
}

/** Each approver is mailed once per request (the mail id derives from both). */
export function mailApprovers(
  db: Firestore,
  tx: Transaction,
  links: AppLinks,
  tenant: Tenant,
  approval: Approval,
  approvers: readonly Member[],
  now: Date,
): void {
  const link = links.link('admin', tenant, '/approvals', { approval: approval.id });
  for (const approver of approvers) {
    if (approver.uid === approval.requestedBy) continue;
    queueMail(
      db,
      tx,
      {
        tenantId: tenant.id,
        to: approver.email,
        locale: approver.locale,
        templateId: 'approval-requested',
        mailId: `approval-${approval.id}-to-${approver.uid}`,
        data: {
          approverName: approver.displayName,
          requesterName: approval.requestedByName,
          unitNumber: approval.unitNumber,
          projectName: approval.projectName,
          action: approvalActionWords(approver.locale, tenant.currency, approval),
          reason: approval.reason,
          link,
        },
        brand: brandOf(tenant),
      },
      now,
    );
  }
}
