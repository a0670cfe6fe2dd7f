import {
  CALLABLES,
  interestId,
  paths,
  type BuyersForPropertyResult,
  type ContactBuyerResult,
  type PropertiesForBuyerResult,
  type PropertyInput,
  type SavedSearchInput,
  type SavePropertyResult,
} from '@estate/domain';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { syncMatchListing, syncMatchSearch } from '../../functions/src/matching/matching-store';
import { adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { eventually } from './function-fixtures';

let tenant: TestTenant;
let agent: TestUser;
let colleague: TestUser;

const db = () => adminDb();
const t = () => tenant.tenantId;
const requestId = () => randomUUID().replace(/-/g, '').slice(0, 20);

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Matching' });
  [agent, colleague] = await Promise.all([
    addActiveMember(tenant, 'agent', 'Alex Agent'),
    addActiveMember(tenant, 'agent', 'Cora Colleague'),
  ]);
});

function flat(changes: Partial<PropertyInput> = {}): PropertyInput {
  return {
    dealType: 'sale',
    title: 'Trois pièces Bellecour',
    propertyType: 'apartment',
    address: { postalCode: '69002', city: 'Lyon' },
    price: 400_000,
    surface: 60,
    rooms: 3,
    status: 'online',
    sellerContactIds: [],
    assignedAgentUid: agent.uid,
    ...changes,
  };
}

async function createProperty(changes: Partial<PropertyInput> = {}): Promise<SavePropertyResult> {
  return mustCall<SavePropertyResult>(
    CALLABLES.saveProperty,
    { propertyId: null, requestId: requestId(), property: flat(changes) },
    agent.idToken,
  );
}

function search(changes: Partial<SavedSearchInput> = {}): SavedSearchInput & { updatedBy: string; updatedAt: Date } {
  return {
    dealType: 'sale',
    propertyTypes: ['apartment'],
    cities: ['lyon'],
    postalCodes: [],
    budgetMin: null,
    budgetMax: 450_000,
    surfaceMin: 50,
    roomsMin: 3,
    bedroomsMin: null,
    mustHaves: [],
    text: '',
    updatedBy: agent.uid,
    updatedAt: new Date(),
    ...changes,
  };
}

/** A buyer held by `holder`, with a saved search written as the client file writes it. */
async function buyer(lastName: string, changes: Partial<SavedSearchInput> | null, holder = agent): Promise<string> {
  const contact = contactDoc({ lastName, firstName: 'Marie', assignedAgentUid: holder.uid, createdBy: holder.uid });
  await db().doc(paths.contact(t(), contact.id)).set(contact);
  if (changes)
    await db()
      .doc(paths.buyerFile(t(), contact.id, 'saved-search'))
      .set(search(changes));
  return contact.id;
}

const projection = async (contactId: string) => (await db().doc(paths.matchSearch(t(), contactId)).get()).data();
const listing = async (propertyId: string) => (await db().doc(paths.matchListing(t(), propertyId)).get()).data();

async function setVisibility(visibility: 'shared' | 'own') {
  await db().doc(paths.contactsSettings(t())).set({ visibility, origins: [], updatedAt: new Date() });
}

const buyersFor = (propertyId: string, user: TestUser, page: { offset?: number; pageSize?: number } = {}) =>
  mustCall<BuyersForPropertyResult>(CALLABLES.buyersForProperty, { propertyId, ...page }, user.idToken);

