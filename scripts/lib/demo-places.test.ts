import { clientPlaceSchema, PLACES_PER_CLIENT } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { demoPlaces } from './demo-places';

describe('the demo places', () => {
  const now = new Date('2026-12-09T10:00:00Z');
  const places = demoPlaces({ contactId: 'c1', uid: 'client-uid', agentUid: 'agent-uid' }, now);

  it('gives the demo client valid points in their own slots, one added by their agent', () => {
    expect(places.length).toBeGreaterThan(0);
    expect(places.length).toBeLessThanOrEqual(PLACES_PER_CLIENT);
    expect(places.map((place) => place.id)).toEqual(places.map((_, slot) => `c1_${slot}`));
    for (const place of places) expect(clientPlaceSchema.parse(place)).toEqual(place);
    expect(places.filter((place) => place.addedBy.kind === 'agent').map((place) => place.addedBy.uid)).toEqual([
      'agent-uid',
    ]);
    expect(places.filter((place) => place.addedBy.kind === 'client').every((p) => p.addedBy.uid === 'client-uid')).toBe(
      true,
    );
  });

  it('places them around Marseille, oldest first', () => {
    for (const place of places) {
      expect(place.latitude).toBeGreaterThan(43.2);
      expect(place.latitude).toBeLessThan(43.4);
    }
    const times = places.map((place) => place.createdAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});
