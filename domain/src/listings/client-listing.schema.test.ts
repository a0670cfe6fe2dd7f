import { describe, expect, it } from 'vitest';
import { propertySchema, type Property } from '../properties/property.schema';
import {
  clientListingId,
  listingSnapshot,
  listingSnapshotSchema,
  sameSnapshot,
  visitReportInputSchema,
  assignListingInputSchema,
} from './client-listing.schema';

const now = new Date('2026-12-06T10:00:00Z');

const property = (changes: Record<string, unknown> = {}): Property =>
  propertySchema.parse({
    id: 'p1',
    reference: 'V-00001',
    dealType: 'sale',
    title: 'T3 lumineux',
    propertyType: 'apartment',
    address: { street: '12 rue Secrète', complement: 'Bât. B', postalCode: '69003', city: 'Lyon', country: 'FR' },
    location: { latitude: 45.76, longitude: 4.85, source: 'pin', geohash: 'u05kq' },
    price: 250_000,
    surface: 61,
    rooms: 3,
    status: 'online',
    sellerContactIds: ['seller1'],
    assignedAgentUid: 'agent',
    privateNote: 'Le vendeur accepte 230 000',
    sourceUrl: 'https://portal.example/annonce/42',
    photos: [
      {
        id: 'ph1',
        originalPath: 'tenants/t/properties/p1/photos/ph1/original',
        contentType: 'image/jpeg',
        size: 10,
        width: 10,
        height: 10,
        thumbnails: { small: 's', large: 'l' },
        uploadedBy: 'agent',
        uploadedAt: now,
      },
    ],
    createdBy: 'agent',
    createdAt: now,
    updatedAt: now,
    ...changes,
  });

describe('listingSnapshot', () => {
  it('keeps what a client may read and nothing private', () => {
    const snapshot = listingSnapshot(property());
    expect(listingSnapshotSchema.strict().parse(snapshot)).toEqual(snapshot);
    expect(snapshot).toMatchObject({ reference: 'V-00001', city: 'Lyon', price: 250_000, photoIds: ['ph1'] });
    expect(snapshot.location).toEqual({ latitude: 45.76, longitude: 4.85 });
    const text = JSON.stringify(snapshot);
    expect(text).not.toContain('230 000');
    expect(text).not.toContain('Secrète');
    expect(text).not.toContain('seller1');
  });

  it('shows the source URL only when the agent allowed it', () => {
    expect(listingSnapshot(property()).sourceUrl).toBe('');
    expect(listingSnapshot(property({ showSourceUrlToClients: true })).sourceUrl).toBe(
      'https://portal.example/annonce/42',
    );
  });

  it('is the same for the same property whatever the key order, and differs when the property does', () => {
    const snapshot = listingSnapshot(property());
    const reordered = Object.fromEntries(Object.entries(snapshot).reverse()) as typeof snapshot;
    expect(sameSnapshot(snapshot, reordered)).toBe(true);
    expect(sameSnapshot(snapshot, listingSnapshot(property({ price: 240_000 })))).toBe(false);
    expect(sameSnapshot(snapshot, listingSnapshot(property({ privateNote: 'autre' })))).toBe(true);
  });
});

describe('listing inputs', () => {
  it('names a listing after its client and property', () => {
    expect(clientListingId('c1', 'p1')).toBe('c1_p1');
  });

  it('asks a reason to reject at the end of a visit report, and one to five stars', () => {
    const stars = { location: 5, layout: 4, condition: 3, light: 2, surroundings: 1, price: 3 };
    expect(visitReportInputSchema.safeParse({ stars, outcome: 'offer-to-make' }).success).toBe(true);
    expect(visitReportInputSchema.safeParse({ stars, outcome: 'reject', reason: ' ' }).success).toBe(false);
    expect(visitReportInputSchema.safeParse({ stars, outcome: 'reject', reason: 'Trop bruyant' }).success).toBe(true);
    expect(visitReportInputSchema.safeParse({ stars: { ...stars, light: 6 }, outcome: 'offer-to-make' }).success).toBe(
      false,
    );
    expect(visitReportInputSchema.safeParse({ stars: { ...stars, light: 0 }, outcome: 'offer-to-make' }).success).toBe(
      false,
    );
  });

  it('assigns to distinct clients, at least one', () => {
    expect(assignListingInputSchema.safeParse({ propertyId: 'p1', contactIds: [] }).success).toBe(false);
    expect(assignListingInputSchema.safeParse({ propertyId: 'p1', contactIds: ['a', 'a'] }).success).toBe(false);
    expect(assignListingInputSchema.safeParse({ propertyId: 'p1', contactIds: ['a', 'b'] }).success).toBe(true);
  });
});