describe('matching projections', () => {
  it('follow a saved search, its buyer and a property, and write nothing when replayed', async () => {
    const contactId = await buyer('Projection', { cities: ['Saint-Étienne'], postalCodes: ['42 000'] });
    const stored = await eventually(async () => {
      const data = await projection(contactId);
      expect(data).toBeDefined();
      return data;
    });
    expect(stored).toMatchObject({
      contactId,
      contactName: 'Marie Projection',
      agentUid: agent.uid,
      cityKeys: ['saint-etienne'],
      postalCodes: ['42000'],
      keys: ['sale|apartment|c:saint-etienne', 'sale|apartment|p:42000'],
      budgetCeiling: 495_000,
    });
    expect(await syncMatchSearch({ db: db() }, t(), contactId)).toBe('unchanged');

    // The buyer renamed and reassigned: the copies follow (the contact lifecycle).
    await db().doc(paths.contact(t(), contactId)).update({ lastName: 'Renommée', assignedAgentUid: colleague.uid });
    await eventually(async () => {
      expect(await projection(contactId)).toMatchObject({ contactName: 'Marie Renommée', agentUid: colleague.uid });
    });

    // No longer a buyer, then the search deleted: the projection goes.
    await db().doc(paths.contact(t(), contactId)).update({ clientType: 'seller' });
    await eventually(async () => expect(await projection(contactId)).toBeUndefined());
    await db().doc(paths.contact(t(), contactId)).update({ clientType: 'buyer' });
    await eventually(async () => expect(await projection(contactId)).toBeDefined());
    await db()
      .doc(paths.buyerFile(t(), contactId, 'saved-search'))
      .delete();
    await eventually(async () => expect(await projection(contactId)).toBeUndefined());
    expect(await syncMatchSearch({ db: db() }, t(), contactId)).toBe('unchanged');
  });

  it("keeps a property's listing while it is on the market", async () => {
    const { propertyId, reference } = await createProperty({ address: { postalCode: '69 002', city: 'Lyon' } });
    const stored = await eventually(async () => {
      const data = await listing(propertyId);
      expect(data).toBeDefined();
      return data;
    });
    expect(stored).toMatchObject({
      reference,
      price: 400_000,
      status: 'online',
      keys: ['sale|apartment|*', 'sale|apartment|c:lyon', 'sale|apartment|p:69002'],
    });
    expect(await syncMatchListing({ db: db() }, t(), propertyId)).toBe('unchanged');
    await db().doc(paths.property(t(), propertyId)).delete();
    await eventually(async () => expect(await listing(propertyId)).toBeUndefined());
  });
});

