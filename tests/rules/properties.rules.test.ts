import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

const env = firestoreRulesEnvOfSuite();

const PROPERTY = 'p1';
const past = at('2026-03-01T09:00:00Z');

/** A full property as properties-saveProperty writes it, with the agency's private note. */
function propertyDoc(id: string): DocData {
  return {
    id,
    reference: 'V-00001',
    dealType: 'sale',
    title: 'Maison avec jardin',
    propertyType: 'house',
    address: { street: '8 rue des Lilas', complement: '', postalCode: '69003', city: 'Lyon', country: 'FR' },
    location: { latitude: 45.7597, longitude: 4.8422, source: 'address', geohash: 'u05kq4k4d1' },
    price: 520000,
    surface: 120,
    rooms: 5,
    status: 'online',
    privateNote: 'Vendeur pressé: accepte 480 000',
    sourceUrl: 'https://www.example.com/annonce/1',
    showSourceUrlToClients: false,
    descriptions: { fr: 'Maison familiale', en: '', ru: '' },
    sellerContactIds: [],
    assignedAgentUid: uidOf('agent'),
    searchTokens: ['ly', 'lyo', 'lyon'],
    cityKey: 'lyon',
    visitCount: 0,
    offerCount: 0,
    createdBy: uidOf('agent'),
    createdAt: past,
    updatedAt: past,
  };
}

const db = (persona: PersonaName) => dbOf(env, persona);

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.property(TENANT, PROPERTY)]: propertyDoc(PROPERTY),
    [paths.property(OTHER_TENANT, PROPERTY)]: propertyDoc(PROPERTY),
  });
});

// Staff read properties whatever the contacts' visibility: a property names no client but its sellers' ids.
for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
  describe(persona, () => {
    it('reads the properties of its agency, private note included, and queries the list and the quick search', async () => {
      const property = await assertSucceeds(db(persona).doc(paths.property(TENANT, PROPERTY)).get());
      expect(property.get('privateNote')).toBe('Vendeur pressé: accepte 480 000');
      const byCity = await assertSucceeds(
        db(persona)
          .collection(paths.properties(TENANT))
          .where('cityKey', '==', 'lyon')
          .where('status', 'in', ['online', 'offline'])
          .orderBy('updatedAt', 'desc')
          .limit(20)
          .get(),
      );
      expect(byCity.size).toBe(1);
      const found = await assertSucceeds(
        db(persona).collection(paths.properties(TENANT)).where('searchTokens', 'array-contains', 'lyo').limit(8).get(),
      );
      expect(found.size).toBe(1);
    });

    it('cannot read the properties of another agency', async () => {
      await assertFails(db(persona).doc(paths.property(OTHER_TENANT, PROPERTY)).get());
      await assertFails(db(persona).collection(paths.properties(OTHER_TENANT)).limit(20).get());
    });

    it('writes no property directly: properties-saveProperty, -changeStatus and -deleteProperty do', async () => {
      await assertFails(db(persona).doc(paths.property(TENANT, 'new')).set(propertyDoc('new')));
      await assertFails(db(persona).doc(paths.property(TENANT, PROPERTY)).update({ status: 'archived' }));
      await assertFails(db(persona).doc(paths.property(TENANT, PROPERTY)).update({ privateNote: '' }));
      await assertFails(db(persona).doc(paths.property(TENANT, PROPERTY)).delete());
    });

    it('cannot log a status change itself (functions write them)', async () => {
      const ref = db(persona).collection(paths.history(TENANT)).doc();
      await assertFails(
        ref.set({
          id: ref.id,
          type: 'status-change',
          occurredAt: past,
          authorUid: uidOf(persona),
          contactIds: ['anna'],
          propertyId: PROPERTY,
          dealId: null,
          text: '',
          createdAt: past,
        }),
      );
    });
  });
}

// Clients never read a property document, so never its private note or its source: what they will see
// of a property comes through the client space's own projection, which leaves them out.
for (const persona of ['partner', 'client', 'otherClient', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(persona, () => {
    it('reads no property, so no private note', async () => {
      await assertFails(db(persona).doc(paths.property(TENANT, PROPERTY)).get());
      await assertFails(db(persona).collection(paths.properties(TENANT)).limit(20).get());
      await assertFails(
        db(persona).collection(paths.properties(TENANT)).where('searchTokens', 'array-contains', 'lyo').limit(8).get(),
      );
    });

    it('writes no property', async () => {
      await assertFails(db(persona).doc(paths.property(TENANT, 'new')).set(propertyDoc('new')));
      await assertFails(db(persona).doc(paths.property(TENANT, PROPERTY)).update({ privateNote: '' }));
    });
  });
}
