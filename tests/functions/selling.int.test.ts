import {
  erasureTotals,
  appointmentModel,
  CALLABLES,
  clientListingId,
  clientListingModel,
  contactFullName,
  listingSnapshot,
  mandateModel,
  paths,
  privateFileUrl,
  propertyModel,
  sellerMandateId,
  sellerReportId,
  sellerVisitId,
  type Appointment,
  type ClientListing,
  type Contact,
  type EraseContactResult,
  type Mandate,
  type Property,
  type SavePropertyResult,
} from '@estate/domain';
import { getStorage } from 'firebase-admin/storage';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { converterOf } from '../../functions/src/lib/converters';
import { listingHash } from '../../functions/src/selling/seller-store';
import {
  syncSellerMandate,
  syncSellerProperty,
  syncSellerReport,
  syncSellerVisit,
} from '../../functions/src/selling/sync-seller-activity.handler';
import { adminAuth, adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { functionsOrigin, projectId, region } from '../support/emulator-env';
import {
  addActiveMember,
  createTenantWithOwner,
  TEST_PASSWORD,
  type TestTenant,
  type TestUser,
} from '../support/tenants';
import { signIn, uniqueEmail } from '../support/users';
import { eventually as eventuallyWithin } from './function-fixtures';

/**
 * The sellers' projections (sellerProperties, sellerActivity): derived by the selling-* triggers from
 * the property, its visit appointments, the clients' listings and its mandates, without the buyers'
 * identities; the signed mandate opened by its sellers through files-download (`seller-mandate`); the
 * contact lifecycle (erasure, merge).
 */
const BUCKET = `${projectId}.appspot.com`;
const DOWNLOAD = `${functionsOrigin}/${projectId}/${region}/files-download`;
const PDF_BYTES = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const HOUR = 3_600_000;
/** What a trigger may take when the functions are still working through the seed's events. */
const TRIGGER_WAIT = 60_000;

let tenant: TestTenant;
let agent: TestUser;
const t = () => tenant.tenantId;
const eventually = <T>(check: () => Promise<T>) => eventuallyWithin(check, TRIGGER_WAIT);
const db = () => adminDb();
const deps = () => ({ db: adminDb() });
const shortId = () => randomUUID().replace(/-/g, '').slice(0, 20);
const bucket = () => getStorage(adminAuth().app).bucket(BUCKET);

const appointmentConverter = converterOf(appointmentModel);
const listingConverter = converterOf(clientListingModel);
const mandateConverter = converterOf(mandateModel);
const propertyConverter = converterOf(propertyModel);

async function storeContact(lastName: string): Promise<Contact> {
  const contact = contactDoc({
    lastName,
    clientType: 'seller',
    emails: [{ address: uniqueEmail(lastName.toLowerCase()), label: 'personal' }],
    assignedAgentUid: agent.uid,
  });
  await db().doc(paths.contact(t(), contact.id)).set(contact);
  return contact;
}

async function activeClient(contact: Contact): Promise<TestUser> {
  const email = contact.emails[0]?.address ?? uniqueEmail('client');
  const user = await adminAuth().createUser({ email, password: TEST_PASSWORD });
  await adminAuth().setCustomUserClaims(user.uid, { tenantId: t(), role: 'client', contactId: contact.id });
  await db()
    .doc(paths.contact(t(), contact.id))
    .update({ portal: { status: 'active', uid: user.uid, invitedAt: new Date(), invitedBy: agent.uid } });
  return { ...(await signIn(email, TEST_PASSWORD)), password: TEST_PASSWORD };
}

async function saveProperty(sellerContactIds: string[]): Promise<Property> {
  const saved = await mustCall<SavePropertyResult>(
    CALLABLES.saveProperty,
    {
      propertyId: null,
      requestId: shortId(),
      property: {
        dealType: 'sale',
        title: 'Villa des Goudes',
        propertyType: 'house',
        address: { street: '8 rue des Goudes', complement: '', postalCode: '13008', city: 'Marseille', country: 'FR' },
        price: 610_000,
        surface: 120,
        rooms: 5,
        status: 'online',
        sellerContactIds,
        assignedAgentUid: agent.uid,
      },
    },
    agent.idToken,
  );
  return readProperty(saved.propertyId);
}

async function readProperty(propertyId: string): Promise<Property> {
  const property = (await db().doc(paths.property(t(), propertyId)).withConverter(propertyConverter).get()).data();
  if (!property) throw new Error('no property');
  return property;
}

function visitOf(property: Property, buyer: Contact, status: Appointment['status']): Appointment {
  const startsAt = new Date(Date.now() - 26 * HOUR);
  return {
    id: shortId(),
    kind: 'visit',
    title: `Visite ${property.reference}`,
    startsAt,
    endsAt: new Date(startsAt.getTime() + HOUR),
    place: '',
    propertyId: property.id,
    externalProperty: null,
    contactIds: [buyer.id],
    agentUid: agent.uid,
    status,
    cancelReason: null,
    sequence: 1,
    propertyLabel: property.reference,
    createdBy: agent.uid,
    createdAt: startsAt,
    updatedAt: startsAt,
    doneAt: status === 'done' ? new Date() : null,
    cancelledAt: null,
    viewerUids: [agent.uid],
  };
}

function listingOf(property: Property, buyer: Contact): ClientListing {
  const now = new Date();
  return {
    id: clientListingId(buyer.id, property.id),
    contactId: buyer.id,
    propertyId: property.id,
    agentUid: agent.uid,
    status: 'published',
    stage: 'rejected',
    availability: '',
    rejectReason: `Trop cher, ${contactFullName(buyer)}`,
    report: {
      stars: { location: 5, layout: 4, condition: 3, light: 5, surroundings: 4, price: 2 },
      comment: 'Très belle vue, travaux à prévoir.',
      outcome: 'reject',
      reason: `Trop cher, ${contactFullName(buyer)}`,
      author: 'client',
      writtenAt: now,
    },
    showSourceUrl: false,
    property: listingSnapshot(property),
    publications: 1,
    publishedAt: now,
    stageChangedAt: now,
    createdAt: now,
    updatedAt: now,
  };
}

async function storeSignedMandate(property: Property, signers: Contact[], status: Mandate['status']): Promise<Mandate> {
  const id = shortId();
  const now = new Date();
  const signed = status === 'signed';
  const storagePath = paths.mandateFile(t(), id, 'mandate-000007-1-signed.pdf');
  if (signed) await bucket().file(storagePath).save(PDF_BYTES, { contentType: 'application/pdf', resumable: false });
  const document = { storagePath, sha256: 'a'.repeat(64), fileName: 'Mandat 000007.pdf' };
  const mandate: Mandate = {
    kind: 'exclusive',
    dealType: 'sale',
    price: 600_000,
    fees: { amount: 24_000, paidBy: 'mandator' },
    durationMonths: 3,
    startDate: new Date(Date.UTC(2026, 2, 1)),
    delegationConsent: false,
    signedAtDistance: true,
    id,
    propertyId: property.id,
    propertyReference: property.reference,
    propertyTitle: property.title,
    propertyAddress: '13008 Marseille',
    agentUid: agent.uid,
    signers: signers.map((signer) => ({
      contactId: signer.id,
      signatoryId: null,
      name: contactFullName(signer),
      email: signer.emails[0]?.address ?? '',
    })),
    status,
    registerNumber: 7,
    sendAttempt: 1,
    signatureRequestId: `m-${id}-1`,
    document,
    signedDocument: signed ? document : null,
    locale: 'fr',
    events: [],
    createdBy: agent.uid,
    sentBy: agent.uid,
    sendingAt: now,
    createdAt: now,
    updatedAt: now,
    sentAt: now,
    signedAt: signed ? now : null,
    closedAt: null,
  };
  await db().doc(paths.mandate(t(), id)).withConverter(mandateConverter).set(mandate);
  return mandate;
}

const activity = async (id: string) => (await db().doc(paths.sellerActivityItem(t(), id)).get()).data();
const sellerProperty = async (propertyId: string) =>
  (await db().doc(paths.sellerProperty(t(), propertyId)).get()).data();

const openSignedMandate = (mandateId: string, idToken: string) =>
  fetch(`${DOWNLOAD}${privateFileUrl({ kind: 'seller-mandate', mandateId }).replace(/^\/files/, '')}`, {
    headers: { Authorization: `Bearer ${idToken}` },
  });

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Vendeurs' });
  agent = await addActiveMember(tenant, 'agent', 'Victor Vente');
  await db().doc(paths.contactsSettings(t())).set({ visibility: 'shared', origins: [], updatedAt: new Date() });
  // The functions may still be working through the seed's events when this suite starts.
}, 180_000);

