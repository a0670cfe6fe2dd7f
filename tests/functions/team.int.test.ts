import { CALLABLES, paths } from '@estate/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { waitForMail } from '../support/maildev';
import {
  addActiveMember,
  createTenantWithOwner,
  signUpVerified,
  TEST_PASSWORD,
  type TestTenant,
} from '../support/tenants';
import { signIn, signUp, uniqueEmail } from '../support/users';
import { claimsOf, eventually, expectInvalid } from './function-fixtures';
import { adminOrigin } from '../support/emulator-env';

let tenant: TestTenant;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Équipe' });
});

async function requester() {
  const email = uniqueEmail('requester');
  const user = await signUpVerified(email);
  await mustCall(
    CALLABLES.requestAccess,
    { tenantId: tenant.tenantId, displayName: 'Rémi Requester', locale: 'fr' },
    user.idToken,
  );
  return { ...user, email };
}

describe('team-requestAccess and team-decideAccess', () => {
  it('creates a pending member, mails the owner, and approval sets the role claims', async () => {
    const user = await requester();
    const member = (await adminDb().doc(paths.member(tenant.tenantId, user.uid)).get()).data();
    expect(member).toMatchObject({ status: 'pending', role: null, email: user.email });
    const request = await waitForMail({ to: tenant.owner.email, subjectIncludes: 'Rémi Requester' });
    expect(request.html).toContain(`href="${adminOrigin}/team?tenant=`);

    await mustCall(CALLABLES.decideAccess, { uid: user.uid, decision: 'approve', role: 'agent' }, tenant.owner.idToken);
    expect(await claimsOf(user.uid)).toEqual({ tenantId: tenant.tenantId, role: 'agent' });
    const decision = await waitForMail({ to: user.email, subjectIncludes: 'Votre accès' });
    expect(decision.text).toContain('Votre accès a été validé avec le rôle Agent.');
  });

  it('asking again while pending changes nothing', async () => {
    const user = await requester();
    const again = await callCallable(
      CALLABLES.requestAccess,
      { tenantId: tenant.tenantId, displayName: 'Rémi', locale: 'fr' },
      user.idToken,
    );
    expect(again).toMatchObject({ ok: true, data: { status: 'pending' } });
  });

  it('rejection leaves no claims, mails the refusal, and a new request is declined', async () => {
    const user = await requester();
    await mustCall(CALLABLES.decideAccess, { uid: user.uid, decision: 'reject' }, tenant.owner.idToken);
    expect(await claimsOf(user.uid)).toEqual({});
    expect((await adminDb().doc(paths.member(tenant.tenantId, user.uid)).get()).get('status')).toBe('rejected');
    const decision = await waitForMail({ to: user.email, subjectIncludes: 'Votre accès' });
    expect(decision.text).toContain("Votre demande d'accès a été refusée.");
    const again = await callCallable(
      CALLABLES.requestAccess,
      { tenantId: tenant.tenantId, displayName: 'Rémi', locale: 'fr' },
      user.idToken,
    );
    expect(again).toMatchObject({ ok: false, code: 'failed-precondition', message: 'Your request was declined.' });
  });

  it('refuses to approve a person who has since created their own agency, and leaves their claims alone', async () => {
    const user = await requester();
    await mustCall(
      CALLABLES.createTenant,
      { agencyName: 'Agence Rémi', displayName: 'Rémi', locale: 'fr', currency: 'EUR', country: 'FR' },
      user.idToken,
    );
    const ownClaims = await claimsOf(user.uid);
    expect(ownClaims).toMatchObject({ role: 'owner' });
    const approval = await callCallable(
      CALLABLES.decideAccess,
      { uid: user.uid, decision: 'approve', role: 'agent' },
      tenant.owner.idToken,
    );
    expect(approval).toMatchObject({
      ok: false,
      code: 'failed-precondition',
      message: 'This person has since joined another agency.',
    });
    expect(await claimsOf(user.uid)).toEqual(ownClaims);
    expect(
      await callCallable(CALLABLES.setMemberActive, { uid: user.uid, active: false }, tenant.owner.idToken),
    ).toMatchObject({ ok: false });
    expect((await adminAuth().getUser(user.uid)).disabled).toBe(false);
  });

  it('refuses an unknown tenant and a decision by a collaborator', async () => {
    const user = await signUp(uniqueEmail('requester'), TEST_PASSWORD);
    expect(
      await callCallable(
        CALLABLES.requestAccess,
        { tenantId: 'no-such-tenant', displayName: 'X', locale: 'fr' },
        user.idToken,
      ),
    ).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    const pending = await requester();
    const agent = await addActiveMember(tenant, 'agent');
    expect(
      await callCallable(
        CALLABLES.decideAccess,
        { uid: pending.uid, decision: 'approve', role: 'admin' },
        agent.idToken,
      ),
    ).toMatchObject({
      ok: false,
      code: 'permission-denied',
    });
  });
});

