import {
  CALLABLES,
  clientListingId,
  clientListingSchema,
  paths,
  privateFileUrl,
  type AssignListingResult,
  type Contact,
  type SavePropertyRequest,
  type SavePropertyResult,
  type SetPublishedResult,
} from '@estate/domain';
import { randomUUID } from 'node:crypto';
import { getStorage } from 'firebase-admin/storage';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { appLinks } from '../../functions/src/lib/app-links';
import { fromStored } from '../../functions/src/lib/converters';
import type { Deps } from '../../functions/src/lib/deps';
import { actionHistoryId, actionMailId, applyAction } from '../../functions/src/listings/on-action-created.handler';
import { publishedMailId } from '../../functions/src/listings/set-published.handler';
import { syncListings } from '../../functions/src/listings/sync-listings.handler';
import { adminAuth, adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { activeClient, storeContactDoc } from '../support/stored-contacts';
import { functionsOrigin, projectId, region } from '../support/emulator-env';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';
import { eventually, expectInvalid, queuedMailCount } from './function-fixtures';

/**
 * listings-assign, -setPublished, -removeDraft, -saveVisitReport, the client's actions applied by
 * listings-onActionCreated, the snapshot kept by listings-onPropertyWritten, and the photos a client
 * reads through files-download.
 */
const DOWNLOAD = `${functionsOrigin}/${projectId}/${region}/files-download`;
const bucket = () => getStorage(adminAuth().app).bucket(`${projectId}.appspot.com`);
const id20 = () => randomUUID().replace(/-/g, '').slice(0, 20);
/** A trigger on a loaded emulator may take tens of seconds to run. */
const TRIGGER_WAIT = 60_000;
const SLOW_TEST = 120_000;
const stars = { location: 5, layout: 4, condition: 3, light: 4, surroundings: 5, price: 3 };

let tenant: TestTenant;
let agent: TestUser;
let rival: TestUser;
let client: Contact;
let clientUser: TestUser;
let other: Contact;
let propertyId: string;

const deps = (): Deps => ({
  db: adminDb(),
  auth: adminAuth(),
  links: appLinks({ admin: 'http://localhost:5000', client: 'http://localhost:5005' }),
  now: () => new Date(),
  local: null,
});

function propertyInput(changes: Partial<SavePropertyRequest['property']> = {}): SavePropertyRequest['property'] {
  return {
    dealType: 'sale',
    title: 'T3 Croix-Rousse',
    propertyType: 'apartment',
    address: { street: '8 rue Secrète', complement: '', postalCode: '69004', city: 'Lyon', country: 'FR' },
    price: 320_000,
    surface: 70,
    rooms: 3,
    status: 'online',
    sellerContactIds: [],
    assignedAgentUid: agent.uid,
    privateNote: 'Vendeur pressé, accepte 300 000',
    sourceUrl: 'https://portal.example/annonce/1',
    ...changes,
  };
}

async function createProperty(changes: Partial<SavePropertyRequest['property']> = {}): Promise<string> {
  const saved = await mustCall<SavePropertyResult>(
    CALLABLES.saveProperty,
    { propertyId: null, requestId: id20(), property: propertyInput(changes) },
    agent.idToken,
  );
  return saved.propertyId;
}

const storeContact = (email = uniqueEmail('client')): Promise<Contact> =>
  storeContactDoc(adminDb(), tenant.tenantId, {
    firstName: 'Claire',
    lastName: 'Cliente',
    emails: [{ address: email, label: 'personal' }],
    assignedAgentUid: agent.uid,
  });

const listingPath = (contactId: string, property = propertyId) =>
  paths.clientListing(tenant.tenantId, clientListingId(contactId, property));

async function stored(contactId: string, property = propertyId) {
  const data = (await adminDb().doc(listingPath(contactId, property)).get()).data();
  return data ? clientListingSchema.parse(fromStored(data)) : null;
}

const publish = (contactId: string, published: boolean, idToken = agent.idToken, property = propertyId) =>
  mustCall<SetPublishedResult>(CALLABLES.setListingPublished, { contactId, propertyId: property, published }, idToken);

/** What the client app writes (rules checked in tests/rules/client-listings.rules.test.ts). */
async function writeAction(changes: Record<string, unknown>, property = propertyId): Promise<string> {
  const actionId = id20();
  await adminDb()
    .doc(paths.listingAction(tenant.tenantId, actionId))
    .set({
      id: actionId,
      contactId: client.id,
      propertyId: property,
      kind: 'visit-request',
      availability: '',
      reason: '',
      stars: null,
      comment: '',
      outcome: null,
      createdAt: new Date(),
      ...changes,
    });
  return actionId;
}

async function handled(actionId: string) {
  return eventually(async () => {
    const data = (await adminDb().doc(paths.listingAction(tenant.tenantId, actionId)).get()).data();
    if (!data?.handled) throw new Error('not handled yet');
    return data.handled as { status: string; refusal: string | null };
  }, TRIGGER_WAIT);
}

const mailExists = async (mailId: string) => (await adminDb().doc(paths.mail(tenant.tenantId, mailId)).get()).exists;

beforeAll(async () => {
  // The two agencies side by side: right after the demo seed the emulator is still running its triggers.
  const [ours, theirs] = await Promise.all([
    createTenantWithOwner({ agencyName: 'Agence Annonces' }).then(async (created) => ({
      created,
      member: await addActiveMember(created, 'agent', 'Lina Listing'),
    })),
    createTenantWithOwner({ agencyName: 'Agence Rivale' }).then((created) =>
      addActiveMember(created, 'agent', 'Rita Rivale'),
    ),
  ]);
  tenant = ours.created;
  agent = ours.member;
  rival = theirs;
  [client, other] = await Promise.all([storeContact(), storeContact()]);
  [clientUser, propertyId] = await Promise.all([activeClient(tenant.tenantId, client, agent.uid), createProperty()]);
}, 2 * SLOW_TEST);

describe('listings-assign', () => {
  it(
    'creates one draft per client with a client-safe snapshot, and nothing more when sent again',
    async () => {
      const input = { propertyId, contactIds: [client.id, other.id] };
      const first = await mustCall<AssignListingResult>(CALLABLES.assignListing, input, agent.idToken);
      expect(first).toEqual({ created: [client.id, other.id], existing: [] });
      const again = await mustCall<AssignListingResult>(CALLABLES.assignListing, input, agent.idToken);
      expect(again).toEqual({ created: [], existing: [client.id, other.id] });
      const listing = await stored(client.id);
      expect(listing).toMatchObject({ status: 'draft', stage: 'new', agentUid: agent.uid, publications: 0 });
      expect(listing?.property).toMatchObject({
        title: 'T3 Croix-Rousse',
        city: 'Lyon',
        price: 320_000,
        sourceUrl: '',
      });
      expect(JSON.stringify(listing)).not.toContain('Vendeur pressé');
      expect(JSON.stringify(listing)).not.toContain('Secrète');
    },
    SLOW_TEST,
  );

  it(
    'refuses another agency, an unknown property or client, and bad input',
    async () => {
      const refused = await callCallable(
        CALLABLES.assignListing,
        { propertyId, contactIds: [client.id] },
        rival.idToken,
      );
      expect(refused.ok).toBe(false);
      const ghost = await callCallable(
        CALLABLES.assignListing,
        { propertyId: 'nope', contactIds: [client.id] },
        agent.idToken,
      );
      expect(!ghost.ok && ghost.reason).toBe('property-not-found');
      const nobody = await callCallable(CALLABLES.assignListing, { propertyId, contactIds: ['nobody'] }, agent.idToken);
      expect(!nobody.ok && nobody.reason).toBe('contact-not-found');
      await expectInvalid(CALLABLES.assignListing, { propertyId, contactIds: [] }, agent.idToken, 'contactIds');
    },
    SLOW_TEST,
  );
});

describe('listings-setPublished', () => {
  it(
    'publishes once with one mail to the client, unpublishes, and mails again at the next publication',
    async () => {
      const address = client.emails[0]?.address ?? '';
      const before = await queuedMailCount(address);
      expect(await publish(client.id, true)).toEqual({ status: 'changed', mailed: true });
      expect(await publish(client.id, true)).toEqual({ status: 'unchanged', mailed: false });
      expect(await queuedMailCount(address)).toBe(before + 1);
      expect(await mailExists(publishedMailId(clientListingId(client.id, propertyId), 1))).toBe(true);
      expect(await stored(client.id)).toMatchObject({ status: 'published', publications: 1 });

      expect(await publish(client.id, false)).toEqual({ status: 'changed', mailed: false });
      expect(await stored(client.id)).toMatchObject({ status: 'draft' });
      expect(await publish(client.id, true)).toEqual({ status: 'changed', mailed: true });
      expect(await queuedMailCount(address)).toBe(before + 2);
    },
    SLOW_TEST,
  );

  it(
    'does not mail a client who turned optional mails off, nor one without a client space',
    async () => {
      const property = await createProperty({ title: 'Maison Caluire' });
      await mustCall(
        CALLABLES.assignListing,
        { propertyId: property, contactIds: [client.id, other.id] },
        agent.idToken,
      );
      await adminDb()
        .doc(paths.clientPreferences(tenant.tenantId, client.id))
        .set({ optionalMail: false, updatedAt: new Date() });
      expect(await publish(client.id, true, agent.idToken, property)).toEqual({ status: 'changed', mailed: false });
      expect(await publish(other.id, true, agent.idToken, property)).toEqual({ status: 'changed', mailed: false });
      await adminDb().doc(paths.clientPreferences(tenant.tenantId, client.id)).delete();
    },
    SLOW_TEST,
  );

  it(
    'refuses a listing never assigned and another agency',
    async () => {
      const never = await callCallable(
        CALLABLES.setListingPublished,
        { contactId: client.id, propertyId: 'nope', published: true },
        agent.idToken,
      );
      expect(!never.ok && never.reason).toBe('listing-not-found');
      const foreign = await callCallable(
        CALLABLES.setListingPublished,
        { contactId: client.id, propertyId, published: false },
        rival.idToken,
      );
      expect(foreign.ok).toBe(false);
      expect(await stored(client.id)).toMatchObject({ status: 'published' });
    },
    SLOW_TEST,
  );
});

describe('the client’s actions (listings-onActionCreated)', () => {
  it(
    'applies a visit request once, with one history entry and one mail to the agent, however often it runs',
    async () => {
      const agentMails = await queuedMailCount(agent.email);
      const actionId = await writeAction({ availability: 'Samedi matin ou mardi soir' });
      // The deployed trigger and two more runs race: one applies, the others find it done.
      const outcomes = await Promise.all([
        applyAction(deps(), tenant.tenantId, actionId),
        applyAction(deps(), tenant.tenantId, actionId),
      ]);
      expect(outcomes.filter((outcome) => outcome === 'applied').length).toBeLessThanOrEqual(1);
      expect(await handled(actionId)).toEqual({ status: 'applied', refusal: null, at: expect.anything() });
      expect(await applyAction(deps(), tenant.tenantId, actionId)).toBe('done-before');
      expect(await stored(client.id)).toMatchObject({ stage: 'to-visit', availability: 'Samedi matin ou mardi soir' });
      expect(actionMailId({ id: actionId, kind: 'visit-request' })).toBe(`visit-request-${actionId}`);
      expect(await mailExists(actionMailId({ id: actionId, kind: 'visit-request' }))).toBe(true);
      expect(await queuedMailCount(agent.email)).toBe(agentMails + 1);
      const entry = (
        await adminDb()
          .doc(paths.historyEntry(tenant.tenantId, actionHistoryId(actionId)))
          .get()
      ).data();
      expect(entry).toMatchObject({ type: 'remark', contactIds: [client.id], propertyId, authorUid: 'system' });
      expect(String(entry?.text)).toContain('Samedi matin');
    },
    SLOW_TEST,
  );

  it(
    'ends a visit report with an offer to make in Mon bien',
    async () => {
      const actionId = await writeAction({
        kind: 'visit-report',
        stars,
        comment: 'Très lumineux',
        outcome: 'offer-to-make',
      });
      expect(await handled(actionId)).toMatchObject({ status: 'applied' });
      expect(await stored(client.id)).toMatchObject({
        stage: 'mine',
        report: { stars, comment: 'Très lumineux', outcome: 'offer-to-make', author: 'client' },
      });
      expect(await mailExists(actionMailId({ id: actionId, kind: 'visit-report' }))).toBe(true);
    },
    SLOW_TEST,
  );

  it(
    'refuses an action the listing no longer allows, changing nothing and mailing nobody',
    async () => {
      const agentMails = await queuedMailCount(agent.email);
      const actionId = await writeAction({ kind: 'reject', reason: 'Trop cher' });
      expect(await handled(actionId)).toEqual({ status: 'refused', refusal: 'stage-forbids', at: expect.anything() });
      expect(await stored(client.id)).toMatchObject({ stage: 'mine', rejectReason: '' });
      expect(await queuedMailCount(agent.email)).toBe(agentMails);
      expect(await mailExists(actionMailId({ id: actionId, kind: 'reject' }))).toBe(false);
    },
    SLOW_TEST,
  );

  it(
    'refuses an action on an unpublished listing, and rejects with the reason once published',
    async () => {
      const property = await createProperty({ title: 'Studio Part-Dieu' });
      await mustCall(CALLABLES.assignListing, { propertyId: property, contactIds: [client.id] }, agent.idToken);
      const early = await writeAction({ kind: 'reject', reason: 'Trop petit' }, property);
      expect(await handled(early)).toMatchObject({ status: 'refused', refusal: 'not-published' });
      await publish(client.id, true, agent.idToken, property);
      const actionId = await writeAction({ kind: 'reject', reason: 'Trop petit' }, property);
      expect(await handled(actionId)).toMatchObject({ status: 'applied' });
      expect(await stored(client.id, property)).toMatchObject({ stage: 'rejected', rejectReason: 'Trop petit' });
      const entry = (
        await adminDb()
          .doc(paths.historyEntry(tenant.tenantId, actionHistoryId(actionId)))
          .get()
      ).data();
      expect(entry).toMatchObject({ type: 'refusal' });
    },
    SLOW_TEST,
  );
});

describe('listings-saveVisitReport and listings-removeDraft', () => {
  it(
    'lets the agent write the report for the client, and refuses it once the listing is settled',
    async () => {
      const property = await createProperty({ title: 'Duplex Vaise' });
      await mustCall(CALLABLES.assignListing, { propertyId: property, contactIds: [client.id] }, agent.idToken);
      const report = { stars, comment: 'Vu ensemble', outcome: 'reject', reason: 'Bruyant' };
      const saved = await mustCall(
        CALLABLES.saveVisitReport,
        { contactId: client.id, propertyId: property, report },
        agent.idToken,
      );
      expect(saved).toEqual({ stage: 'rejected' });
      expect(await stored(client.id, property)).toMatchObject({ report: { author: 'agent', reason: 'Bruyant' } });
      const again = await callCallable(
        CALLABLES.saveVisitReport,
        { contactId: client.id, propertyId: property, report },
        agent.idToken,
      );
      expect(!again.ok && again.reason).toBe('stage-forbids');
      await expectInvalid(
        CALLABLES.saveVisitReport,
        { contactId: client.id, propertyId: property, report: { ...report, reason: '' } },
        agent.idToken,
        'reason',
      );
    },
    SLOW_TEST,
  );

  it(
    'removes a draft, refuses a published listing',
    async () => {
      const removed = await mustCall(CALLABLES.removeListingDraft, { contactId: other.id, propertyId }, agent.idToken);
      expect(removed).toEqual({ status: 'removed' });
      expect(await stored(other.id)).toBeNull();
      const published = await callCallable(
        CALLABLES.removeListingDraft,
        { contactId: client.id, propertyId },
        agent.idToken,
      );
      expect(!published.ok && published.reason).toBe('listing-published');
    },
    SLOW_TEST,
  );
});

describe('listings-onPropertyWritten', () => {
  it(
    'rewrites the snapshots that differ, writes nothing when nothing changed, and removes them with the property',
    async () => {
      const property = await createProperty({ title: 'Appartement Brotteaux' });
      await mustCall(
        CALLABLES.assignListing,
        { propertyId: property, contactIds: [client.id, other.id] },
        agent.idToken,
      );
      await mustCall(
        CALLABLES.saveProperty,
        {
          propertyId: property,
          requestId: id20(),
          property: propertyInput({ title: 'Appartement Brotteaux', price: 299_000, showSourceUrlToClients: true }),
        },
        agent.idToken,
      );
      await eventually(async () => {
        const listing = await stored(client.id, property);
        expect(listing?.property).toMatchObject({ price: 299_000, sourceUrl: 'https://portal.example/annonce/1' });
        expect(listing?.showSourceUrl).toBe(true);
      }, TRIGGER_WAIT);
      expect(await syncListings(deps(), tenant.tenantId, property)).toEqual({ rewritten: 0, removed: 0 });

      await adminDb().doc(paths.property(tenant.tenantId, property)).delete();
      await eventually(async () => {
        expect(await stored(client.id, property)).toBeNull();
        expect(await stored(other.id, property)).toBeNull();
      }, TRIGGER_WAIT);
    },
    SLOW_TEST,
  );
});

describe('photos of a listing (files-download)', () => {
  it(
    'a client reads the photos of a property published to them, not of a draft nor another',
    async () => {
      const property = await createProperty({ title: 'Loft Confluence' });
      const draftProperty = await createProperty({ title: 'Loft Gerland' });
      const photo = (owner: string) => ({
        id: 'photo1',
        originalPath: paths.propertyPhotoOriginal(tenant.tenantId, owner, 'photo1'),
        contentType: 'image/jpeg',
        size: 4,
        width: 10,
        height: 10,
        thumbnails: {
          small: paths.propertyPhotoThumbnail(tenant.tenantId, owner, 'photo1', 'small'),
          large: paths.propertyPhotoThumbnail(tenant.tenantId, owner, 'photo1', 'large'),
        },
        uploadedBy: agent.uid,
        uploadedAt: new Date(),
      });
      // A real WebP: files-checkUpload deletes a file whose bytes are not what its type says.
      const thumbnail = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#1c7ed6' } })
        .webp()
        .toBuffer();
      for (const owner of [property, draftProperty]) {
        await adminDb()
          .doc(paths.property(tenant.tenantId, owner))
          .update({ photos: [photo(owner)] });
        await bucket()
          .file(paths.propertyPhotoThumbnail(tenant.tenantId, owner, 'photo1', 'small'))
          .save(thumbnail, { contentType: 'image/webp', resumable: false });
      }
      await mustCall(CALLABLES.assignListing, { propertyId: property, contactIds: [client.id] }, agent.idToken);
      await mustCall(CALLABLES.assignListing, { propertyId: draftProperty, contactIds: [client.id] }, agent.idToken);
      const get = (owner: string, idToken: string) =>
        fetch(
          `${DOWNLOAD}${privateFileUrl({ kind: 'property-photo', propertyId: owner, photoId: 'photo1', variant: 'small' }).replace(/^\/files/, '')}`,
          { headers: { Authorization: `Bearer ${idToken}` } },
        );
      expect((await get(property, clientUser.idToken)).status).toBe(403);
      await publish(client.id, true, agent.idToken, property);
      expect((await get(property, clientUser.idToken)).status).toBe(200);
      const draft = await get(draftProperty, clientUser.idToken);
      expect(draft.status).toBe(403);
      expect(await draft.json()).toMatchObject({ reason: 'not-allowed' });
      expect((await get(draftProperty, agent.idToken)).status).toBe(200);
      await publish(client.id, false, agent.idToken, property);
      expect((await get(property, clientUser.idToken)).status).toBe(403);
    },
    SLOW_TEST,
  );
});
