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

// offers and sellerOffers: collaborators read the offers; a client reads the offers naming them as a
// buyer, and, as a seller, the projection of the offers on their property, which names no buyer. Only
// functions write either.

const env = firestoreRulesEnvOfSuite();

const created = at('2026-03-01T09:00:00Z');

/** CONTACT buys from OTHER_CONTACT in `o1`; in `o2` OTHER_CONTACT buys from someone else. */
function offerDoc(id: string, buyer: string, seller: string): DocData {
  return {
    id,
    threadId: id,
    propertyId: 'p1',
    buyers: [{ contactId: buyer, name: 'Buyer', email: `${buyer}@example.test` }],
    buyerContactIds: [buyer],
    sellerContactIds: [seller],
    amount: 300000,
    status: 'signed',
    agentUid: uidOf('agent'),
    createdAt: created,
  };
}

function sellerOfferDoc(id: string, seller: string): DocData {
  return {
    id,
    threadId: id,
    propertyId: 'p1',
    sellerContactIds: [seller],
    amount: 300000,
    buyerCount: 1,
    createdAt: created,
  };
}

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    ...clientSpaceDocs(),
    [paths.offer(TENANT, 'o1')]: offerDoc('o1', CONTACT, OTHER_CONTACT),
    [paths.offer(TENANT, 'o2')]: offerDoc('o2', OTHER_CONTACT, 'someone'),
    [paths.offer(OTHER_TENANT, 'o1')]: offerDoc('o1', CONTACT, OTHER_CONTACT),
    [paths.sellerOffer(TENANT, 'o1')]: sellerOfferDoc('o1', OTHER_CONTACT),
    [paths.sellerOffer(TENANT, 'o3')]: sellerOfferDoc('o3', CONTACT),
    [paths.sellerOffer(OTHER_TENANT, 'o3')]: sellerOfferDoc('o3', CONTACT),
  });
});

const db = (persona: PersonaName) => dbOf(env, persona);
const newOffer = offerDoc('o9', CONTACT, OTHER_CONTACT);

for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
  describe(persona, () => {
    it("reads a property's offers, paged", async () => {
      await assertSucceeds(db(persona).doc(paths.offer(TENANT, 'o1')).get());
      const page = await assertSucceeds(
        db(persona)
          .collection(paths.offers(TENANT))
          .where('propertyId', '==', 'p1')
          .orderBy('createdAt', 'desc')
          .limit(20)
          .get(),
      );
      expect(page.size).toBe(2);
    });

    it("never reads another agency's offers, nor the sellers' projection", async () => {
      await assertFails(db(persona).doc(paths.offer(OTHER_TENANT, 'o1')).get());
      await assertFails(db(persona).doc(paths.sellerOffer(TENANT, 'o1')).get());
    });

    it('writes no offer: functions do', async () => {
      await assertFails(db(persona).doc(paths.offer(TENANT, 'o9')).set(newOffer));
      await assertFails(db(persona).doc(paths.offer(TENANT, 'o1')).update({ status: 'accepted' }));
      await assertFails(db(persona).doc(paths.offer(TENANT, 'o1')).delete());
      await assertFails(db(persona).doc(paths.sellerOffer(TENANT, 'o1')).update({ status: 'accepted' }));
    });
  });
}

describe('partner', () => {
  it('reads no offer', async () => {
    await assertFails(db('partner').doc(paths.offer(TENANT, 'o1')).get());
    await assertFails(db('partner').collection(paths.offers(TENANT)).where('propertyId', '==', 'p1').limit(20).get());
  });
});

describe('client as a buyer', () => {
  it('reads the offers naming them as a buyer, by a bounded query', async () => {
    await assertSucceeds(db('client').doc(paths.offer(TENANT, 'o1')).get());
    const mine = await assertSucceeds(
      db('client')
        .collection(paths.offers(TENANT))
        .where('buyerContactIds', 'array-contains', CONTACT)
        .orderBy('createdAt', 'desc')
        .limit(20)
        .get(),
    );
    expect(mine.docs.map((doc) => doc.id)).toEqual(['o1']);
  });

  it("never reads another buyer's offer, nor lists the property's offers", async () => {
    await assertFails(db('client').doc(paths.offer(TENANT, 'o2')).get());
    await assertFails(db('client').collection(paths.offers(TENANT)).where('propertyId', '==', 'p1').limit(20).get());
    await assertFails(
      db('client')
        .collection(paths.offers(TENANT))
        .where('buyerContactIds', 'array-contains', OTHER_CONTACT)
        .limit(20)
        .get(),
    );
  });

  it('writes no offer', async () => {
    await assertFails(db('client').doc(paths.offer(TENANT, 'o9')).set(newOffer));
    await assertFails(db('client').doc(paths.offer(TENANT, 'o1')).update({ status: 'withdrawn' }));
  });

  it("is not the rival agency's client with the same contact id", async () => {
    const rival = env
      .authenticatedContext(rivalClientUid, { tenantId: OTHER_TENANT, role: 'client', contactId: CONTACT })
      .firestore();
    await assertFails(rival.doc(paths.offer(TENANT, 'o1')).get());
    await assertSucceeds(rival.doc(paths.offer(OTHER_TENANT, 'o1')).get());
  });
});

describe('client as a seller', () => {
  it('reads the projection of the offers on their property, never the offer naming the buyer', async () => {
    await assertSucceeds(db('otherClient').doc(paths.sellerOffer(TENANT, 'o1')).get());
    const received = await assertSucceeds(
      db('otherClient')
        .collection(paths.sellerOffers(TENANT))
        .where('sellerContactIds', 'array-contains', OTHER_CONTACT)
        .orderBy('createdAt', 'desc')
        .limit(20)
        .get(),
    );
    expect(received.docs.map((doc) => doc.id)).toEqual(['o1']);
    await assertFails(db('otherClient').doc(paths.offer(TENANT, 'o1')).get());
  });

  it("never reads another seller's projection nor writes one", async () => {
    await assertFails(db('otherClient').doc(paths.sellerOffer(TENANT, 'o3')).get());
    await assertFails(
      db('otherClient')
        .collection(paths.sellerOffers(TENANT))
        .where('sellerContactIds', 'array-contains', CONTACT)
        .limit(20)
        .get(),
    );
    await assertFails(db('otherClient').doc(paths.sellerOffer(TENANT, 'o1')).update({ amount: 1 }));
  });
});

describe('anonymous and other tenants', () => {
  it('read nothing', async () => {
    await assertFails(db('anonymous').doc(paths.offer(TENANT, 'o1')).get());
    await assertFails(db('otherTenant').doc(paths.offer(TENANT, 'o1')).get());
    await assertFails(db('anonymous').doc(paths.sellerOffer(TENANT, 'o1')).get());
  });
});
