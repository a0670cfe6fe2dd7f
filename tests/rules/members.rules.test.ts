import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { memberDoc, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, uidOf, type PersonaName, type StaffRole } from './rules-env';

const env = firestoreRulesEnvOfSuite();

const staff: StaffRole[] = ['owner', 'admin', 'manager', 'agent', 'partner'];

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    ...Object.fromEntries(staff.map((role) => [paths.member(TENANT, uidOf(role)), memberDoc(uidOf(role), role)])),
    [paths.member(TENANT, uidOf('pending'))]: memberDoc(uidOf('pending'), null, 'pending'),
    [paths.member(OTHER_TENANT, uidOf('otherTenant'))]: memberDoc(uidOf('otherTenant'), 'owner'),
  });
});

const memberRef = (persona: PersonaName, uid: string, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.member(tenantId, uid));

/** Claims forging: every way a signed-in user could try to give itself a role through its member document. */
function itCannotForgeARole(persona: Exclude<PersonaName, 'anonymous'>): void {
  it('cannot create or overwrite its own member document with a role', async () => {
    await assertFails(memberRef(persona, uidOf(persona)).set(memberDoc(uidOf(persona), 'owner')));
  });

  it('cannot change its own role or status', async () => {
    await assertFails(
      memberRef(persona, uidOf(persona)).update({ role: 'owner', status: 'active', updatedAt: serverTime() }),
    );
  });

  it('cannot delete a member document', async () => {
    await assertFails(memberRef(persona, uidOf('agent')).delete());
  });
}

for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
  describe(persona, () => {
    it('reads the team: each member, and the list', async () => {
      await assertSucceeds(memberRef(persona, uidOf('partner')).get());
      await assertSucceeds(memberRef(persona, uidOf('pending')).get());
      const team = await assertSucceeds(dbOf(env, persona).collection(paths.members(TENANT)).get());
      expect(team.size).toBe(6);
    });

    it('cannot read the team of another tenant', async () => {
      await assertFails(memberRef(persona, uidOf('otherTenant'), OTHER_TENANT).get());
      await assertFails(dbOf(env, persona).collection(paths.members(OTHER_TENANT)).get());
    });

    it('cannot decide access or change a role itself (team-decideAccess, team-changeRole)', async () => {
      await assertFails(
        memberRef(persona, uidOf('pending')).update({ role: 'agent', status: 'active', updatedAt: serverTime() }),
      );
      await assertFails(memberRef(persona, uidOf('agent')).update({ role: 'admin', updatedAt: serverTime() }));
    });

    it('cannot add a member (tenancy-createTenant, team-requestAccess)', async () => {
      await assertFails(memberRef(persona, 'newcomer').set(memberDoc('newcomer', 'agent')));
    });

    itCannotForgeARole(persona);
  });
}

describe('partner', () => {
  it('reads its own member document', async () => {
    await assertSucceeds(memberRef('partner', uidOf('partner')).get());
  });

  it('cannot read the rest of the team', async () => {
    await assertFails(memberRef('partner', uidOf('agent')).get());
    await assertFails(dbOf(env, 'partner').collection(paths.members(TENANT)).get());
  });

  itCannotForgeARole('partner');
});

for (const persona of ['client', 'otherClient'] as const) {
  describe(persona, () => {
    it('cannot read a member document', async () => {
      await assertFails(memberRef(persona, uidOf('agent')).get());
      await assertFails(memberRef(persona, uidOf('owner')).get());
    });

    it('cannot list the team', async () => {
      await assertFails(dbOf(env, persona).collection(paths.members(TENANT)).get());
    });

    itCannotForgeARole(persona);
  });
}

describe('pending user without claims', () => {
  it('reads its own member document, to see where its request stands', async () => {
    const own = await assertSucceeds(memberRef('pending', uidOf('pending')).get());
    expect(own.get('status')).toBe('pending');
  });

  it('reads its own member document once rejected or deactivated', async () => {
    await seed(env, { [paths.member(TENANT, uidOf('pending'))]: memberDoc(uidOf('pending'), 'agent', 'deactivated') });
    await assertSucceeds(memberRef('pending', uidOf('pending')).get());
  });

  it('cannot read anybody else in the team', async () => {
    await assertFails(memberRef('pending', uidOf('owner')).get());
    await assertFails(dbOf(env, 'pending').collection(paths.members(TENANT)).get());
  });

  it('cannot approve itself', async () => {
    await assertFails(
      memberRef('pending', uidOf('pending')).update({ role: 'agent', status: 'active', updatedAt: serverTime() }),
    );
  });

  itCannotForgeARole('pending');
});

describe('user of another tenant', () => {
  it('reads its own team', async () => {
    await assertSucceeds(memberRef('otherTenant', uidOf('otherTenant'), OTHER_TENANT).get());
    await assertSucceeds(dbOf(env, 'otherTenant').collection(paths.members(OTHER_TENANT)).get());
  });

  it('cannot read our team, although it is an owner', async () => {
    await assertFails(memberRef('otherTenant', uidOf('owner')).get());
    await assertFails(dbOf(env, 'otherTenant').collection(paths.members(TENANT)).get());
  });

  it('cannot slip itself into our team', async () => {
    await assertFails(memberRef('otherTenant', uidOf('otherTenant')).set(memberDoc(uidOf('otherTenant'), 'owner')));
  });

  itCannotForgeARole('otherTenant');
});

describe('anonymous', () => {
  it('cannot read a member document', async () => {
    await assertFails(memberRef('anonymous', uidOf('owner')).get());
  });

  it('cannot list or write the team', async () => {
    await assertFails(dbOf(env, 'anonymous').collection(paths.members(TENANT)).get());
    await assertFails(memberRef('anonymous', 'intruder').set(memberDoc('intruder', 'owner')));
  });
});
