import { CALLABLES, paths } from '@estate/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { mustCall } from '../support/callables';
import { linkIn, oobCodeOf, waitForMail } from '../support/maildev';
import { createTenantWithOwner, TEST_PASSWORD, type TestTenant } from '../support/tenants';
import { applyVerificationCode, signUp, uniqueEmail } from '../support/users';
import { queuedMailCount } from './function-fixtures';
import { adminOrigin } from '../support/emulator-env';

let tenant: TestTenant;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Vérifiée', locale: 'fr' });
});

const memberOf = async (uid: string) => (await adminDb().doc(paths.member(tenant.tenantId, uid)).get()).data();

describe('team-requestAccess with an unverified address', () => {
  it('reaches nobody in the agency, mails a verification link in its branding, and proceeds once verified', async () => {
    const email = uniqueEmail('boss');
    const user = await signUp(email, TEST_PASSWORD);
    const ownerQueued = await queuedMailCount(tenant.owner.email);
    const input = { tenantId: tenant.tenantId, displayName: 'Bruno Boss', locale: 'fr' };

    expect(await mustCall(CALLABLES.requestAccess, input, user.idToken)).toEqual({ status: 'unverified' });
    // Not a member, so not listed as pending, and no mail to the owner or the admins.
    expect(await memberOf(user.uid)).toBeUndefined();
    const pending = await adminDb()
      .collection(paths.members(tenant.tenantId))
      .where('status', '==', 'pending')
      .where('uid', '==', user.uid)
      .get();
    expect(pending.empty).toBe(true);
    expect(await queuedMailCount(tenant.owner.email)).toBe(ownerQueued);

    const mail = await waitForMail({
      to: email,
      subjectIncludes: 'Confirmez votre adresse pour rejoindre Agence Vérifiée',
    });
    expect(mail.text).toContain('Bonjour Bruno Boss');
    const link = linkIn(mail, '/verify');
    expect(link).toMatch(new RegExp(`^${adminOrigin}/verify\\?oobCode=[^&]+&tenant=${tenant.tenantId}$`));
    // The link verifies the address: the mail stays out of the agency's mail log, like a sign-in link.
    const outbox = await adminDb()
      .collection(paths.mails(tenant.tenantId))
      .where('to', '==', email)
      .where('templateId', '==', 'email-verification')
      .get();
    expect(outbox.docs.map((doc) => doc.get('sensitive'))).toEqual([true]);

    await applyVerificationCode(oobCodeOf(link));
    expect(await mustCall(CALLABLES.requestAccess, input, user.idToken)).toEqual({ status: 'pending' });
    expect(await memberOf(user.uid)).toMatchObject({ status: 'pending', email, role: null });
    const request = await waitForMail({ to: tenant.owner.email, subjectIncludes: 'Bruno Boss' });
    expect(request.text).toContain(email);
  });

  it('sends a fresh link each time the requester asks again, and only to them', async () => {
    const email = uniqueEmail('again');
    const user = await signUp(email, TEST_PASSWORD);
    const input = { tenantId: tenant.tenantId, displayName: 'Alice Again', locale: 'en' };
    await mustCall(CALLABLES.requestAccess, input, user.idToken);
    const first = await waitForMail({ to: email, subjectIncludes: 'Confirm your address to join' });
    await mustCall(CALLABLES.requestAccess, input, user.idToken);
    const second = await waitForMail({ to: email, subjectIncludes: 'Confirm your address to join', after: 1 });
    expect(oobCodeOf(linkIn(second, '/verify'))).not.toBe(oobCodeOf(linkIn(first, '/verify')));
    expect(await memberOf(user.uid)).toBeUndefined();
  });
});