describe('team-changeRole, team-setMemberActive, team-transferOwnership', () => {
  it('changing a role sets the claims, revokes the sessions and stamps sessionsRevokedAt', async () => {
    const agent = await addActiveMember(tenant, 'agent');
    // Revocation has one-second precision (auth_time and validSince are whole seconds): a token
    // issued in the same second as the revocation still counts as valid, so revoke in a later second.
    const { auth_time: signedInAt } = await adminAuth().verifyIdToken(agent.idToken);
    await eventually(async () => expect(Date.now()).toBeGreaterThanOrEqual((signedInAt + 1) * 1000));
    const before = Date.now();
    await mustCall(CALLABLES.changeRole, { uid: agent.uid, role: 'manager' }, tenant.owner.idToken);
    expect(await claimsOf(agent.uid)).toEqual({ tenantId: tenant.tenantId, role: 'manager' });
    const user = await adminAuth().getUser(agent.uid);
    expect(new Date(user.tokensValidAfterTime ?? 0).getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    const revokedAt = (await adminDb().doc(paths.member(tenant.tenantId, agent.uid)).get()).get('sessionsRevokedAt');
    expect(revokedAt.toDate().getTime()).toBeGreaterThanOrEqual(before - 1000);
    await expect(adminAuth().verifyIdToken(agent.idToken, true)).rejects.toThrow();
  });

  it('deactivating disables the account and clears the claims; reactivating gives the role back', async () => {
    const manager = await addActiveMember(tenant, 'manager');
    await mustCall(CALLABLES.setMemberActive, { uid: manager.uid, active: false }, tenant.owner.idToken);
    expect((await adminAuth().getUser(manager.uid)).disabled).toBe(true);
    expect(await claimsOf(manager.uid)).toEqual({});
    expect((await adminDb().doc(paths.member(tenant.tenantId, manager.uid)).get()).data()).toMatchObject({
      status: 'deactivated',
      role: 'manager',
    });
    await expect(signIn(manager.email, TEST_PASSWORD)).rejects.toThrow(/USER_DISABLED/);

    await mustCall(CALLABLES.setMemberActive, { uid: manager.uid, active: true }, tenant.owner.idToken);
    expect((await adminAuth().getUser(manager.uid)).disabled).toBe(false);
    expect(await claimsOf(manager.uid)).toEqual({ tenantId: tenant.tenantId, role: 'manager' });
  });

  it('an admin cannot change the owner, and only the owner transfers ownership', async () => {
    const admin = await addActiveMember(tenant, 'admin');
    expect(
      await callCallable(CALLABLES.changeRole, { uid: tenant.owner.uid, role: 'agent' }, admin.idToken),
    ).toMatchObject({
      ok: false,
      code: 'permission-denied',
    });
    expect(
      await callCallable(CALLABLES.setMemberActive, { uid: tenant.owner.uid, active: false }, admin.idToken),
    ).toMatchObject({
      ok: false,
      code: 'permission-denied',
    });
    expect(await callCallable(CALLABLES.transferOwnership, { uid: admin.uid }, admin.idToken)).toMatchObject({
      ok: false,
      code: 'permission-denied',
      message: 'Only the owner may transfer ownership.',
    });
    expect(await callCallable(CALLABLES.changeRole, { uid: admin.uid, role: 'agent' }, admin.idToken)).toMatchObject({
      ok: false,
      code: 'failed-precondition',
    });
  });

  it('the owner hands over the agency and becomes an admin', async () => {
    const own = await createTenantWithOwner({ agencyName: 'Agence Transmise' });
    const heir = await addActiveMember(own, 'admin');
    await mustCall(CALLABLES.transferOwnership, { uid: heir.uid }, own.owner.idToken);
    expect(await claimsOf(heir.uid)).toEqual({ tenantId: own.tenantId, role: 'owner' });
    expect(await claimsOf(own.owner.uid)).toEqual({ tenantId: own.tenantId, role: 'admin' });
    expect((await adminDb().doc(paths.tenant(own.tenantId)).get()).get('ownerUid')).toBe(heir.uid);
    const formerOwner = (await adminDb().doc(paths.member(own.tenantId, own.owner.uid)).get()).data();
    expect(formerOwner?.role).toBe('admin');
    expect(formerOwner?.sessionsRevokedAt).not.toBeNull();
    // The former owner's old token still says owner, but the member document decides.
    expect(await callCallable(CALLABLES.transferOwnership, { uid: heir.uid }, own.owner.idToken)).toMatchObject({
      ok: false,
      code: 'permission-denied',
    });
  });

  it('answers invalid-argument with a readable reason to every team callable and writes nothing', async () => {
    const pending = await requester();
    const token = tenant.owner.idToken;
    await expectInvalid(
      CALLABLES.requestAccess,
      { tenantId: 'bad/id', displayName: 'X', locale: 'fr' },
      pending.idToken,
      'tenantId',
    );
    await expectInvalid(
      CALLABLES.requestAccess,
      { tenantId: tenant.tenantId, displayName: 'X', locale: 'de' },
      pending.idToken,
      'locale',
    );
    await expectInvalid(
      CALLABLES.decideAccess,
      { uid: pending.uid, decision: 'approve', role: 'owner' },
      token,
      'role',
    );
    await expectInvalid(CALLABLES.decideAccess, { uid: pending.uid, decision: 'maybe' }, token, 'decision');
    await expectInvalid(CALLABLES.changeRole, { uid: pending.uid, role: 'client' }, token, 'role');
    await expectInvalid(CALLABLES.setMemberActive, { uid: pending.uid, active: 'yes' }, token, 'active');
    await expectInvalid(CALLABLES.transferOwnership, { uid: '' }, token, 'uid');
    expect((await adminDb().doc(paths.member(tenant.tenantId, pending.uid)).get()).data()).toMatchObject({
      status: 'pending',
      role: null,
    });
    expect(await claimsOf(pending.uid)).toEqual({});
  });
});
