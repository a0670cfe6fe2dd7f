import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateMinutes, estimateTravelTimes, greatCircleMeters, TRAVEL_ESTIMATE } from './travel-times';

const point = fc.record({
  latitude: fc.double({ min: -89, max: 89, noNaN: true }),
  longitude: fc.double({ min: -179, max: 179, noNaN: true }),
});

describe('greatCircleMeters', () => {
  it('measures Paris to Lyon as about 391.5 km', () => {
    const paris = { latitude: 48.8566, longitude: 2.3522 };
    const lyon = { latitude: 45.764, longitude: 4.8357 };
    expect(greatCircleMeters(paris, lyon) / 1000).toBeCloseTo(391.5, 0);
  });

  it('is zero from a point to itself, symmetric, and within half the Earth', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(greatCircleMeters(a, a)).toBe(0);
        expect(greatCircleMeters(a, b)).toBeCloseTo(greatCircleMeters(b, a), 6);
        expect(greatCircleMeters(a, b)).toBeLessThanOrEqual(Math.PI * 6_371_008.8 + 1);
      }),
    );
  });
});

describe('estimateMinutes', () => {
  it('applies the stated detour factor and speeds', () => {
    // 1 km straight is 1.3 km of streets: 17.3 min walking, 5.2 by bicycle, 3.9 + 10 by transit.
    expect(estimateMinutes(1000)).toEqual({ walk: 18, bicycle: 6, transit: 14 });
    expect(TRAVEL_ESTIMATE.detourFactor).toBe(1.3);
  });

  it('never answers under a minute', () => {
    expect(estimateMinutes(0)).toEqual({ walk: 1, bicycle: 1, transit: 1 + TRAVEL_ESTIMATE.transitAccessMinutes });
  });

  it('grows with distance and keeps bicycle no slower than walking', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 50_000, noNaN: true }),
        fc.double({ min: 0, max: 50_000, noNaN: true }),
        (a, b) => {
          const [near, far] = a <= b ? [a, b] : [b, a];
          const n = estimateMinutes(near);
          const f = estimateMinutes(far);
          expect(f.walk).toBeGreaterThanOrEqual(n.walk);
          expect(f.bicycle).toBeGreaterThanOrEqual(n.bicycle);
          expect(f.transit).toBeGreaterThanOrEqual(n.transit);
          expect(n.bicycle).toBeLessThanOrEqual(n.walk);
        },
      ),
    );
  });
});

describe('estimateTravelTimes', () => {
  it('answers each point with its rounded distance, every mode estimated', () => {
    const origin = { latitude: 48.8566, longitude: 2.3522 };
    const result = estimateTravelTimes(origin, [{ id: 'c1_0', latitude: 48.8656, longitude: 2.3522 }]);
    expect(result.sources).toEqual({
      walk: { kind: 'estimated' },
      bicycle: { kind: 'estimated' },
      transit: { kind: 'estimated' },
    });
    expect(result.places).toHaveLength(1);
    expect(result.places[0]?.placeId).toBe('c1_0');
    expect(result.places[0]?.distanceMeters).toBeGreaterThan(995);
    expect(result.places[0]?.distanceMeters).toBeLessThan(1005);
  });
});
