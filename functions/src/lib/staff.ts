import { paths, type Member, type StaffRole, type Tenant } from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import type { Caller } from './caller';
import { memberConverter, tenantConverter } from './converters';
import { Refusal } from './refusal';

export interface Actor {
  uid: string;
  tenantId: string;
  role: StaffRole;
  member: Member;
}

/**
 * The calling staff member, read inside the transaction. Claims tell the tenant; the member
 * document is the authority on role and status, so a token issued before a change or a
 * deactivation (onCall does not check revocation) grants nothing more than today's member.
 */
export async function readActor(db: Firestore, tx: Transaction, caller: Caller): Promise<Actor> {
  const tenantId = caller.claims?.tenantId;
  if (!tenantId || caller.claims?.role === 'client') {
    throw new Refusal('permission-denied', 'Only members of an agency team may do this.', 'not-staff');
  }
  const snapshot = await tx.get(db.doc(paths.member(tenantId, caller.uid)).withConverter(memberConverter));
  const member = snapshot.data();
  if (!member || member.status !== 'active' || !member.role) {
    throw new Refusal('permission-denied', 'Your access to this agency is not active.', 'actor-not-active');
  }
  return { uid: caller.uid, tenantId, role: member.role, member };
}

export async function readMember(db: Firestore, tx: Transaction, tenantId: string, uid: string): Promise<Member> {
  const snapshot = await tx.get(db.doc(paths.member(tenantId, uid)).withConverter(memberConverter));
  const member = snapshot.data();
  if (!member) throw new Refusal('not-found', 'This person is not a member of the agency.', 'member-not-found');
  return member;
}

export async function readTenant(db: Firestore, tx: Transaction, tenantId: string): Promise<Tenant> {
  const snapshot = await tx.get(db.doc(paths.tenant(tenantId)).withConverter(tenantConverter));
  const tenant = snapshot.data();
  if (!tenant) throw new Refusal('not-found', 'This agency does not exist.', 'tenant-not-found');
  return tenant;
}
