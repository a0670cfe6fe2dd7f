import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { clientListingId, paths } from '@estate/domain';
import { at, clientSpaceDocs, rivalClientUid, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
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

// clientListings/{contactId}_{propertyId}: a client reads their own published listings only; staff read
// them per the contacts' visibility; nobody writes them from an app. listingActions/{id}: a client
// creates valid actions on their own published listings only; nobody edits or deletes one.

const env = firestoreRulesEnvOfSuite();

const past = at('2026-01-15T09:00:00Z');
const PUBLISHED = 'loft';
const DRAFT = 'cottage';
const stars = { location: 5, layout: 4, condition: 3, light: 4, surroundings: 5, price: 3 };

function listingDoc(contactId: string, propertyId: string, status: 'draft' | 'published', agentUid = uidOf('agent')) {
  return {
    id: clientListingId(contactId, propertyId),
    contactId,
    propertyId,
    agentUid,
    status,
    stage: 'new',
    availability: '',
    rejectReason: '',
    report: null,
    showSourceUrl: false,
    property: { reference: 'V-00001', title: 'Loft', city: 'Lyon', price: 250_000, photoIds: [] },
    publications: status === 'published' ? 1 : 0,
    publishedAt: status === 'published' ? past : null,
    stageChangedAt: past,
    createdAt: past,
    updatedAt: past,
  };
}

const listingPath = (contactId: string, propertyId: string, tenantId = TENANT) =>
  paths.clientListing(tenantId, clientListingId(contactId, propertyId));

function action(id: string, changes: DocData = {}): DocData {
  return {
    id,
    contactId: CONTACT,
    propertyId: PUBLISHED,
    kind: 'visit-request',
    availability: 'Samedi matin',
    reason: '',
    stars: null,
    comment: '',
    outcome: null,
    createdAt: serverTime(),
    ...changes,
  };
}

const ACTION_ID = 'a1b2c3d4e5f6g7h8i9j0';
const actionRef = (persona: PersonaName, id = ACTION_ID, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.listingAction(tenantId, id));
const listingRef = (persona: PersonaName, contactId: string, propertyId: string) =>
  dbOf(env, persona).doc(listingPath(contactId, propertyId));
const clientQuery = (persona: PersonaName, contactId: string, status = 'published') =>
  dbOf(env, persona)
    .collection(paths.clientListings(TENANT))
    .where('contactId', '==', contactId)
    .where('status', '==', status)
    .where('stage', '==', 'new')
    .orderBy('stageChangedAt', 'desc')
    .limit(30);

async function seedListings(visibility: 'shared' | 'own') {
  await env.clearFirestore();
  await seed(env, {
    [paths.contactsSettings(TENANT)]: { visibility, origins: [], updatedAt: past },
    [listingPath(CONTACT, PUBLISHED)]: listingDoc(CONTACT, PUBLISHED, 'published'),
    [listingPath(CONTACT, DRAFT)]: listingDoc(CONTACT, DRAFT, 'draft'),
    [listingPath(OTHER_CONTACT, PUBLISHED)]: listingDoc(OTHER_CONTACT, PUBLISHED, 'published', 'someone-else'),
    [listingPath(CONTACT, PUBLISHED, OTHER_TENANT)]: listingDoc(CONTACT, PUBLISHED, 'published'),
    ...clientSpaceDocs(),
  });
}

describe('clientListings, client', () => {
  beforeEach(() => seedListings('shared'));

  it('reads their own published listing and lists their published ones', async () => {
    const own = await assertSucceeds(listingRef('client', CONTACT, PUBLISHED).get());
    expect(own.get('status')).toBe('published');
    const listed = await assertSucceeds(clientQuery('client', CONTACT).get());
    expect(listed.size).toBe(1);
  });

  it('reads no draft, nor another client’s listing, nor a query that could hold them', async () => {
    await assertFails(listingRef('client', CONTACT, DRAFT).get());
    await assertFails(clientQuery('client', CONTACT, 'draft').get());
    await assertFails(listingRef('client', OTHER_CONTACT, PUBLISHED).get());
    await assertFails(clientQuery('client', OTHER_CONTACT).get());
    await assertFails(
      dbOf(env, 'client').collection(paths.clientListings(TENANT)).where('contactId', '==', CONTACT).get(),
    );
  });

  it('the client of another agency with the same contact id reads nothing here', async () => {
    const rival = env
      .authenticatedContext(rivalClientUid, { tenantId: OTHER_TENANT, role: 'client', contactId: CONTACT })
      .firestore();
    await assertSucceeds(rival.doc(listingPath(CONTACT, PUBLISHED, OTHER_TENANT)).get());
    await assertFails(rival.doc(listingPath(CONTACT, PUBLISHED)).get());
  });

  it('writes no listing, not even their own', async () => {
    await assertFails(listingRef('client', CONTACT, PUBLISHED).update({ stage: 'mine' }));
    await assertFails(listingRef('client', CONTACT, 'new-one').set(listingDoc(CONTACT, 'new-one', 'published')));
    await assertFails(listingRef('client', CONTACT, PUBLISHED).delete());
  });
});

for (const visibility of ['shared', 'own'] as const) {
  describe(`clientListings, staff with clients ${visibility}`, () => {
    beforeEach(() => seedListings(visibility));

    for (const persona of ['owner', 'admin'] as const) {
      it(`${persona} reads every listing, drafts included, and writes none`, async () => {
        await assertSucceeds(listingRef(persona, CONTACT, DRAFT).get());
        await assertSucceeds(listingRef(persona, OTHER_CONTACT, PUBLISHED).get());
        await assertFails(listingRef(persona, CONTACT, DRAFT).update({ status: 'published' }));
      });
    }

    it('an agent reads their clients’ listings, others’ only while clients are shared', async () => {
      await assertSucceeds(listingRef('agent', CONTACT, DRAFT).get());
      const others = listingRef('agent', OTHER_CONTACT, PUBLISHED).get();
      await (visibility === 'shared' ? assertSucceeds(others) : assertFails(others));
      await assertFails(listingRef('agent', CONTACT, DRAFT).update({ status: 'published' }));
      await assertFails(listingRef('agent', CONTACT, 'new-one').set(listingDoc(CONTACT, 'new-one', 'draft')));
    });

    it('an agent in own mode lists their own by naming themselves', async () => {
      const query = dbOf(env, 'agent')
        .collection(paths.clientListings(TENANT))
        .where('agentUid', '==', uidOf('agent'))
        .where('contactId', '==', CONTACT)
        .limit(30);
      await assertSucceeds(query.get());
    });

    for (const persona of ['partner', 'pending', 'otherTenant', 'anonymous'] as const) {
      it(`${persona} reads no listing`, async () => {
        await assertFails(listingRef(persona, CONTACT, PUBLISHED).get());
      });
    }
  });
}

describe('listingActions', () => {
  beforeEach(() => seedListings('shared'));

  it('a client asks to visit, rejects and reports on their own published listing', async () => {
    await assertSucceeds(actionRef('client').set(action(ACTION_ID)));
    const reject = 'rejectrejectreject01';
    await assertSucceeds(
      actionRef('client', reject).set(action(reject, { kind: 'reject', availability: '', reason: 'Trop loin' })),
    );
    const report = 'reportreportreport01';
    await assertSucceeds(
      actionRef('client', report).set(
        action(report, {
          kind: 'visit-report',
          availability: '',
          stars,
          comment: 'Belle lumière',
          outcome: 'offer-to-make',
        }),
      ),
    );
    await assertSucceeds(actionRef('client').get());
  });

  it('refuses an action on a draft, on another client’s listing, or on one that does not exist', async () => {
    await assertFails(actionRef('client').set(action(ACTION_ID, { propertyId: DRAFT })));
    await assertFails(actionRef('client').set(action(ACTION_ID, { contactId: OTHER_CONTACT })));
    await assertFails(actionRef('client').set(action(ACTION_ID, { propertyId: 'nowhere' })));
  });

  it('refuses a malformed action', async () => {
    const bad: DocData[] = [
      { availability: '' },
      { reason: 'en plus' },
      { kind: 'reject', availability: '', reason: '' },
      { kind: 'visit-report', availability: '', stars, outcome: 'reject', reason: '' },
      { kind: 'visit-report', availability: '', stars: { ...stars, light: 6 }, outcome: 'offer-to-make' },
      { kind: 'visit-report', availability: '', stars: { ...stars, extra: 3 }, outcome: 'offer-to-make' },
      { kind: 'visit-report', availability: '', stars, outcome: 'maybe' },
      { kind: 'cancel' },
      { handled: { status: 'applied', refusal: null, at: past } },
      { createdAt: past },
      { id: 'another-id-entirely' },
    ];
    for (const changes of bad) await assertFails(actionRef('client').set(action(ACTION_ID, changes)));
    await assertFails(actionRef('client', 'short').set(action('short')));
  });

  it('a client never edits, deletes or reads another’s action', async () => {
    await seed(env, { [paths.listingAction(TENANT, ACTION_ID)]: { ...action(ACTION_ID), createdAt: past } });
    await assertFails(actionRef('client').update({ availability: 'Dimanche' }));
    await assertFails(actionRef('client').set(action(ACTION_ID)));
    await assertFails(actionRef('client').delete());
    await assertFails(actionRef('otherClient').get());
  });

  for (const persona of ['owner', 'admin', 'manager', 'agent', 'partner', 'otherTenant', 'anonymous'] as const) {
    it(`${persona} neither writes nor reads an action`, async () => {
      await seed(env, {
        [paths.listingAction(TENANT, 'storedstoredstored01')]: { ...action('storedstoredstored01'), createdAt: past },
      });
      await assertFails(actionRef(persona).set(action(ACTION_ID)));
      await assertFails(actionRef(persona, 'storedstoredstored01').get());
    });
  }
});