describe("a seller's projections", () => {
  it('copy the property for its sellers, and follow its sellers', { timeout: 4 * TRIGGER_WAIT }, async () => {
    const seller = await storeContact('Vendeur');
    const other = await storeContact('Autre');
    const property = await saveProperty([seller.id]);
    await eventually(async () =>
      expect(await sellerProperty(property.id)).toMatchObject({
        sellerContactIds: [seller.id],
        reference: property.reference,
        title: 'Villa des Goudes',
        city: 'Marseille',
        visitCount: 0,
      }),
    );
    const visit = visitOf(property, other, 'done');
    await db().doc(paths.appointment(t(), visit.id)).withConverter(appointmentConverter).set(visit);
    await eventually(async () => expect(await activity(sellerVisitId(visit.id))).toBeDefined());

    await db()
      .doc(paths.property(t(), property.id))
      .update({ sellerContactIds: [other.id] });
    await eventually(async () => {
      expect(await sellerProperty(property.id)).toMatchObject({ sellerContactIds: [other.id] });
      expect(await activity(sellerVisitId(visit.id))).toMatchObject({ sellerContactIds: [other.id] });
    });
    await db().doc(paths.property(t(), property.id)).update({ sellerContactIds: [] });
    await eventually(async () => {
      expect(await sellerProperty(property.id)).toBeUndefined();
      expect(await activity(sellerVisitId(visit.id))).toBeUndefined();
    });
  });

  it(
    'copy a visit done without who visited, once, and drop it when it is cancelled',
    { timeout: 3 * TRIGGER_WAIT },
    async () => {
      const seller = await storeContact('Vendeur');
      const buyer = await storeContact('Acheteur');
      const property = await saveProperty([seller.id]);
      const scheduled = visitOf(property, buyer, 'scheduled');
      const ref = db().doc(paths.appointment(t(), scheduled.id)).withConverter(appointmentConverter);
      await ref.set(scheduled);
      expect(await syncSellerVisit(deps(), t(), scheduled.id)).toBeNull();
      expect(await activity(sellerVisitId(scheduled.id))).toBeUndefined();

      await ref.set({ ...scheduled, status: 'done', doneAt: new Date() });
      const copy = await eventually(async () => {
        const found = await activity(sellerVisitId(scheduled.id));
        expect(found).toBeDefined();
        return found;
      });
      expect(copy).toMatchObject({ kind: 'visit', propertyId: property.id, sellerContactIds: [seller.id] });
      expect(JSON.stringify(copy)).not.toContain(buyer.id);
      // Replayed: nothing more is written.
      expect(await syncSellerVisit(deps(), t(), scheduled.id)).toBeNull();

      await ref.set({ ...scheduled, status: 'cancelled', cancelReason: 'Empêchement', cancelledAt: new Date() });
      await eventually(async () => expect(await activity(sellerVisitId(scheduled.id))).toBeUndefined());
    },
  );

  it(
    'copy a visit report anonymously, under an id that does not give the buyer back',
    { timeout: 3 * TRIGGER_WAIT },
    async () => {
      const seller = await storeContact('Vendeur');
      const buyer = await storeContact('Acheteur');
      const property = await saveProperty([seller.id]);
      const listing = listingOf(property, buyer);
      const ref = db().doc(paths.clientListing(t(), listing.id)).withConverter(listingConverter);
      await ref.set(listing);
      const id = sellerReportId(listingHash(t(), listing.id));
      expect(id).not.toContain(buyer.id);
      const copy = await eventually(async () => {
        const found = await activity(id);
        expect(found).toBeDefined();
        return found;
      });
      expect(copy).toMatchObject({
        kind: 'report',
        comment: 'Très belle vue, travaux à prévoir.',
        outcome: 'reject',
        stars: { location: 5, price: 2 },
        sellerContactIds: [seller.id],
      });
      const text = JSON.stringify(copy);
      for (const secret of [buyer.id, buyer.lastName, 'Trop cher', 'author', 'contactId', listing.id]) {
        expect(text).not.toContain(secret);
      }
      expect(await syncSellerReport(deps(), t(), listing.id)).toBeNull();

      await ref.delete();
      await eventually(async () => expect(await activity(id)).toBeUndefined());
    },
  );

  it('copy a mandate from its sending on, and follow its status', { timeout: 3 * TRIGGER_WAIT }, async () => {
    const seller = await storeContact('Vendeur');
    const property = await saveProperty([seller.id]);
    const mandate = await storeSignedMandate(property, [seller], 'sent');
    await eventually(async () =>
      expect(await activity(sellerMandateId(mandate.id))).toMatchObject({
        kind: 'mandate',
        registerNumber: 7,
        mandateKind: 'exclusive',
        price: 600_000,
        fees: { amount: 24_000, paidBy: 'mandator' },
        status: 'sent',
        hasSignedDocument: false,
      }),
    );
    await db().doc(paths.mandate(t(), mandate.id)).update({ status: 'cancelled', closedAt: new Date() });
    await eventually(async () =>
      expect(await activity(sellerMandateId(mandate.id))).toMatchObject({ status: 'cancelled' }),
    );
    await db().doc(paths.mandate(t(), mandate.id)).update({ status: 'draft', registerNumber: null });
    await eventually(async () => expect(await activity(sellerMandateId(mandate.id))).toBeUndefined());
  });
});