describe('matching-buyersForProperty', () => {
  let propertyId: string;
  let matchId: string;
  let nearId: string;
  let colleaguesId: string;

  beforeAll(async () => {
    ({ propertyId } = await createProperty({ title: 'Bellecour', address: { postalCode: '69002', city: 'Lyon' } }));
    matchId = await buyer('Exacte', { budgetMax: 450_000 });
    nearId = await buyer('Presque', { budgetMax: 380_000 });
    colleaguesId = await buyer('Collègue', { cities: [], postalCodes: ['69002'], budgetMax: null }, colleague);
    await buyer('Ailleurs', { cities: ['Paris'] });
    await buyer('Maison', { propertyTypes: ['house'] });
    await buyer('Deux écarts', { budgetMax: 380_000, roomsMin: 4 });
    await buyer('Sans recherche', null);
    await eventually(async () => {
      for (const id of [matchId, nearId, colleaguesId]) expect(await projection(id)).toBeDefined();
    });
  });

  it('lists the matches first, then the near misses with the criterion they miss', async () => {
    await setVisibility('shared');
    const result = await buyersFor(propertyId, agent);
    expect(result).toMatchObject({ matchable: true, total: 3, matches: 2, nears: 1, truncated: false });
    expect(result.items.map((item) => item.contactId)).toEqual([matchId, colleaguesId, nearId]);
    const near = result.items[2];
    expect(near?.verdict).toBe('near');
    expect(near?.criteria.find((entry) => entry.outcome !== 'match')).toEqual({
      criterion: 'budget',
      outcome: 'near',
      reason: 'over-budget',
      expected: 380_000,
      actual: 400_000,
    });
  });

  it('pages through the results', async () => {
    await setVisibility('shared');
    const first = await buyersFor(propertyId, agent, { pageSize: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextOffset).toBe(2);
    const second = await buyersFor(propertyId, agent, { offset: 2, pageSize: 2 });
    expect(second.items.map((item) => item.contactId)).toEqual([nearId]);
    expect(second.nextOffset).toBeNull();
  });

  it("shows an agent only the buyers they see in 'own' visibility, the owner all", async () => {
    await setVisibility('own');
    try {
      const mine = await buyersFor(propertyId, agent);
      expect(mine.items.map((item) => item.contactId)).toEqual([matchId, nearId]);
      const theirs = await buyersFor(propertyId, colleague);
      expect(theirs.items.map((item) => item.contactId)).toEqual([colleaguesId]);
      const all = await buyersFor(propertyId, tenant.owner);
      expect(all.total).toBe(3);
    } finally {
      await setVisibility('shared');
    }
  });

  it('refuses bad input, a caller without a session and an unknown property', async () => {
    const bad = await callCallable(CALLABLES.buyersForProperty, { propertyId: 'a/b', pageSize: 500 }, agent.idToken);
    expect(bad).toMatchObject({ ok: false, code: 'invalid-argument' });
    const anonymous = await callCallable(CALLABLES.buyersForProperty, { propertyId });
    expect(anonymous).toMatchObject({ ok: false, code: 'unauthenticated' });
    const unknown = await callCallable(CALLABLES.buyersForProperty, { propertyId: 'nope' }, agent.idToken);
    expect(unknown).toMatchObject({ ok: false, reason: 'property-not-found' });
  });
});

describe('matching-propertiesForBuyer', () => {
  it("lists the properties meeting the buyer's search, matches first, and only what they may see", async () => {
    const marker = `${Date.now()}`.slice(-5);
    const city = `Villematch-${marker}`;
    const exact = await createProperty({ title: 'Exact', address: { postalCode: '', city } });
    const smaller = await createProperty({ title: 'Petit', address: { postalCode: '', city }, surface: 46 });
    await createProperty({ title: 'Trop petit', address: { postalCode: '', city }, surface: 30 });
    await createProperty({ title: 'Maison', address: { postalCode: '', city }, propertyType: 'house' });
    await createProperty({ title: 'Location', address: { postalCode: '', city }, dealType: 'rental', price: 900 });
    const contactId = await buyer('Acheteuse', { cities: [city.toUpperCase()], budgetMax: 400_000 });
    await eventually(async () => {
      for (const id of [exact.propertyId, smaller.propertyId]) expect(await listing(id)).toBeDefined();
    });

    const result = await mustCall<PropertiesForBuyerResult>(CALLABLES.propertiesForBuyer, { contactId }, agent.idToken);
    expect(result).toMatchObject({ searchSaved: true, matches: 1, nears: 1 });
    expect(result.items.map((item) => [item.propertyId, item.verdict])).toEqual([
      [exact.propertyId, 'match'],
      [smaller.propertyId, 'near'],
    ]);
    expect(result.items[1]?.criteria.find((entry) => entry.outcome === 'near')?.reason).toBe('smaller');

    const without = await buyer('Sans recherche', null);
    expect(
      await mustCall<PropertiesForBuyerResult>(CALLABLES.propertiesForBuyer, { contactId: without }, agent.idToken),
    ).toMatchObject({ searchSaved: false, items: [] });

    await setVisibility('own');
    try {
      const refused = await callCallable(CALLABLES.propertiesForBuyer, { contactId }, colleague.idToken);
      expect(refused).toMatchObject({ ok: false, reason: 'contact-not-found' });
    } finally {
      await setVisibility('shared');
    }
  });
});

describe('matching-contactBuyer', () => {
  it('links the buyer once in matching-contacted, with one history remark', async () => {
    const { propertyId, reference } = await createProperty({
      title: 'Contact',
      address: { postalCode: '', city: 'Lyon' },
    });
    const contactId = await buyer('Contactée', { budgetMax: 450_000 });
    const [first, second] = await Promise.all([
      mustCall<ContactBuyerResult>(CALLABLES.contactBuyer, { contactId, propertyId }, agent.idToken),
      mustCall<ContactBuyerResult>(CALLABLES.contactBuyer, { contactId, propertyId }, agent.idToken),
    ]);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    const again = await mustCall<ContactBuyerResult>(CALLABLES.contactBuyer, { contactId, propertyId }, agent.idToken);
    expect(again).toEqual({
      interestId: interestId(contactId, propertyId),
      created: false,
      phase: 'matching-contacted',
    });

    const interest = (
      await db()
        .doc(paths.interest(t(), interestId(contactId, propertyId)))
        .get()
    ).data();
    expect(interest).toMatchObject({
      phase: 'matching-contacted',
      source: 'matching',
      agentUid: agent.uid,
      propertyReference: reference,
    });
    const entries = await db()
      .collection(paths.history(t()))
      .where('contactIds', 'array-contains', contactId)
      .where('propertyId', '==', propertyId)
      .get();
    expect(entries.docs.map((doc) => [doc.get('type'), doc.get('phase'), doc.get('authorUid')])).toEqual([
      ['remark', 'matching-contacted', agent.uid],
    ]);
    expect(String(entries.docs[0]?.get('text'))).toContain(reference);

    // The property's matching list marks the buyer as linked.
    await eventually(async () => expect(await projection(contactId)).toBeDefined());
    const listed = await buyersFor(propertyId, agent);
    expect(listed.items.find((item) => item.contactId === contactId)?.interestPhase).toBe('matching-contacted');
  });

  it('refuses a buyer the caller does not see', async () => {
    const { propertyId } = await createProperty();
    const contactId = await buyer('Cachée', { budgetMax: 450_000 }, colleague);
    await setVisibility('own');
    try {
      const hidden = await callCallable(CALLABLES.contactBuyer, { contactId, propertyId }, agent.idToken);
      expect(hidden).toMatchObject({ ok: false, reason: 'contact-not-found' });
    } finally {
      await setVisibility('shared');
    }
    expect(
      (
        await db()
          .doc(paths.interest(t(), interestId(contactId, propertyId)))
          .get()
      ).exists,
    ).toBe(false);
  });
});
