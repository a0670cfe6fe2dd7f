import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, firestoreRulesEnvOfSuite } from './fixtures';
import { CONTACT, dbOf, seed, TENANT, uidOf, type PersonaName } from './rules-env';

// matchSearches/{contactId} and matchListings/{propertyId}: matching's projections, written and read by
// functions only. The property beside them stays readable to collaborators, so each refusal below is
// the rules' and not the persona's.

const env = firestoreRulesEnvOfSuite();

const PROPERTY = 'p1';
const past = at('2026-03-01T09:00:00Z');

const searchDoc = {
  contactId: CONTACT,
  contactName: 'Anna Karenina',
  agentUid: uidOf('agent'),
  managerUid: null,
  sharedWithUids: [],
  dealType: 'sale',
  propertyTypes: ['apartment'],
  cityKeys: ['paris'],
  postalCodes: [],
  budgetMin: null,
  budgetMax: 400000,
  surfaceMin: null,
  roomsMin: null,
  keys: ['sale|apartment|c:paris'],
  budgetCeiling: 440000,
  searchUpdatedAt: past,
};

const listingDoc = {
  propertyId: PROPERTY,
  reference: 'V-00001',
  title: 'Trois pièces',
  dealType: 'sale',
  propertyType: 'apartment',
  city: 'Paris',
  postalCode: '75010',
  price: 400000,
  surface: 60,
  rooms: 3,
  status: 'online',
  keys: ['sale|apartment|*', 'sale|apartment|c:paris', 'sale|apartment|p:75010'],
  propertyUpdatedAt: past,
};

const propertyDoc = {
  id: PROPERTY,
  reference: 'V-00001',
  dealType: 'sale',
  title: 'Trois pièces',
  propertyType: 'apartment',
  address: { postalCode: '75010', city: 'Paris' },
  price: 400000,
  surface: 60,
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

const PERSONAS: PersonaName[] = [
  'owner',
  'admin',
  'manager',
  'agent',
  'partner',
  'client',
  'otherClient',
  'pending',
  'otherTenant',
  'anonymous',
];

describe('matching projections', () => {
  beforeEach(async () => {
    await env.clearFirestore();
    await seed(env, {
      [paths.matchSearch(TENANT, CONTACT)]: searchDoc,
      [paths.matchListing(TENANT, PROPERTY)]: listingDoc,
      [paths.property(TENANT, PROPERTY)]: propertyDoc,
    });
  });

  it('the agent reads the property itself, which proves the persona works', async () => {
    await assertSucceeds(dbOf(env, 'agent').doc(paths.property(TENANT, PROPERTY)).get());
  });

  for (const persona of PERSONAS) {
    it(`${persona} neither reads, lists nor writes a buyer's search projection`, async () => {
      const db = dbOf(env, persona);
      await assertFails(db.doc(paths.matchSearch(TENANT, CONTACT)).get());
      await assertFails(db.collection(paths.matchSearches(TENANT)).get());
      await assertFails(
        db.collection(paths.matchSearches(TENANT)).where('keys', 'array-contains', 'sale|apartment|c:paris').get(),
      );
      await assertFails(db.doc(paths.matchSearch(TENANT, CONTACT)).set(searchDoc));
      await assertFails(db.doc(paths.matchSearch(TENANT, CONTACT)).update({ budgetCeiling: 1 }));
      await assertFails(db.doc(paths.matchSearch(TENANT, CONTACT)).delete());
      await assertFails(db.doc(paths.matchSearch(TENANT, 'new-buyer')).set(searchDoc));
    });

    it(`${persona} neither reads, lists nor writes a property's listing projection`, async () => {
      const db = dbOf(env, persona);
      await assertFails(db.doc(paths.matchListing(TENANT, PROPERTY)).get());
      await assertFails(db.collection(paths.matchListings(TENANT)).get());
      await assertFails(db.doc(paths.matchListing(TENANT, PROPERTY)).set(listingDoc));
      await assertFails(db.doc(paths.matchListing(TENANT, PROPERTY)).delete());
    });
  }
});