describe('files-download, seller-mandate', () => {
  it('serves the signed mandate to the sellers named on it, once signed, and to nobody else', async () => {
    const seller = await storeContact('Vendeur');
    const buyer = await storeContact('Acheteur');
    const property = await saveProperty([seller.id]);
    const sellerClient = await activeClient(seller);
    const buyerClient = await activeClient(buyer);
    const signed = await storeSignedMandate(property, [seller], 'signed');
    const sent = await storeSignedMandate(property, [seller], 'sent');

    const granted = await openSignedMandate(signed.id, sellerClient.idToken);
    expect(granted.status).toBe(200);
    expect(Buffer.from(await granted.arrayBuffer()).equals(PDF_BYTES)).toBe(true);
    expect(granted.headers.get('cache-control')).toBe('no-store');

    const notASigner = await openSignedMandate(signed.id, buyerClient.idToken);
    expect(notASigner.status).toBe(403);
    expect(await notASigner.json()).toMatchObject({ reason: 'not-allowed' });
    const notSigned = await openSignedMandate(sent.id, sellerClient.idToken);
    expect(notSigned.status).toBe(403);
    const staff = await openSignedMandate(signed.id, agent.idToken);
    expect(staff.status).toBe(403);
    expect((await openSignedMandate('nosuchmandate', sellerClient.idToken)).status).toBe(404);
    expect((await openSignedMandate(signed.id, '')).status).toBe(401);
  });
});

