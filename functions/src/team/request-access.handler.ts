import { paths, readClaims, type Member, type RequestAccessInput, type RequestAccessResult } from '@estate/domain';
import type { Caller } from '../lib/caller';
import { memberConverter } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { teamLog } from './team.log';
import { brandOf, queueMail } from '../lib/mail-outbox';
import { readQuotas, type QuotaCharge } from '../lib/quotas';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { runTransaction } from '../lib/transactions';

/** Firebase builds its own verification page; we keep the one-time code and link to the admin app's `/verify`. */
async function verificationCode(deps: Deps, email: string): Promise<string> {
  const link = await deps.auth.generateEmailVerificationLink(email);
  const code = new URL(link).searchParams.get('oobCode');
  if (!code) throw new Error('the email verification link carries no oobCode');
  return code;
}

/**
 * Anyone can sign up with an address they do not own: until the address is verified, the request
 * reaches nobody. Each call (the first and every "send again") mails the requester a verification
 * link in the agency's branding, within the access request quotas; nothing is written in the tenant.
 */
async function askForVerification(
  deps: Deps,
  input: RequestAccessInput,
  email: string,
  charges: QuotaCharge[],
): Promise<RequestAccessResult> {
  const { db } = deps;
  const oobCode = await verificationCode(deps, email);
  const now = deps.now();
  await runTransaction(db, async (tx) => {
    const tenant = await readTenant(db, tx, input.tenantId);
    const quotas = await readQuotas(db, tx, charges, now);
    quotas.take();
    queueMail(
      db,
      tx,
      {
        tenantId: tenant.id,
        to: email,
        locale: input.locale,
        templateId: 'email-verification',
        data: { displayName: input.displayName, link: deps.links.link('admin', tenant, '/verify', { oobCode }) },
        brand: brandOf(tenant),
      },
      now,
    );
  });
  return { status: 'unverified' };
}

/**
 * A signed-up collaborator asks to join a tenant. An unverified address first gets a verification
 * mail (see askForVerification); once verified, the request becomes a pending member and mails the
 * owner and admins. Asking again while pending changes nothing and mails nobody; a declined request
 * stays declined. Every mail counts against the caller's and the address's quotas.
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
  const charges: QuotaCharge[] = [
    { scope: 'access-request-caller', subject: caller.uid },
    { scope: 'access-request-address', subject: email },
  ];
  if (!user.emailVerified) {
    const result = await askForVerification(deps, input, email, charges);
    teamLog.verificationSent(input.tenantId, caller.uid);
    return result;
  }
  const now = deps.now();

  const notified = await runTransaction(db, async (tx) => {
    const tenant = await readTenant(db, tx, input.tenantId);
    const memberRef = db.doc(paths.member(tenant.id, caller.uid)).withConverter(memberConverter);
    const existing = (await tx.get(memberRef)).data();
    if (existing?.status === 'pending') return 0;
    if (existing?.status === 'rejected')
      throw new Refusal('failed-precondition', 'Your request was declined.', 'request-declined');
    if (existing)
      throw new Refusal('failed-precondition', 'You already have an account in this agency.', 'already-member');
    const quotas = await readQuotas(db, tx, charges, now);
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
    quotas.take();
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
