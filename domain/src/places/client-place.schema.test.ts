import { describe, expect, it } from 'vitest';
import { clientPlaceId, clientPlaceInputSchema, freePlaceId, PLACES_PER_CLIENT } from './client-place.schema';

const valid = {
  kind: 'work',
  name: 'Bureau',
  address: '10 rue de la Paix 75002 Paris',
  latitude: 48.87,
  longitude: 2.33,
};

describe('clientPlaceInputSchema', () => {
  it('accepts a point and trims its texts', () => {
    expect(clientPlaceInputSchema.parse({ ...valid, name: '  Bureau ' }).name).toBe('Bureau');
  });

  it.each([
    ['an unknown kind', { kind: 'gym' }],
    ['an empty name', { name: '  ' }],
    ['a name too long', { name: 'x'.repeat(81) }],
    ['a latitude beyond the pole', { latitude: 91 }],
    ['a longitude beyond the antimeridian', { longitude: -181 }],
  ])('refuses %s', (_, change) => {
    expect(clientPlaceInputSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('place slots', () => {
  it('names slots 0 to PLACES_PER_CLIENT - 1 only', () => {
    expect(clientPlaceId('c1', 0)).toBe('c1_0');
    expect(clientPlaceId('c1', 19)).toBe('c1_19');
    expect(() => clientPlaceId('c1', PLACES_PER_CLIENT)).toThrow(RangeError);
  });

  it('gives the first free slot, none once all are taken', () => {
    expect(freePlaceId('c1', [{ id: 'c1_0' }, { id: 'c1_2' }])).toBe('c1_1');
    const all = Array.from({ length: PLACES_PER_CLIENT }, (_, slot) => ({ id: clientPlaceId('c1', slot) }));
    expect(freePlaceId('c1', all)).toBeNull();
  });
});
