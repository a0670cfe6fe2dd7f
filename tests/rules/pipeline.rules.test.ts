import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { interestId, paths } from '@estate/domain';
import { at, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import { CONTACT, dbOf, OTHER_TENANT, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

const env = firestoreRulesEnvOfSuite();

const PROPERTY = 'p1';
const INTEREST = interestId(CONTACT, PROPERTY);
/** Another agent's client in the manager's team, another team's client, and one stored before managerUid. */
const TEAM_INTEREST = interestId('dora', PROPERTY);
const FOREIGN_INTEREST = interestId('boris', PROPERTY);
const LEGACY_INTEREST = interestId('carl', PROPERTY);
/** Another team's client shared with the agent (`sharedWithUids`), who reads its interests in own mode. */
const SHARED_INTEREST = interestId('emma', PROPERTY);
const OTHER_AGENT = 'zoe-agent';
const past = at('2026-03-01T09:00:00Z');

/** A property as properties-saveProperty writes it (propertySchema). */
function propertyDoc(id: string): DocData {
  return {
    id,
    reference: 'V-00001',
    dealType: 'sale',
    title: 'Trois pièces canal Saint-Martin',
    propertyType: 'apartment',
    address: { postalCode: '75010', city: 'Paris' },
    price: 450000,
    surface: 62,
    rooms: 3,
    status: 'online',
    sellerContactIds: [],
    assignedAgentUid: uidOf('agent'),
    visitCount: 0,
    offerCount: 0,
    createdBy: uidOf('agent'),
    createdAt: past,
    updatedAt: past,
  };
}

/** An interest as the pipeline-* functions write it (interestSchema): the agent's client in the manager's team. */
function interestDoc(changes: DocData = {}): DocData {
  return {
    contactId: CONTACT,
    propertyId: PROPERTY,
    propertyReference: 'V-00001',
    dealType: 'sale',
    phase: 'first-visit',
    phaseSince: past,
    phaseSourceAt: past,
    phaseDurations: { 'request-received': 3_600_000 },
    agentUid: uidOf('agent'),
    managerUid: uidOf('manager'),
    contactName: 'Anna Karenina',
    source: 'manual',
    createdAt: past,
    updatedAt: past,
    ...changes,
  };
}

function legacyInterestDoc(): DocData {
  const { managerUid: _absent, ...stored } = interestDoc({ contactId: 'carl', agentUid: OTHER_AGENT });
  return stored;
}

/** Pipeline settings as Settings › Phases writes them (pipelineSettingsSchema). */
function pipelineSettings(changes: DocData = {}): DocData {
  return {
    phaseNames: { sale: { 'first-visit': 'Première visite' }, rental: { 'check-in': 'Remise des clés' } },
    actionPhases: { sale: { 'custom:estimation': 'request-answered', refusal: null }, rental: { visit: null } },
    customHistoryTypes: [{ id: 'estimation', label: 'Estimation' }],
    updatedAt: serverTime(),
    ...changes,
  };
}

function seedDocs(visibility: 'shared' | 'own'): Record<string, DocData> {
  return {
    [paths.contactsSettings(TENANT)]: { visibility, origins: [], updatedAt: past },
    [paths.property(TENANT, PROPERTY)]: propertyDoc(PROPERTY),
    [paths.property(OTHER_TENANT, PROPERTY)]: propertyDoc(PROPERTY),
    [paths.interest(TENANT, INTEREST)]: interestDoc(),
    [paths.interest(TENANT, TEAM_INTEREST)]: interestDoc({ contactId: 'dora', agentUid: OTHER_AGENT }),
    [paths.interest(TENANT, FOREIGN_INTEREST)]: interestDoc({
      contactId: 'boris',
      agentUid: OTHER_AGENT,
      managerUid: 'max-manager',
    }),
    [paths.interest(TENANT, LEGACY_INTEREST)]: legacyInterestDoc(),
    [paths.interest(TENANT, SHARED_INTEREST)]: interestDoc({
      contactId: 'emma',
      agentUid: OTHER_AGENT,
      managerUid: 'max-manager',
      sharedWithUids: [uidOf('agent')],
    }),
    [paths.interest(OTHER_TENANT, INTEREST)]: interestDoc(),
    [paths.pipelineSettings(TENANT)]: { ...pipelineSettings(), updatedAt: past },
    [paths.pipelineSettings(OTHER_TENANT)]: { ...pipelineSettings(), updatedAt: past },
  };
}

const db = (persona: PersonaName) => dbOf(env, persona);
const settingsRef = (persona: PersonaName, tenantId = TENANT) => db(persona).doc(paths.pipelineSettings(tenantId));

for (const visibility of ['shared', 'own'] as const) {
  describe(`visibility ${visibility}`, () => {
    beforeEach(async () => {
      await env.clearFirestore();
      await seed(env, seedDocs(visibility));
    });

    for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
      describe(persona, () => {
        it('reads the properties', async () => {
          await assertSucceeds(db(persona).doc(paths.property(TENANT, PROPERTY)).get());
          const properties = await assertSucceeds(
            db(persona).collection(paths.properties(TENANT)).orderBy('reference').limit(20).get(),
          );
          expect(properties.size).toBe(1);
        });

        it('cannot write a property or an interest (properties-saveProperty and pipeline-* only)', async () => {
          await assertFails(db(persona).doc(paths.property(TENANT, 'new')).set(propertyDoc('new')));
          await assertFails(db(persona).doc(paths.property(TENANT, PROPERTY)).update({ price: 1 }));
          await assertFails(db(persona).doc(paths.property(TENANT, PROPERTY)).delete());
          await assertFails(db(persona).doc(paths.interest(TENANT, 'anna_p2')).set(interestDoc()));
          await assertFails(db(persona).doc(paths.interest(TENANT, INTEREST)).update({ phase: 'notary' }));
          await assertFails(db(persona).doc(paths.interest(TENANT, INTEREST)).delete());
        });

        it('cannot read the properties, interests or pipeline settings of another tenant', async () => {
          await assertFails(db(persona).doc(paths.property(OTHER_TENANT, PROPERTY)).get());
          await assertFails(db(persona).doc(paths.interest(OTHER_TENANT, INTEREST)).get());
          await assertFails(settingsRef(persona, OTHER_TENANT).get());
        });

        it('reads the pipeline settings', async () => {
          await assertSucceeds(settingsRef(persona).get());
        });
      });
    }

    const everyCollaborator = visibility === 'shared' ? (['manager', 'agent'] as const) : ([] as const);
    for (const persona of ['owner', 'admin', ...everyCollaborator] as const) {
      it(`${persona} reads every interest of a property, without a visibility constraint`, async () => {
        const interests = await assertSucceeds(
          db(persona).collection(paths.interests(TENANT)).where('propertyId', '==', PROPERTY).get(),
        );
        expect(interests.size).toBe(5);
        await assertSucceeds(db(persona).doc(paths.interest(TENANT, FOREIGN_INTEREST)).get());
        await assertSucceeds(db(persona).doc(paths.interest(TENANT, LEGACY_INTEREST)).get());
      });
    }

    if (visibility === 'own') {
      describe('agent', () => {
        it('reads the interests of their own clients, asked with agentUid', async () => {
          await assertSucceeds(db('agent').doc(paths.interest(TENANT, INTEREST)).get());
          const interests = await assertSucceeds(
            db('agent')
              .collection(paths.interests(TENANT))
              .where('propertyId', '==', PROPERTY)
              .where('agentUid', '==', uidOf('agent'))
              .get(),
          );
          expect(interests.docs.map((doc) => doc.id)).toEqual([INTEREST]);
          await assertSucceeds(
            db('agent').collection(paths.interests(TENANT)).where('agentUid', '==', uidOf('agent')).get(),
          );
        });

        it('reads the interests of a client shared with them, asked with sharedWithUids', async () => {
          await assertSucceeds(db('agent').doc(paths.interest(TENANT, SHARED_INTEREST)).get());
          const shared = await assertSucceeds(
            db('agent')
              .collection(paths.interests(TENANT))
              .where('sharedWithUids', 'array-contains', uidOf('agent'))
              .get(),
          );
          expect(shared.docs.map((doc) => doc.id)).toEqual([SHARED_INTEREST]);
          await assertFails(
            db('agent')
              .collection(paths.interests(TENANT))
              .where('sharedWithUids', 'array-contains', OTHER_AGENT)
              .get(),
          );
        });

        it("cannot read other agents' interests (names of clients they do not see), nor ask without agentUid", async () => {
          await assertFails(db('agent').doc(paths.interest(TENANT, TEAM_INTEREST)).get());
          await assertFails(db('agent').doc(paths.interest(TENANT, FOREIGN_INTEREST)).get());
          await assertFails(db('agent').doc(paths.interest(TENANT, LEGACY_INTEREST)).get());
          await assertFails(db('agent').collection(paths.interests(TENANT)).where('propertyId', '==', PROPERTY).get());
          await assertFails(db('agent').collection(paths.interests(TENANT)).get());
          // The team clause is a manager's only.
          await assertFails(
            db('agent').collection(paths.interests(TENANT)).where('managerUid', '==', uidOf('agent')).get(),
          );
        });
      });

      describe('manager', () => {
        it("reads their own and their team's interests, asked per clause", async () => {
          await assertSucceeds(db('manager').doc(paths.interest(TENANT, INTEREST)).get());
          await assertSucceeds(db('manager').doc(paths.interest(TENANT, TEAM_INTEREST)).get());
          const team = await assertSucceeds(
            db('manager')
              .collection(paths.interests(TENANT))
              .where('propertyId', '==', PROPERTY)
              .where('managerUid', '==', uidOf('manager'))
              .get(),
          );
          expect(team.docs.map((doc) => doc.id).sort()).toEqual([INTEREST, TEAM_INTEREST].sort());
          await assertSucceeds(
            db('manager')
              .collection(paths.interests(TENANT))
              .where('propertyId', '==', PROPERTY)
              .where('agentUid', '==', uidOf('manager'))
              .get(),
          );
        });

        it("cannot read another team's interests, one without managerUid, nor ask without a clause", async () => {
          await assertFails(db('manager').doc(paths.interest(TENANT, FOREIGN_INTEREST)).get());
          await assertFails(db('manager').doc(paths.interest(TENANT, LEGACY_INTEREST)).get());
          await assertFails(
            db('manager').collection(paths.interests(TENANT)).where('propertyId', '==', PROPERTY).get(),
          );
          await assertFails(db('manager').collection(paths.interests(TENANT)).get());
        });
      });
    }

    for (const persona of ['partner', 'client', 'pending', 'otherTenant', 'anonymous'] as const) {
      describe(persona, () => {
        it('reads no property, interest or pipeline setting', async () => {
          await assertFails(db(persona).doc(paths.property(TENANT, PROPERTY)).get());
          await assertFails(db(persona).collection(paths.properties(TENANT)).get());
          await assertFails(db(persona).doc(paths.interest(TENANT, INTEREST)).get());
          await assertFails(db(persona).collection(paths.interests(TENANT)).where('propertyId', '==', PROPERTY).get());
          await assertFails(settingsRef(persona).get());
        });

        it('cannot write the pipeline settings', async () => {
          await assertFails(settingsRef(persona).set(pipelineSettings()));
        });
      });
    }
  });
}

describe('settings/pipeline writes', () => {
  beforeEach(async () => {
    await env.clearFirestore();
    await seed(env, { [paths.property(TENANT, PROPERTY)]: propertyDoc(PROPERTY) });
  });

  // pipeline-savePipelineSettings writes them, checking each element (tests/functions/settings.int.test.ts).
  for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
    it(`${persona} cannot write the settings directly`, async () => {
      await assertFails(settingsRef(persona).set(pipelineSettings()));
      await seed(env, { [paths.pipelineSettings(TENANT)]: { ...pipelineSettings(), updatedAt: past } });
      await assertFails(settingsRef(persona).update({ customHistoryTypes: [], updatedAt: serverTime() }));
    });
  }

  it('nobody deletes the settings (their absence means the defaults)', async () => {
    await seed(env, { [paths.pipelineSettings(TENANT)]: { ...pipelineSettings(), updatedAt: past } });
    await assertFails(settingsRef('owner').delete());
  });
});
