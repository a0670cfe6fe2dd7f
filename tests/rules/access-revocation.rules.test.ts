import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import {
  at,
  clientSpaceDocs,
  contactDoc,
  memberDoc,
  serverTime,
  tenantDoc,
  firestoreRulesEnvOfSuite,
} from './fixtures';
import { CONTACT, OTHER_CONTACT, seed, TENANT, uidOf, type DocData, type StaffRole } from './rules-env';

// An ID token keeps its claims until it expires (up to an hour), whatever happened since: the rules hold
// it to the caller's member document (status, role, sessionsRevokedAt against the token's auth_time) and,
// for a client, to the contact's client space (portal.uid and status).

const env = firestoreRulesEnvOfSuite();

/** When the tokens below were signed in (auth_time, whole seconds). */
const SIGNED_IN_ISO = '2026-03-01T10:00:00Z';
const SIGNED_IN = Date.parse(SIGNED_IN_ISO) / 1000;
const past = at('2026-01-15T09:00:00Z');

/** The persona's token as it was issued before anything changed: its claims, signed in at SIGNED_IN. */
function tokenDb(role: StaffRole) {
  return env.authenticatedContext(uidOf(role), { tenantId: TENANT, role, auth_time: SIGNED_IN }).firestore();
}

function clientDb() {
  return env
    .authenticatedContext(uidOf('client'), {
      tenantId: TENANT,
      role: 'client',
      contactId: CONTACT,
      auth_time: SIGNED_IN,
    })
    .firestore();
}

/** The member document after a change: deactivated, demoted or its sessions revoked at `revokedAt`. */
type MemberChange = { status?: string; role?: StaffRole; revokedAt?: string };

async function changeMember(role: StaffRole, change: MemberChange): Promise<void> {
  const member = memberDoc(uidOf(role), change.role ?? role, change.status ?? 'active');
  await seed(env, {
    [paths.member(TENANT, uidOf(role))]: {
      ...member,
      sessionsRevokedAt: change.revokedAt ? at(change.revokedAt) : null,
    },
  });
}

type Requests = Record<string, () => Promise<unknown>>;

const LEAD = 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2';

function world(visibility: 'shared' | 'own'): Record<string, DocData> {
  return {
    [paths.tenant(TENANT)]: tenantDoc(TENANT),
    [paths.contactsSettings(TENANT)]: { visibility, origins: [], updatedAt: past },
    ...clientSpaceDocs(),
    // The agent's and the manager's team's contact, seen in "own" visibility too.
    [paths.contact(TENANT, OTHER_CONTACT)]: { ...contactDoc(OTHER_CONTACT), managerUid: uidOf('manager') },
    [paths.leadsSecret(TENANT)]: { secret: 's3cr3t', rotatedAt: past },
    [paths.lead(TENANT, LEAD)]: { id: LEAD, portal: 'SeLoger', contactId: CONTACT, receivedAt: past },
    [paths.mailTemplate(TENANT, 'm1')]: {
      id: 'm1',
      name: 'Relance',
      subject: 'Votre projet',
      body: 'Bonjour',
      locale: null,
      createdBy: uidOf('manager'),
      createdAt: past,
      updatedAt: past,
    },
  };
}

/** What an owner or admin does in the SDK, each one a request the rules decide. */
function teamManagerRequests(role: 'owner' | 'admin'): Requests {
  const db = () => tokenDb(role);
  return {
    'reads a contact': () => db().doc(paths.contact(TENANT, CONTACT)).get(),
    'lists the contacts': () => db().collection(paths.contacts(TENANT)).get(),
    'lists the portal leads': () => db().collection(paths.leads(TENANT)).get(),
    'reads the portal secret': () => db().doc(paths.leadsSecret(TENANT)).get(),
    // Settings › Clients is written by contacts-updateContactsSettings, whose binding checks the member.
    'reads the erasure log': () => db().collection(paths.erasures(TENANT)).get(),
    'edits the tenant': () => db().doc(paths.tenant(TENANT)).update({ name: 'Repris', updatedAt: serverTime() }),
  };
}

function agentRequests(role: 'agent' | 'manager'): Requests {
  const db = () => tokenDb(role);
  const contact = role === 'agent' ? CONTACT : OTHER_CONTACT;
  return {
    'reads a contact of theirs': () => db().doc(paths.contact(TENANT, contact)).get(),
    'lists their contacts': () =>
      db()
        .collection(paths.contacts(TENANT))
        .where(role === 'agent' ? 'assignedAgentUid' : 'managerUid', '==', uidOf(role))
        .get(),
    'reads the team': () => db().collection(paths.members(TENANT)).get(),
    'reads the tenant': () => db().doc(paths.tenant(TENANT)).get(),
  };
}

/** Member changes that end a token, and the one second the revocation stamp cannot tell apart. */
const ENDED: [string, (role: StaffRole) => MemberChange][] = [
  ['deactivated', () => ({ status: 'deactivated', revokedAt: '2026-03-01T10:30:00Z' })],
  ['demoted (role changed since the token)', (role) => ({ role: role === 'agent' ? 'partner' : 'agent' })],
  ['whose sessions were revoked after the sign-in', () => ({ revokedAt: '2026-03-01T10:00:01Z' })],
];

