import { describe, expect, it } from 'vitest';
import {
  formatPropertyReference,
  propertyReferenceSchema,
  referencePrefixes,
  savePropertyInputSchema,
} from './property.schema';

const valid = {
  propertyId: null,
  requestId: 'req-1',
  property: {
    dealType: 'sale',
    title: ' Three rooms near the canal ',
    propertyType: 'apartment',
    address: { postalCode: '75011', city: 'Paris' },
    price: 450000,
    surface: 62.5,
    rooms: 3,
    status: 'online',
    sellerContactIds: ['anna'],
    assignedAgentUid: 'alex',
  },
};

describe('savePropertyInputSchema', () => {
  it('accepts a property and trims its title', () => {
    expect(savePropertyInputSchema.parse(valid).property.title).toBe('Three rooms near the canal');
  });

  it('accepts no surface, no rooms and no seller', () => {
    const property = { ...valid.property, surface: null, rooms: null, sellerContactIds: [] };
    expect(savePropertyInputSchema.safeParse({ ...valid, property }).success).toBe(true);
  });

  it.each([
    ['a price with cents', { price: 1000.5 }],
    ['a negative price', { price: -1 }],
    ['an empty title', { title: '' }],
    ['no city', { address: { postalCode: '75011', city: '' } }],
    ['an unknown type', { propertyType: 'castle' }],
    ['six sellers', { sellerContactIds: ['a', 'b', 'c', 'd', 'e', 'f'] }],
    ['the same seller twice', { sellerContactIds: ['a', 'a'] }],
    ['a zero surface', { surface: 0 }],
    ['half a room', { rooms: 2.5 }],
    ['an unknown status', { status: 'sold' }],
  ])('refuses %s', (_label, change) => {
    expect(savePropertyInputSchema.safeParse({ ...valid, property: { ...valid.property, ...change } }).success).toBe(
      false,
    );
  });

  it('needs a request id', () => {
    expect(savePropertyInputSchema.safeParse({ ...valid, requestId: '' }).success).toBe(false);
  });
});

describe('property references', () => {
  it('numbers sales V- and rentals L- on five digits at least', () => {
    expect(formatPropertyReference('sale', 42)).toBe('V-00042');
    expect(formatPropertyReference('rental', 7)).toBe('L-00007');
    expect(formatPropertyReference('sale', 123456)).toBe('V-123456');
    expect(propertyReferenceSchema.safeParse('V-00042').success).toBe(true);
    expect(propertyReferenceSchema.safeParse('X-00042').success).toBe(false);
  });

  it('reads what a user types in the search box', () => {
    expect(referencePrefixes(' v42 ')).toEqual(['V-00042']);
    expect(referencePrefixes('V-00042')).toEqual(['V-00042']);
    expect(referencePrefixes('l-000')).toEqual(['L-000']);
    expect(referencePrefixes('V')).toEqual(['V-']);
    expect(referencePrefixes('7')).toEqual(['V-00007', 'L-00007']);
    expect(referencePrefixes('flat')).toEqual([]);
    expect(referencePrefixes('')).toEqual([]);
  });
});
