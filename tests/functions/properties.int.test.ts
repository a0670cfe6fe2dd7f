import {
  CALLABLES,
  interestId,
  paths,
  type ChangePropertyStatusResult,
  type DeletePropertyResult,
  type PropertyInput,
  type SavePropertyResult,
} from '@estate/domain';
import { geohashForLocation } from 'geofire-common';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { createContact } from './function-fixtures';

let tenant: TestTenant;
let agent: TestUser;
let otherAgent: TestUser;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Biens' });
  agent = await addActiveMember(tenant, 'agent', 'Alice Biens');
  otherAgent = await addActiveMember(tenant, 'agent', 'Omar Autre');
});

const requestId = () => randomUUID().replace(/-/g, '').slice(0, 20);
const db = () => adminDb();

function house(changes: Partial<PropertyInput> = {}): PropertyInput {
  return {
    dealType: 'sale',
    title: 'Maison avec jardin',
    propertyType: 'house',
    address: { street: '8 rue des Lilas', complement: '', postalCode: '69003', city: 'Lyon', country: 'FR' },
    location: { latitude: 45.7597, longitude: 4.8422, source: 'address' },
    price: 520000,
    surface: 120,
    rooms: 5,
    bedrooms: 3,
    features: ['garden', 'garage'],
    dpe: { energyValue: 150, climateValue: 20, energyClass: 'C', climateClass: 'C' },
    descriptions: { fr: 'Maison familiale', en: 'Family home', ru: 'Семейный дом' },
    privateNote: 'Vendeur pressé',
    sourceUrl: 'https://www.example.com/annonce/1',
    showSourceUrlToClients: false,
    status: 'estimation',
    sellerContactIds: [],
    assignedAgentUid: agent.uid,
    ...changes,
  };
}

async function create(changes: Partial<PropertyInput> = {}, by: TestUser = agent): Promise<SavePropertyResult> {
  return mustCall<SavePropertyResult>(
    CALLABLES.saveProperty,
    { propertyId: null, requestId: requestId(), property: house(changes) },
    by.idToken,
  );
}

const stored = async (propertyId: string) => (await db().doc(paths.property(tenant.tenantId, propertyId)).get()).data();

const statusEntries = async (propertyId: string) =>
  (
    await db()
      .collection(paths.history(tenant.tenantId))
      .where('propertyId', '==', propertyId)
      .where('type', '==', 'status-change')
      .get()
  ).docs.map((doc) => doc.data());

describe('properties-saveProperty: the full property', () => {
  it('stores every field, the geohash, the city key and the search tokens the server derives', async () => {
    const { propertyId } = await create();
    const property = await stored(propertyId);
    expect(property).toMatchObject({
      propertyType: 'house',
      address: { street: '8 rue des Lilas', city: 'Lyon', country: 'FR' },
      location: {
        latitude: 45.7597,
        longitude: 4.8422,
        source: 'address',
        geohash: geohashForLocation([45.7597, 4.8422], 10),
      },
      features: ['garden', 'garage'],
      privateNote: 'Vendeur pressé',
      cityKey: 'lyon',
    });
    expect(property?.searchTokens).toEqual(expect.arrayContaining(['ly', 'lyon', 'rue des lilas', 'lilas', '690']));
  });

  it('keeps the stored fields it does not own (photos, a mandate) when the form saves', async () => {
    const { propertyId } = await create();
    const storedPhoto = {
      id: 'ph1',
      originalPath: `tenants/${tenant.tenantId}/properties/${propertyId}/photos/ph1/original`,
      contentType: 'image/jpeg',
      size: 1000,
      width: 800,
      height: 600,
      thumbnails: { small: 'small.webp', large: 'large.webp' },
      uploadedBy: 'someone',
      uploadedAt: new Date('2026-12-01T10:00:00Z'),
    };
    await db()
      .doc(paths.property(tenant.tenantId, propertyId))
      .update({ photos: [storedPhoto], mandateId: 'm1' });
    await mustCall(
      CALLABLES.saveProperty,
      { propertyId, requestId: requestId(), property: house({ price: 505000, location: null }) },
      agent.idToken,
    );
    const property = await stored(propertyId);
    expect(property).toMatchObject({
      price: 505000,
      location: null,
      photos: [expect.objectContaining({ id: 'ph1', originalPath: storedPhoto.originalPath })],
      mandateId: 'm1',
    });
  });

  it('writes a status-change entry naming the sellers when the status changes, and none when it does not', async () => {
    const seller = await createContact(tenant.tenantId, agent.uid);
    const { propertyId } = await create({ sellerContactIds: [seller.id] });
    expect(await statusEntries(propertyId)).toEqual([
      expect.objectContaining({ statusChange: { from: null, to: 'estimation' }, contactIds: [seller.id] }),
    ]);
    const edit = (changes: Partial<PropertyInput>) => ({
      propertyId,
      requestId: requestId(),
      property: house({ sellerContactIds: [seller.id], ...changes }),
    });
    await mustCall(CALLABLES.saveProperty, edit({ status: 'online' }), agent.idToken);
    await mustCall(CALLABLES.saveProperty, edit({ status: 'online', price: 510000 }), agent.idToken);
    const entries = await statusEntries(propertyId);
    expect(entries).toHaveLength(2);
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          statusChange: { from: 'estimation', to: 'online' },
          authorUid: agent.uid,
          text: 'Alice Biens : statut « Estimation » → « En ligne »',
        }),
      ]),
    );
  });

  it('refuses sold on a rental and writes nothing', async () => {
    const refused = await callCallable(
      CALLABLES.saveProperty,
      { propertyId: null, requestId: requestId(), property: house({ dealType: 'rental', status: 'sold' }) },
      agent.idToken,
    );
    expect(refused).toMatchObject({ ok: false, code: 'invalid-argument' });
  });
});