for (const visibility of ['shared', 'own'] as const) {
  describe(`clients ${visibility}`, () => {
    beforeEach(async () => {
      await env.clearFirestore();
      await seed(env, world(visibility));
    });

    for (const role of ['owner', 'admin'] as const) {
      describe(`a token that still says ${role}`, () => {
        for (const [what, request] of Object.entries(teamManagerRequests(role))) {
          it(`${what} while the member is active, signed in after an older revocation`, async () => {
            await changeMember(role, { revokedAt: '2026-03-01T09:59:59Z' });
            await assertSucceeds(request());
          });

          for (const [change, changed] of ENDED) {
            it(`cannot: ${what}, once the member is ${change}`, async () => {
              await changeMember(role, changed(role));
              await assertFails(request());
            });
          }

          it(`cannot: ${what}, without a member document`, async () => {
            await env.withSecurityRulesDisabled((context) =>
              context
                .firestore()
                .doc(paths.member(TENANT, uidOf(role)))
                .delete(),
            );
            await assertFails(request());
          });
        }
      });
    }

    for (const role of ['manager', 'agent'] as const) {
      describe(`a token that still says ${role}`, () => {
        for (const [what, request] of Object.entries(agentRequests(role))) {
          it(`${what} while the member is active`, async () => {
            await assertSucceeds(request());
          });

          for (const [change, changed] of ENDED) {
            it(`cannot: ${what}, once the member is ${change}`, async () => {
              await changeMember(role, changed(role));
              await assertFails(request());
            });
          }
        }
      });
    }
  });
}

describe('the manager template editor', () => {
  beforeEach(async () => {
    await env.clearFirestore();
    await seed(env, world('shared'));
  });

  const edit = () =>
    tokenDb('manager').doc(paths.mailTemplate(TENANT, 'm1')).update({ subject: 'Votre bien', updatedAt: serverTime() });

  it('edits a template while a manager', async () => {
    await assertSucceeds(edit());
  });

  it('cannot once demoted to agent, its token still saying manager', async () => {
    await changeMember('manager', { role: 'agent' });
    await assertFails(edit());
  });
});

describe('the revocation stamp against the sign-in time', () => {
  beforeEach(async () => {
    await env.clearFirestore();
    await seed(env, world('shared'));
  });

  const read = () => tokenDb('admin').doc(paths.leadsSecret(TENANT)).get();

  it('a revocation within the sign-in second leaves the session (as Firebase decides it)', async () => {
    await changeMember('admin', { revokedAt: '2026-03-01T10:00:00.900Z' });
    await assertSucceeds(read());
  });

  it('a revocation the next second ends it', async () => {
    await changeMember('admin', { revokedAt: '2026-03-01T10:00:01Z' });
    await assertFails(read());
  });

  it('a member reactivated keeps its old sessions refused: they were revoked', async () => {
    await changeMember('admin', { status: 'active', revokedAt: '2026-03-01T10:30:00Z' });
    await assertFails(read());
  });

  it('a member still reads its own member document, to learn that its access ended', async () => {
    await changeMember('admin', { status: 'deactivated', revokedAt: '2026-03-01T10:30:00Z' });
    const own = await assertSucceeds(
      tokenDb('admin')
        .doc(paths.member(TENANT, uidOf('admin')))
        .get(),
    );
    expect(own.get('status')).toBe('deactivated');
    await assertFails(
      tokenDb('admin')
        .doc(paths.member(TENANT, uidOf('owner')))
        .get(),
    );
  });
});

describe('a token that still says client', () => {
  beforeEach(async () => {
    await env.clearFirestore();
    await seed(env, {
      ...world('shared'),
      [paths.clientProfile(TENANT, CONTACT)]: { contactId: CONTACT, firstName: 'Anna', updatedAt: past },
    });
  });

  const requests: Requests = {
    'reads the tenant that brands its space': () => clientDb().doc(paths.tenant(TENANT)).get(),
    'reads its profile': () => clientDb().doc(paths.clientProfile(TENANT, CONTACT)).get(),
  };

  const contactRef = paths.contact(TENANT, CONTACT);
  const portalOf = (portal: DocData) => seed(env, { [contactRef]: { ...contactDoc(CONTACT), portal } });
  const ended: [string, () => Promise<void>][] = [
    [
      'its contact erased',
      () => env.withSecurityRulesDisabled((context) => context.firestore().doc(contactRef).delete()),
    ],
    [
      'its space given to another account (invited again at another address)',
      () => portalOf({ status: 'invited', uid: 'new-account', invitedAt: past, invitedBy: uidOf('agent') }),
    ],
    ['its space closed', () => portalOf({ status: 'none', uid: uidOf('client'), invitedAt: null, invitedBy: null })],
  ];

  for (const [what, request] of Object.entries(requests)) {
    it(`${what} while its space is active or invited`, async () => {
      await assertSucceeds(request());
      await portalOf({ status: 'invited', uid: uidOf('client'), invitedAt: past, invitedBy: uidOf('agent') });
      await assertSucceeds(request());
    });

    for (const [change, apply] of ended) {
      it(`cannot: ${what}, once ${change}`, async () => {
        await apply();
        await assertFails(request());
      });
    }
  }
});
