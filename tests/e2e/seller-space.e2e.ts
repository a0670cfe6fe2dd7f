import {
  CALLABLES,
  clientListingId,
  clientListingModel,
  listingSnapshot,
  mandateModel,
  offerModel,
  paths,
  propertyModel,
  sellerMandateId,
  sellerOfferModel,
  sellerOfferOf,
  sellerVisitId,
  type Contact,
  type Mandate,
  type Offer,
  type Property,
  type SavePropertyResult,
} from '@estate/domain';
import { FieldValue } from 'firebase-admin/firestore';
import { getStorage } from 'firebase-admin/storage';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncClientProfile } from '../../functions/src/contacts/client-profile';
import { converterOf } from '../../functions/src/lib/converters';
import { eventually } from '../functions/function-fixtures';
import { adminAuth, adminDb } from '../support/admin';
import { launchBrowser, runtime, STEP } from '../support/browser';
import { mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { projectId } from '../support/emulator-env';
import {
  addActiveMember,
  createTenantWithOwner,
  TEST_PASSWORD,
  type TestTenant,
  type TestUser,
} from '../support/tenants';
import { uniqueEmail } from '../support/users';

/** What a trigger (the projections, the visit count) may take on a loaded emulator. */
const TRIGGER_WAIT = 60_000;
const PDF_BYTES = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const HOUR = 3_600_000;

/**
 * "Mon bien en vente": a seller signs in on their phone and sees their property's activity: a visit
 * done with its anonymous report, an offer received (no buyer named anywhere), and opens the signed
 * mandate's PDF.
 */
describe("a seller follows their property's sale from their phone", () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  const sellerEmail = uniqueEmail('seller');
  let seller: Contact;
  let buyer: Contact;
  let property: Property;
  let mandateId: string;
  const t = () => tenant.tenantId;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence des Calanques', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Lucie Agent');
    const db = adminDb();
    const sellerUser = await adminAuth().createUser({ email: sellerEmail, password: TEST_PASSWORD });
    seller = contactDoc({
      firstName: 'Rémi',
      lastName: 'Vendeur',
      clientType: 'seller',
      emails: [{ address: sellerEmail, label: 'personal' }],
      assignedAgentUid: agent.uid,
      portal: { status: 'active', uid: sellerUser.uid, invitedAt: new Date(), invitedBy: agent.uid },
    });
    buyer = contactDoc({
      firstName: 'Bérangère',
      lastName: 'Acquéreuse',
      emails: [{ address: uniqueEmail('buyer'), label: 'personal' }],
      assignedAgentUid: agent.uid,
    });
    await adminAuth().setCustomUserClaims(sellerUser.uid, { tenantId: t(), role: 'client', contactId: seller.id });
    await db.doc(paths.contact(t(), seller.id)).set(seller);
    await db.doc(paths.contact(t(), buyer.id)).set(buyer);
    await syncClientProfile({ db }, t(), seller.id);

    const saved = await mustCall<SavePropertyResult>(
      CALLABLES.saveProperty,
      {
        propertyId: null,
        requestId: `seller${Date.now()}`,
        property: {
          dealType: 'sale',
          title: 'Cabanon face à la mer',
          propertyType: 'house',
          address: {
            street: '2 traverse du Port',
            complement: '',
            postalCode: '13008',
            city: 'Marseille',
            country: 'FR',
          },
          price: 480_000,
          surface: 70,
          rooms: 3,
          status: 'online',
          sellerContactIds: [seller.id],
          assignedAgentUid: agent.uid,
        },
      },
      agent.idToken,
    );
    const read = (
      await db.doc(paths.property(t(), saved.propertyId)).withConverter(converterOf(propertyModel)).get()
    ).data();
    if (!read) throw new Error('no property');
    property = read;

    // A visit done, as the agent records it: the visit counts on the property.
    const appointmentId = `visit${Date.now()}`;
    await mustCall(
      CALLABLES.saveAppointment,
      {
        appointmentId,
        expectedSequence: null,
        kind: 'visit',
        title: 'Visite du cabanon',
        startsAt: new Date(Date.now() - 2 * HOUR).toISOString(),
        endsAt: new Date(Date.now() - HOUR).toISOString(),
        place: '',
        propertyId: property.id,
        externalProperty: null,
        contactIds: [buyer.id],
        agentUid: agent.uid,
        acknowledgeConflicts: true,
      },
      agent.idToken,
    );
    await mustCall(CALLABLES.markAppointmentDone, { appointmentId }, agent.idToken);

    // The buyer's visit report, as listings-onActionCreated leaves it on their listing.
    const now = new Date();
    await db
      .doc(paths.clientListing(t(), clientListingId(buyer.id, property.id)))
      .withConverter(converterOf(clientListingModel))
      .set({
        id: clientListingId(buyer.id, property.id),
        contactId: buyer.id,
        propertyId: property.id,
        agentUid: agent.uid,
        status: 'published',
        stage: 'mine',
        availability: '',
        rejectReason: '',
        report: {
          stars: { location: 5, layout: 4, condition: 3, light: 5, surroundings: 5, price: 4 },
          comment: 'La vue est superbe, la cuisine est petite.',
          outcome: 'offer-to-make',
          reason: '',
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
      });

    // An offer received, as offers-* write it with its sellers' projection.
    const offer: Offer = {
      id: `offer${Date.now()}`,
      threadId: `offer${Date.now()}`,
      counterOf: null,
      round: 1,
      propertyId: property.id,
      propertyReference: property.reference,
      propertyTitle: property.title,
      propertyAddress: '13008 Marseille',
      buyers: [{ contactId: buyer.id, name: 'Bérangère Acquéreuse', email: buyer.emails[0]?.address ?? '' }],
      buyerContactIds: [buyer.id],
      sellerContactIds: [seller.id],
      amount: 465_000,
      conditions: { loan: null, other: [] },
      financing: { ownFunds: 465_000, loanAmount: 0 },
      validUntil: new Date(Date.UTC(2031, 0, 31)),
      status: 'signed',
      agentUid: agent.uid,
      locale: 'fr',
      signatureRequestId: null,
      document: null,
      signedDocument: null,
      answer: null,
      preliminaryContractDate: null,
      deedDate: null,
      createdAt: now,
      updatedAt: now,
      sentAt: now,
      signedAt: now,
      closedAt: null,
    };
    await db.doc(paths.offer(t(), offer.id)).withConverter(converterOf(offerModel)).set(offer);
    await db
      .doc(paths.sellerOffer(t(), offer.id))
      .withConverter(converterOf(sellerOfferModel))
      .set(sellerOfferOf(offer));
    // offers-registerOffer counts it on the property in the same transaction.
    await db.doc(paths.property(t(), property.id)).update({ offerCount: FieldValue.increment(1) });

    // The mandate the seller signed, its signed PDF in Storage.
    mandateId = `mandate${Date.now()}`;
    const storagePath = paths.mandateFile(t(), mandateId, 'mandate-000001-1-signed.pdf');
    await getStorage(adminAuth().app)
      .bucket(`${projectId}.appspot.com`)
      .file(storagePath)
      .save(PDF_BYTES, { contentType: 'application/pdf', resumable: false });
    const document = { storagePath, sha256: 'b'.repeat(64), fileName: 'Mandat 000001.pdf' };
    const mandate: Mandate = {
      kind: 'exclusive',
      dealType: 'sale',
      price: 480_000,
      fees: { amount: 19_200, paidBy: 'mandator' },
      durationMonths: 3,
      startDate: new Date(Date.UTC(2026, 0, 5)),
      delegationConsent: false,
      signedAtDistance: true,
      id: mandateId,
      propertyId: property.id,
      propertyReference: property.reference,
      propertyTitle: property.title,
      propertyAddress: '13008 Marseille',
      agentUid: agent.uid,
      signers: [{ contactId: seller.id, signatoryId: null, name: 'Rémi Vendeur', email: sellerEmail }],
      status: 'signed',
      registerNumber: 1,
      sendAttempt: 1,
      signatureRequestId: `m-${mandateId}-1`,
      document,
      signedDocument: document,
      locale: 'fr',
      events: [],
      createdBy: agent.uid,
      sentBy: agent.uid,
      sendingAt: now,
      createdAt: now,
      updatedAt: now,
      sentAt: now,
      signedAt: now,
      closedAt: null,
    };
    await db.doc(paths.mandate(t(), mandateId)).withConverter(converterOf(mandateModel)).set(mandate);

    // The selling-* triggers derive the seller's copies; the visit counts through the pipeline.
    await eventually(async () => {
      expect((await db.doc(paths.sellerActivityItem(t(), sellerVisitId(appointmentId))).get()).exists).toBe(true);
      expect((await db.doc(paths.sellerActivityItem(t(), sellerMandateId(mandateId))).get()).exists).toBe(true);
      const copy = await db.doc(paths.sellerProperty(t(), property.id)).get();
      expect([copy.get('visitCount'), copy.get('offerCount')]).toEqual([1, 1]);
    }, TRIGGER_WAIT);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('sees the visit, its anonymous report and the offer, and opens the signed mandate', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'fr-FR',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${runtime().clientUrl}/signin?tenant=${t()}`, { timeout: STEP });
    await page.getByLabel('E-mail').fill(sellerEmail);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();

    const card = page.getByTestId('selling-card');
    await card.waitFor({ timeout: STEP });
    await card.getByText('Mon bien en vente').waitFor({ timeout: STEP });
    await card.getByRole('link', { name: `Voir l'activité de ${property.reference}` }).click();

    await page.getByTestId('selling-page').waitFor({ timeout: STEP });
    await page.getByTestId('selling-title').getByText('Cabanon face à la mer').waitFor({ timeout: STEP });
    expect(await page.getByTestId('selling-visit-count').textContent()).toBe('1');
    expect(await page.getByTestId('selling-offer-count').textContent()).toBe('1');

    await page.getByTestId('seller-visit').first().waitFor({ timeout: STEP });
    expect(await page.getByTestId('seller-visit').count()).toBe(1);
    const report = page.getByTestId('seller-report');
    await report.waitFor({ timeout: STEP });
    await report.getByText('La vue est superbe, la cuisine est petite.').waitFor({ timeout: STEP });
    await report.getByText('Envisage une offre').waitFor({ timeout: STEP });
    const offer = page.getByTestId('seller-offer');
    await offer.waitFor({ timeout: STEP });
    expect((await offer.getByTestId('seller-offer-amount').textContent())?.replace(/\s/g, '')).toBe('465000€');
    await offer.getByText('Signée, en attente du vendeur').waitFor({ timeout: STEP });

    // Nobody is named: not the buyer, not in the page's text.
    const text = (await page.getByTestId('selling-page').textContent()) ?? '';
    for (const secret of ['Bérangère', 'Acquéreuse', buyer.id]) expect(text).not.toContain(secret);

    const mandate = page.getByTestId('seller-mandate');
    await mandate.getByText('Mandat n° 000001').waitFor({ timeout: STEP });
    await mandate.getByText('Signé', { exact: true }).waitFor({ timeout: STEP });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: STEP }),
      mandate.getByRole('button', { name: 'Ouvrir le mandat signé' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/000001\.pdf$/);
    expect((await readFile(await download.path())).equals(PDF_BYTES)).toBe(true);
    await context.close();
  });
});
