import {
  paths,
  pickLocale,
  readClaims,
  type Locale,
  type RequestPasswordResetInput,
  type RequestPasswordResetResult,
} from '@estate/domain';
import type { UserRecord } from 'firebase-admin/auth';
import type { CallMeta } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { consumeQuotas, type QuotaCharge } from '../lib/quotas';
import { accountLog } from './account.log';
import { brandOf, queueMail } from '../lib/mail-outbox';
import { readTenant } from '../lib/staff';
import { resolveDomain } from '../tenancy/resolve-domain';
import { runTransaction } from '../lib/transactions';

const OK: RequestPasswordResetResult = { ok: true };

async function findUser(deps: Deps, email: string): Promise<UserRecord | null> {
  try {
    return await deps.auth.getUserByEmail(email);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'auth/user-not-found') return null;
    throw error;
  }
}

/** The user's language: their member document for staff, their contact for clients, else the app's. */
async function localeOf(
  deps: Deps,
  tenantId: string,
  user: UserRecord,
  fallback: Locale,
): Promise<{ belongs: boolean; locale: Locale }> {
  const claims = readClaims(user.customClaims);
  const member = await deps.db.doc(paths.member(tenantId, user.uid)).get();
  // An account belongs to the tenant its claims name. Without claims, only a request still pending
  // here counts: a person turned down here may since have become somebody else's owner.
  const pendingHere = !claims && member.exists && member.get('status') === 'pending';
  if (claims?.tenantId !== tenantId && !pendingHere) return { belongs: false, locale: fallback };
  if (member.exists) return { belongs: true, locale: pickLocale(member.get('locale'), fallback) };
  if (claims?.contactId) {
    const contact = await deps.db.doc(paths.contact(tenantId, claims.contactId)).get();
    return { belongs: true, locale: pickLocale(contact.get('locale'), fallback) };
  }
  return { belongs: true, locale: fallback };
}

/**
 * Sends a reset link branded by the tenant of the host asked from, only to an account of that
 * tenant. The answer is the same whatever happened, so nobody can probe which addresses exist.
 * Every call on an agency's host counts against the address's and the caller's (IP) quotas before the
 * address is looked up, so the quota refuses an unknown address exactly like a known one.
 */
export async function requestPasswordReset(
  deps: Deps,
  input: RequestPasswordResetInput,
  meta: CallMeta,
): Promise<RequestPasswordResetResult> {
  const domain = (await resolveDomain(deps, { host: input.host, tenantId: input.tenantId }))?.domain;
  if (!domain) {
    accountLog.passwordResetSkipped('unknown-host', input.email);
    return OK;
  }
  const charges: QuotaCharge[] = [{ scope: 'password-reset-address', subject: input.email }];
  if (meta.ip) charges.push({ scope: 'password-reset-caller', subject: meta.ip });
  await consumeQuotas(deps, charges);
  const user = await findUser(deps, input.email);
  if (!user || user.disabled) {
    accountLog.passwordResetSkipped(user ? 'disabled' : 'no-account', input.email);
    return OK;
  }
  const { belongs, locale } = await localeOf(deps, domain.tenantId, user, domain.locale);
  if (!belongs) {
    accountLog.passwordResetSkipped('other-agency', input.email);
    return OK;
  }
  const link = await deps.auth.generatePasswordResetLink(input.email);
  const oobCode = new URL(link).searchParams.get('oobCode');
  if (!oobCode) throw new Error('the password reset link carries no oobCode');
  const now = deps.now();
  await runTransaction(deps.db, async (tx) => {
    const tenant = await readTenant(deps.db, tx, domain.tenantId);
    const resetLink = deps.links.link(domain.app, tenant, '/reset', { oobCode });
    queueMail(
      deps.db,
      tx,
      {
        tenantId: tenant.id,
        to: input.email,
        locale,
        templateId: 'password-reset',
        data: { link: resetLink },
        brand: brandOf(tenant),
      },
      now,
    );
  });
  accountLog.passwordResetQueued(domain.tenantId, user.uid);
  return OK;
}
