import { paths, readClaims, type Member, type RequestAccessInput, type RequestAccessResult } from '@estate/domain';
import type { Caller } from '../lib/caller';
import { memberConverter } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { teamLog } from './team.log';
import { brandOf, queueMail } from '../lib/mail-outbox';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';

/**
 * A signed-up collaborator asks to join a tenant. Asking again while pending changes nothing and
 * mails nobody; a declined request stays declined.
 */
export async function requestAccess(
  deps: Deps,
  caller: Caller,
  input: RequestAccessInput,
): Promise<RequestAccessResult> {
  const { db, auth } = deps;
  if (caller.claims) throw new Refusal('failed-precondition', 'You already belong to an agency.', 'already-member');
  const user = await auth.getUser(caller.uid);
  if (readClaims(user.customClaims))
    throw new Refusal('failed-precondition', 'You already belong to an agency.', 'already-member');
  const email = user.email ?? caller.email;
  if (!email) throw new Refusal('failed-precondition', 'Your account has no email address.', 'no-email');
  const now = deps.now();

  const notified = await db.runTransaction(async (tx) => {
    const tenant = await readTenant(db, tx, input.tenantId);
    const memberRef = db.doc(paths.member(tenant.id, caller.uid)).withConverter(memberConverter);
    const existing = (await tx.get(memberRef)).data();
    if (existing?.status === 'pending') return 0;
    if (existing?.status === 'rejected')
      throw new Refusal('failed-precondition', 'Your request was declined.', 'request-declined');
    if (existing)
      throw new Refusal('failed-precondition', 'You already have an account in this agency.', 'already-member');
    const managers = await tx.get(
      db.collection(paths.members(tenant.id)).withConverter(memberConverter).where('role', 'in', ['owner', 'admin']),
    );
    const recipients = managers.docs.map((doc) => doc.data()).filter((manager) => manager.status === 'active');

    const member: Member = {
      uid: caller.uid,
      email,
      displayName: input.displayName,
      role: null,
      status: 'pending',
      locale: input.locale,
      requestedAt: now,
      decidedAt: null,
      decidedBy: null,
      sessionsRevokedAt: null,
      managerUid: null,
      updatedAt: now,
    };
    tx.create(memberRef, member);
    const link = deps.links.link('admin', tenant, '/team');
    for (const manager of recipients) {
      queueMail(
        db,
        tx,
        {
          tenantId: tenant.id,
          to: manager.email,
          locale: manager.locale,
          templateId: 'access-request',
          data: { displayName: input.displayName, email, link },
          brand: brandOf(tenant),
        },
        now,
      );
    }
    return recipients.length;
  });
  teamLog.accessRequested(input.tenantId, caller.uid, notified);
  return { status: 'pending' };
}