describe('properties-changeStatus', () => {
  it('changes the status with a history entry, once for a call sent twice', async () => {
    const { propertyId } = await create({ status: 'online' });
    const change = { propertyId, status: 'under-offer' };
    expect(await mustCall<ChangePropertyStatusResult>(CALLABLES.changePropertyStatus, change, agent.idToken)).toEqual({
      changed: true,
    });
    expect(await mustCall<ChangePropertyStatusResult>(CALLABLES.changePropertyStatus, change, agent.idToken)).toEqual({
      changed: false,
    });
    expect((await stored(propertyId))?.status).toBe('under-offer');
    const entries = await statusEntries(propertyId);
    expect(entries.filter((entry) => entry.statusChange.to === 'under-offer')).toHaveLength(1);
  });

  it('refuses rented for a sale and a property that does not exist', async () => {
    const { propertyId } = await create();
    expect(
      await callCallable(CALLABLES.changePropertyStatus, { propertyId, status: 'rented' }, agent.idToken),
    ).toMatchObject({ ok: false, code: 'failed-precondition', reason: 'status-not-for-deal' });
    expect((await stored(propertyId))?.status).toBe('estimation');
    expect(
      await callCallable(CALLABLES.changePropertyStatus, { propertyId: 'nope', status: 'archived' }, agent.idToken),
    ).toMatchObject({ ok: false, code: 'not-found', reason: 'property-not-found' });
  });
});

describe('properties-deleteProperty', () => {
  async function withMandate(status: string): Promise<{ propertyId: string; reference: string }> {
    const created = await create();
    await db().collection(paths.mandates(tenant.tenantId)).doc().set({ propertyId: created.propertyId, status });
    return created;
  }

  it('refuses a property with a mandate sent or signed, and deletes nothing', async () => {
    for (const status of ['sent', 'signed']) {
      const { propertyId, reference } = await withMandate(status);
      expect(
        await callCallable(CALLABLES.deleteProperty, { propertyId, confirmReference: reference }, agent.idToken),
      ).toMatchObject({ ok: false, code: 'failed-precondition', reason: 'property-has-mandate' });
      expect(await stored(propertyId)).toBeDefined();
    }
  });

  it('deletes one whose mandates are drafts or cancelled, with its interests, and keeps its history', async () => {
    const { propertyId, reference } = await withMandate('cancelled');
    await db().collection(paths.mandates(tenant.tenantId)).doc().set({ propertyId, status: 'draft' });
    const buyer = await createContact(tenant.tenantId, agent.uid);
    await mustCall(CALLABLES.linkContact, { contactId: buyer.id, propertyId }, agent.idToken);
    expect(
      (
        await db()
          .doc(paths.interest(tenant.tenantId, interestId(buyer.id, propertyId)))
          .get()
      ).exists,
    ).toBe(true);

    expect(
      await callCallable(CALLABLES.deleteProperty, { propertyId, confirmReference: 'V-99999' }, agent.idToken),
    ).toMatchObject({ ok: false, code: 'failed-precondition', reason: 'reference-mismatch' });
    expect(await stored(propertyId)).toBeDefined();

    expect(
      await mustCall<DeletePropertyResult>(
        CALLABLES.deleteProperty,
        { propertyId, confirmReference: reference.toLowerCase() },
        agent.idToken,
      ),
    ).toEqual({ status: 'deleted', interestsRemoved: 1 });
    expect(await stored(propertyId)).toBeUndefined();
    expect(
      (
        await db()
          .doc(paths.interest(tenant.tenantId, interestId(buyer.id, propertyId)))
          .get()
      ).exists,
    ).toBe(false);
    expect(await statusEntries(propertyId)).toHaveLength(1);
    expect(
      await mustCall<DeletePropertyResult>(
        CALLABLES.deleteProperty,
        { propertyId, confirmReference: reference },
        agent.idToken,
      ),
    ).toEqual({ status: 'already-deleted', interestsRemoved: 0 });
  });

  it("refuses another agent's property to an agent, and lets the owner delete it", async () => {
    const { propertyId, reference } = await create();
    expect(
      await callCallable(CALLABLES.deleteProperty, { propertyId, confirmReference: reference }, otherAgent.idToken),
    ).toMatchObject({ ok: false, code: 'permission-denied', reason: 'delete-not-allowed' });
    expect(await stored(propertyId)).toBeDefined();
    await mustCall(CALLABLES.deleteProperty, { propertyId, confirmReference: reference }, tenant.owner.idToken);
    expect(await stored(propertyId)).toBeUndefined();
  });
});
