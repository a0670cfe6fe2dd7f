import { CALLABLES } from '@estate/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { callCallable, mustCall } from '../support/callables';
import { linkIn, oobCodeOf, waitForMail } from '../support/maildev';
import { createTenantWithOwner, signUpVerified, type TestTenant } from '../support/tenants';
import { resetPassword, signIn, uniqueEmail } from '../support/users';
import { expectInvalid, mailCount, queuedMailCount } from './function-fixtures';
import { adminOrigin, clientHost, clientOrigin } from '../support/emulator-env';

let tenant: TestTenant;
let other: TestTenant;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Oubli', locale: 'ru' });
  other = await createTenantWithOwner({ agencyName: 'Agence Ailleurs' });
});

describe('account-requestPasswordReset', () => {
  it("mails a reset link on the host asked from, in the user's language, whose code works", async () => {
    const result = await callCallable(CALLABLES.requestPasswordReset, {
      email: tenant.owner.email,
      host: tenant.hosts.admin,
    });
    expect(result).toEqual({ ok: true, data: { ok: true } });
    const mail = await waitForMail({ to: tenant.owner.email, subjectIncludes: 'Сброс пароля' });
    const link = linkIn(mail, '/reset');
    expect(link.startsWith(`${adminOrigin}/reset?oobCode=`)).toBe(true);
    expect(link).toMatch(/\/reset\?oobCode=[^&]+&tenant=/);
    await resetPassword(oobCodeOf(link), 'Brand-new-pass-1');
    await expect(signIn(tenant.owner.email, 'Brand-new-pass-1')).resolves.toMatchObject({ uid: tenant.owner.uid });
  });

  it('honours the emulator tenant override on the local client host', async () => {
    const before = await mailCount(other.owner.email);
    const result = await callCallable(CALLABLES.requestPasswordReset, {
      email: other.owner.email,
      host: clientHost,
      tenantId: other.tenantId,
    });
    expect(result.ok).toBe(true);
    const mail = await waitForMail({ to: other.owner.email, after: before });
    expect(linkIn(mail, '/reset')).toMatch(
      new RegExp(`^${clientOrigin}/reset\\?oobCode=[^&]+&tenant=${other.tenantId}$`),
    );
  });

  it('sends nothing for an account of another tenant or an unknown address, and still answers ok', async () => {
    const before = await mailCount(other.owner.email);
    const queuedBefore = await queuedMailCount(other.owner.email);
    expect(
      await callCallable(CALLABLES.requestPasswordReset, { email: other.owner.email, host: tenant.hosts.client }),
    ).toEqual({ ok: true, data: { ok: true } });
    const nobody = uniqueEmail('nobody');
    expect(await callCallable(CALLABLES.requestPasswordReset, { email: nobody, host: tenant.hosts.client })).toEqual({
      ok: true,
      data: { ok: true },
    });
    expect(await callCallable(CALLABLES.requestPasswordReset, { email: nobody, host: 'unknown.example.com' })).toEqual({
      ok: true,
      data: { ok: true },
    });
    for (const host of ['.', '__x__']) {
      expect(await callCallable(CALLABLES.requestPasswordReset, { email: other.owner.email, host })).toEqual({
        ok: true,
        data: { ok: true },
      });
    }
    // A reset mail would have been queued before the answer: none was, so none can reach MailDev.
    expect(await queuedMailCount(other.owner.email)).toBe(queuedBefore);
    expect(await queuedMailCount(nobody)).toBe(0);
    expect(await mailCount(other.owner.email)).toBe(before);
    expect(await mailCount(nobody)).toBe(0);
  });

  it('sends nothing on the host of an agency that turned the person down, once they own another agency', async () => {
    const email = uniqueEmail('turned-down');
    const { uid, idToken } = await signUpVerified(email);
    await mustCall(
      CALLABLES.requestAccess,
      { tenantId: tenant.tenantId, displayName: 'Rita Refus', locale: 'fr' },
      idToken,
    );
    await mustCall(CALLABLES.decideAccess, { uid, decision: 'reject' }, tenant.owner.idToken);
    await mustCall(
      CALLABLES.createTenant,
      { agencyName: 'Agence Rita', displayName: 'Rita Refus', locale: 'fr', currency: 'EUR', country: 'FR' },
      idToken,
    );
    // The refusal is mailed too: count from after it arrived, so only a reset mail could add one.
    await waitForMail({ to: email, subjectIncludes: 'Agence Oubli' });
    const before = await mailCount(email);
    const queuedBefore = await queuedMailCount(email);
    expect(await callCallable(CALLABLES.requestPasswordReset, { email, host: tenant.hosts.admin })).toEqual({
      ok: true,
      data: { ok: true },
    });
    expect(await queuedMailCount(email)).toBe(queuedBefore);
    expect(await mailCount(email)).toBe(before);
  });

  it('answers invalid-argument with a readable reason', async () => {
    await expectInvalid(
      CALLABLES.requestPasswordReset,
      { email: 'not-an-email', host: tenant.hosts.admin },
      undefined,
      'email',
    );
    await expectInvalid(CALLABLES.requestPasswordReset, { email: tenant.owner.email, host: '' }, undefined, 'host');
  });
});
