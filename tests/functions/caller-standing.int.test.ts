import { CALLABLES, paths } from '@estate/domain';
import { Timestamp } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

// Removing access ends it at the next call: a staff token is honoured only while the member document
// agrees with it (functions/src/lib/caller-standing.ts), not until the token expires an hour later.

let tenant: TestTenant;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Accès' });
});

function authTimeOf(idToken: string): number {
  const payload = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    auth_time: number;
  };
  return payload.auth_time;
}

/** A member plans a call for themselves: refused or not, the tenant's tasks tell whether it was written. */
function planCall(user: TestUser, title: string) {
  return callCallable(
    CALLABLES.saveTask,
    {
      taskId: null,
      type: 'call',
      title,
      dueAt: '2031-02-01T09:00:00.000Z',
      endAt: null,
      assigneeUid: user.uid,
      subject: { kind: 'agency', id: null, label: '' },
      project: '',
      text: '',
      roomId: null,
    },
    user.idToken,
  );
}

async function tasksTitled(title: string): Promise<number> {
  const tasks = adminDb().collection(paths.tasks(tenant.tenantId));
  return (await tasks.where('title', '==', title).count().get()).data().count;
}

describe('a staff token after its access was removed', () => {
  it('is honoured while the member is active with the claimed role', async () => {
    const member = await addActiveMember(tenant, 'agent', 'Adam Active');
    expect(await planCall(member, 'Call from an active agent')).toMatchObject({ ok: true });
    expect(await tasksTitled('Call from an active agent')).toBe(1);
  });

  it('is refused once the member is deactivated, and writes nothing', async () => {
    const member = await addActiveMember(tenant, 'agent', 'Denis Deactivated');
    await mustCall(CALLABLES.setMemberActive, { uid: member.uid, active: false }, tenant.owner.idToken);

    expect(await planCall(member, 'Call after deactivation')).toMatchObject({ ok: false, code: 'permission-denied' });
    expect(await tasksTitled('Call after deactivation')).toBe(0);
  });

  it('is refused once the member has another role, and writes nothing', async () => {
    const member = await addActiveMember(tenant, 'manager', 'Dora Demoted');
    await mustCall(CALLABLES.changeRole, { uid: member.uid, role: 'agent' }, tenant.owner.idToken);

    expect(await planCall(member, 'Call after a role change')).toMatchObject({ ok: false, code: 'permission-denied' });
    expect(await tasksTitled('Call after a role change')).toBe(0);
  });

  it('is refused when the sessions were revoked after its sign-in, and writes nothing', async () => {
    const member = await addActiveMember(tenant, 'agent', 'Rita Revoked');
    const revokedAt = new Date((authTimeOf(member.idToken) + 1) * 1000);
    await adminDb()
      .doc(paths.member(tenant.tenantId, member.uid))
      .update({ sessionsRevokedAt: Timestamp.fromDate(revokedAt) });

    expect(await planCall(member, 'Call after revocation')).toMatchObject({ ok: false, code: 'permission-denied' });
    expect(await tasksTitled('Call after revocation')).toBe(0);
  });
});
