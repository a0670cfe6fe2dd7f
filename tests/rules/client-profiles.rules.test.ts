import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, clientSpaceDocs, rivalClientUid, firestoreRulesEnvOfSuite } from './fixtures';
import {
  CONTACT,
  dbOf,
  OTHER_CONTACT,
  OTHER_TENANT,
  seed,
  TENANT,
  uidOf,
  type DocData,
  type PersonaName,
} from './rules-env';

// clientProfiles/{contactId}: what a client reads of their own contact, kept by contacts-onContactWritten.
// Only the client whose contactId claim is the document's id, in the same tenant, reads it; staff read
// the contact itself; nobody writes.

const env = firestoreRulesEnvOfSuite();

const past = at('2026-01-15T09:00:00Z');

/** A profile as syncClientProfile writes it (clientProfileSchema). */
function profileDoc(contactId: string): DocData {
  return {
    contactId,
    identityType: 'person',
    civility: 'mrs',
    firstName: contactId === CONTACT ? 'Anna' : 'Boris',
    lastName: 'Karenina',
    companyName: '',
    email: `${contactId}@example.com`,
    phone: '+33612345678',
    locale: 'ru',
    assignedAgentUid: uidOf('agent'),
    updatedAt: past,
  };
}

/** The client of the rival agency whose contact has the same id as ours. */
const rivalClient = () =>
  env.authenticatedContext(rivalClientUid, { tenantId: OTHER_TENANT, role: 'client', contactId: CONTACT }).firestore();

/** A collaborator whose token carries a contactId claim it has no business with. */
const agentWithContactClaim = () =>
  env.authenticatedContext(uidOf('agent'), { tenantId: TENANT, role: 'agent', contactId: CONTACT }).firestore();

const profileRef = (persona: PersonaName, contactId: string, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.clientProfile(tenantId, contactId));
const profilesOf = (persona: PersonaName, tenantId = TENANT) =>
  dbOf(env, persona).collection(`tenants/${tenantId}/clientProfiles`);

const STAFF = ['owner', 'admin', 'manager', 'agent', 'partner'] as const;
const EVERYONE: PersonaName[] = [...STAFF, 'client', 'otherClient', 'pending', 'otherTenant', 'anonymous'];

for (const visibility of ['shared', 'own'] as const) {
  describe(`clientProfiles with clients ${visibility}`, () => {
    beforeEach(async () => {
      await env.clearFirestore();
      await seed(env, {
        [paths.contactsSettings(TENANT)]: { visibility, origins: [], updatedAt: past },
        [paths.clientProfile(TENANT, CONTACT)]: profileDoc(CONTACT),
        [paths.clientProfile(TENANT, OTHER_CONTACT)]: profileDoc(OTHER_CONTACT),
        [paths.clientProfile(OTHER_TENANT, CONTACT)]: profileDoc(CONTACT),
        ...clientSpaceDocs(),
      });
    });

    it('a client reads their own profile, not another client’s', async () => {
      const own = await assertSucceeds(profileRef('client', CONTACT).get());
      expect(own.get('firstName')).toBe('Anna');
      await assertFails(profileRef('client', OTHER_CONTACT).get());
      await assertSucceeds(profileRef('otherClient', OTHER_CONTACT).get());
      await assertFails(profileRef('otherClient', CONTACT).get());
    });

    it('a client lists nothing, not even with a filter on themselves', async () => {
      await assertFails(profilesOf('client').get());
      await assertFails(profilesOf('client').where('contactId', '==', CONTACT).get());
    });

    it('the client of another agency reads their own profile there, never the one with the same id here', async () => {
      await assertSucceeds(rivalClient().doc(paths.clientProfile(OTHER_TENANT, CONTACT)).get());
      await assertFails(rivalClient().doc(paths.clientProfile(TENANT, CONTACT)).get());
    });

    for (const persona of STAFF) {
      it(`${persona} reads no profile (staff read the contact)`, async () => {
        await assertFails(profileRef(persona, CONTACT).get());
        await assertFails(profilesOf(persona).get());
      });
    }

    it('a contactId claim does not open a profile to a collaborator', async () => {
      await assertFails(agentWithContactClaim().doc(paths.clientProfile(TENANT, CONTACT)).get());
    });

    for (const persona of ['pending', 'otherTenant', 'anonymous'] as const) {
      it(`${persona} reads no profile`, async () => {
        await assertFails(profileRef(persona, CONTACT).get());
        await assertFails(profilesOf(persona).get());
      });
    }

    for (const persona of EVERYONE) {
      it(`${persona} cannot create, edit or delete a profile`, async () => {
        await assertFails(profileRef(persona, 'eve').set(profileDoc('eve')));
        await assertFails(profileRef(persona, CONTACT).set(profileDoc(CONTACT)));
        await assertFails(profileRef(persona, CONTACT).update({ firstName: 'Anya' }));
        await assertFails(profileRef(persona, CONTACT).delete());
      });
    }

    it('the client cannot create the profile of their own contact id once it is gone', async () => {
      await env.withSecurityRulesDisabled((context) =>
        context.firestore().doc(paths.clientProfile(TENANT, CONTACT)).delete(),
      );
      await assertFails(profileRef('client', CONTACT).set(profileDoc(CONTACT)));
    });
  });
}
