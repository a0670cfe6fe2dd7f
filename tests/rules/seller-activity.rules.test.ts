import { assertFails, assertSucceeds, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, clientSpaceDocs, rivalClientUid } from './fixtures';
import {
  CONTACT,
  createRulesEnv,
  dbOf,
  OTHER_CONTACT,
  OTHER_TENANT,
  seed,
  TENANT,
  type DocData,
  type PersonaName,
} from './rules-env';

// sellerProperties and sellerActivity: a property, its visits done, anonymous visit reports and
// mandates as its sellers read them. Read by the sellers they name, by a query filtering on them;
// nobody writes them but functions. CONTACT sells p1; OTHER_CONTACT sells p2.

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnv();
});

afterAll(async () => {
  await env.cleanup();
});

const when = at('2026-03-01T09:00:00Z');

function sellerProperty(id: string, seller: string): DocData {
  return { id, sellerContactIds: [seller], reference: 'V-00001', title: 'T2', visitCount: 1, offerCount: 0 };
}

function report(id: string, propertyId: string, seller: string): DocData {
  return {
    id,
    kind: 'report',
    propertyId,
    sellerContactIds: [seller],
    at: when,
    stars: { location: 5, layout: 4, condition: 3, light: 5, surroundings: 4, price: 2 },
    comment: 'Lumineux',
    outcome: 'offer-to-make',
  };
}

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    ...clientSpaceDocs(),
    [paths.sellerProperty(TENANT, 'p1')]: sellerProperty('p1', CONTACT),
    [paths.sellerProperty(TENANT, 'p2')]: sellerProperty('p2', OTHER_CONTACT),
    [paths.sellerActivityItem(TENANT, 'report-h1')]: report('report-h1', 'p1', CONTACT),
    [paths.sellerActivityItem(TENANT, 'report-h2')]: report('report-h2', 'p2', OTHER_CONTACT),
    [paths.sellerProperty(OTHER_TENANT, 'p1')]: sellerProperty('p1', CONTACT),
    [paths.sellerActivityItem(OTHER_TENANT, 'report-h1')]: report('report-h1', 'p1', CONTACT),
  });
});

const db = (persona: PersonaName) => dbOf(env, persona);

const myReports = (persona: PersonaName, contactId: string) =>
  db(persona)
    .collection(paths.sellerActivity(TENANT))
    .where('sellerContactIds', 'array-contains', contactId)
    .where('propertyId', '==', 'p1')
    .where('kind', '==', 'report')
    .orderBy('at', 'desc')
    .limit(10);

describe('client as a seller', () => {
  it('reads their property and its activity, by a query naming them', async () => {
    await assertSucceeds(db('client').doc(paths.sellerProperty(TENANT, 'p1')).get());
    await assertSucceeds(db('client').doc(paths.sellerActivityItem(TENANT, 'report-h1')).get());
    const mine = await assertSucceeds(
      db('client')
        .collection(paths.sellerProperties(TENANT))
        .where('sellerContactIds', 'array-contains', CONTACT)
        .limit(5)
        .get(),
    );
    expect(mine.docs.map((doc) => doc.id)).toEqual(['p1']);
    const reports = await assertSucceeds(myReports('client', CONTACT).get());
    expect(reports.docs.map((doc) => doc.id)).toEqual(['report-h1']);
  });

  it('reads reports without the buyers’ identities', async () => {
    const reportData = (
      await assertSucceeds(db('client').doc(paths.sellerActivityItem(TENANT, 'report-h1')).get())
    ).data();
    expect(Object.keys(reportData ?? {}).sort()).toEqual(
      ['at', 'comment', 'id', 'kind', 'outcome', 'propertyId', 'sellerContactIds', 'stars'].sort(),
    );
    for (const field of ['contactId', 'contactIds', 'buyers', 'buyerContactIds', 'author', 'reason', 'name']) {
      expect(reportData).not.toHaveProperty(field);
    }
  });

  it("never reads another seller's property or activity", async () => {
    await assertFails(db('client').doc(paths.sellerProperty(TENANT, 'p2')).get());
    await assertFails(db('client').doc(paths.sellerActivityItem(TENANT, 'report-h2')).get());
    await assertFails(myReports('client', OTHER_CONTACT).get());
  });

  it('lists nothing without the filter on their contact id', async () => {
    await assertFails(db('client').collection(paths.sellerActivity(TENANT)).limit(10).get());
    await assertFails(
      db('client').collection(paths.sellerActivity(TENANT)).where('propertyId', '==', 'p1').limit(10).get(),
    );
    await assertFails(db('client').collection(paths.sellerProperties(TENANT)).limit(5).get());
  });

  it('writes nothing: functions do', async () => {
    await assertFails(db('client').doc(paths.sellerActivityItem(TENANT, 'report-h1')).update({ comment: 'x' }));
    await assertFails(
      db('client')
        .doc(paths.sellerActivityItem(TENANT, 'report-h9'))
        .set(report('report-h9', 'p1', CONTACT)),
    );
    await assertFails(db('client').doc(paths.sellerActivityItem(TENANT, 'report-h1')).delete());
    await assertFails(db('client').doc(paths.sellerProperty(TENANT, 'p1')).update({ visitCount: 9 }));
  });

  it("is not the rival agency's client with the same contact id", async () => {
    const rival = env
      .authenticatedContext(rivalClientUid, { tenantId: OTHER_TENANT, role: 'client', contactId: CONTACT })
      .firestore();
    await assertFails(rival.doc(paths.sellerActivityItem(TENANT, 'report-h1')).get());
    await assertSucceeds(rival.doc(paths.sellerActivityItem(OTHER_TENANT, 'report-h1')).get());
  });
});

describe('another client', () => {
  it('reads their own, never the first seller’s', async () => {
    await assertSucceeds(db('otherClient').doc(paths.sellerActivityItem(TENANT, 'report-h2')).get());
    await assertFails(db('otherClient').doc(paths.sellerActivityItem(TENANT, 'report-h1')).get());
    await assertFails(db('otherClient').doc(paths.sellerProperty(TENANT, 'p1')).get());
    await assertFails(myReports('otherClient', CONTACT).get());
  });
});

for (const persona of ['owner', 'admin', 'manager', 'agent', 'partner'] as const) {
  describe(persona, () => {
    it('reads the sources, not the projections, and writes none', async () => {
      await assertFails(db(persona).doc(paths.sellerActivityItem(TENANT, 'report-h1')).get());
      await assertFails(db(persona).doc(paths.sellerProperty(TENANT, 'p1')).get());
      await assertFails(db(persona).doc(paths.sellerProperty(TENANT, 'p1')).update({ visitCount: 9 }));
    });
  });
}

describe('anonymous and other tenants', () => {
  it('read nothing', async () => {
    await assertFails(db('anonymous').doc(paths.sellerActivityItem(TENANT, 'report-h1')).get());
    await assertFails(db('otherTenant').doc(paths.sellerActivityItem(TENANT, 'report-h1')).get());
    await assertFails(db('anonymous').doc(paths.sellerProperty(TENANT, 'p1')).get());
  });
});