describe('the contact lifecycle', () => {
  it(
    "takes an erased seller out of their property's projections, and counts it",
    { timeout: 3 * TRIGGER_WAIT },
    async () => {
      const seller = await storeContact('Vendeur');
      const coSeller = await storeContact('Covendeur');
      const lone = await storeContact('Seul');
      const buyer = await storeContact('Acheteur');
      const shared = await saveProperty([seller.id, coSeller.id]);
      const alone = await saveProperty([lone.id]);
      const visit = visitOf(shared, buyer, 'done');
      await db().doc(paths.appointment(t(), visit.id)).withConverter(appointmentConverter).set(visit);
      await syncSellerProperty(deps(), t(), shared.id, false);
      await syncSellerVisit(deps(), t(), visit.id);
      await syncSellerProperty(deps(), t(), alone.id, false);

      const erased = await mustCall<EraseContactResult>(
        CALLABLES.eraseContact,
        { contactId: seller.id, reason: 'gdpr-request', confirmName: contactFullName(seller), requestId: randomUUID() },
        tenant.owner.idToken,
      );
      // The property's copy and the visit's lose the seller; the co-seller keeps reading them.
      expect(erasureTotals(erased.counts).sellerProjections).toBe(2);
      await eventually(async () => {
        expect(await sellerProperty(shared.id)).toMatchObject({ sellerContactIds: [coSeller.id] });
        expect(await activity(sellerVisitId(visit.id))).toMatchObject({ sellerContactIds: [coSeller.id] });
      });

      const erasedLone = await mustCall<EraseContactResult>(
        CALLABLES.eraseContact,
        { contactId: lone.id, reason: 'deletion', confirmName: contactFullName(lone), requestId: randomUUID() },
        tenant.owner.idToken,
      );
      expect(erasureTotals(erasedLone.counts).sellerProjections).toBe(1);
      await eventually(async () => expect(await sellerProperty(alone.id)).toBeUndefined());
    },
  );

  it(
    "removes an erased buyer's anonymous reports at once, and counts them",
    { timeout: 2 * TRIGGER_WAIT },
    async () => {
      const seller = await storeContact('Vendeur');
      const buyer = await storeContact('Acheteur');
      const property = await saveProperty([seller.id]);
      const listing = listingOf(property, buyer);
      await db().doc(paths.clientListing(t(), listing.id)).withConverter(listingConverter).set(listing);
      await syncSellerReport(deps(), t(), listing.id);
      const id = sellerReportId(listingHash(t(), listing.id));
      expect(await activity(id)).toBeDefined();

      const erased = await mustCall<EraseContactResult>(
        CALLABLES.eraseContact,
        { contactId: buyer.id, reason: 'gdpr-request', confirmName: contactFullName(buyer), requestId: randomUUID() },
        tenant.owner.idToken,
      );
      expect(erasureTotals(erased.counts).sellerProjections).toBe(1);
      await eventually(async () => expect(await activity(id)).toBeUndefined());
    },
  );

  it('hands a merged seller’s projections to the kept contact, and the property too', async () => {
    const kept = await storeContact('Garde');
    const merged = await storeContact('Fusion');
    const property = await saveProperty([merged.id]);
    const mandate = await storeSignedMandate(property, [merged], 'signed');
    await syncSellerProperty(deps(), t(), property.id, false);
    await syncSellerMandate(deps(), t(), mandate.id);

    const result = await callCallable(
      CALLABLES.mergeContacts,
      { keepId: kept.id, mergeId: merged.id },
      tenant.owner.idToken,
    );
    expect(result.ok).toBe(true);
    expect((await readProperty(property.id)).sellerContactIds).toEqual([kept.id]);
    expect(await sellerProperty(property.id)).toMatchObject({ sellerContactIds: [kept.id] });
    expect(await activity(sellerMandateId(mandate.id))).toMatchObject({ sellerContactIds: [kept.id] });
    // What the triggers derive again from the re-pointed property says the same.
    await syncSellerProperty(deps(), t(), property.id, true);
    expect(await activity(sellerMandateId(mandate.id))).toMatchObject({ sellerContactIds: [kept.id] });
  });
});
