import { z } from 'zod';
import { docIdSchema, line } from '../shared/text';

export const TRAVEL_MODES = ['walk', 'bicycle', 'transit'] as const;
export const travelModeSchema = z.enum(TRAVEL_MODES);
export type TravelMode = z.infer<typeof travelModeSchema>;

/**
 * The figures of the estimate, in one place (the client app states them beside the times). Streets
 * are longer than a straight line: the distance between two points is the great-circle distance times
 * the detour factor (1.3, the usual ratio of street to straight distance in towns). Then a walking
 * pace, an everyday cycling speed, and for public transport an average speed between stops plus the
 * minutes spent reaching a stop and waiting.
 */
export const TRAVEL_ESTIMATE = {
  detourFactor: 1.3,
  speedsKmh: { walk: 4.5, bicycle: 15, transit: 20 },
  transitAccessMinutes: 10,
} as const;

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** The mean Earth radius (IUGG), metres. */
const EARTH_RADIUS_M = 6_371_008.8;

/** The great-circle distance between two points, metres (haversine). */
export function greatCircleMeters(from: GeoPoint, to: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (to.latitude - from.latitude) * rad;
  const dLng = (to.longitude - from.longitude) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(from.latitude * rad) * Math.cos(to.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

export type TravelMinutes = Record<TravelMode, number>;

/** Minutes by each mode for a straight distance, whole minutes rounded up (never under one). */
export function estimateMinutes(distanceMeters: number): TravelMinutes {
  const km = (distanceMeters * TRAVEL_ESTIMATE.detourFactor) / 1000;
  const minutes = (kmh: number) => Math.max(1, Math.ceil((km / kmh) * 60));
  const { speedsKmh } = TRAVEL_ESTIMATE;
  return {
    walk: minutes(speedsKmh.walk),
    bicycle: minutes(speedsKmh.bicycle),
    transit: minutes(speedsKmh.transit) + TRAVEL_ESTIMATE.transitAccessMinutes,
  };
}

/** How a mode's times were obtained: a routing service, or the estimate above. */
export const travelSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('routed'), service: line(80) }),
  z.object({ kind: z.literal('estimated') }),
]);
export type TravelSource = z.infer<typeof travelSourceSchema>;

const minutesSchema = z.number().int().min(0);

export const placeTravelSchema = z.object({
  placeId: z.string().min(3).max(80),
  /** Straight-line (great-circle) distance, metres. */
  distanceMeters: z.number().int().min(0),
  minutes: z.object({ walk: minutesSchema, bicycle: minutesSchema, transit: minutesSchema }),
});
export type PlaceTravel = z.infer<typeof placeTravelSchema>;

export const travelTimesInputSchema = z.object({ propertyId: docIdSchema });
export type TravelTimesInput = z.infer<typeof travelTimesInputSchema>;

export const travelTimesResultSchema = z.object({
  places: z.array(placeTravelSchema),
  sources: z.object({ walk: travelSourceSchema, bicycle: travelSourceSchema, transit: travelSourceSchema }),
});
export type TravelTimesResult = z.infer<typeof travelTimesResultSchema>;

const ESTIMATED: TravelSource = { kind: 'estimated' };

/** The estimate for one origin and its points, every mode estimated: the callable's answer without routing, and the app's offline. */
export function estimateTravelTimes(
  origin: GeoPoint,
  places: readonly ({ id: string } & GeoPoint)[],
): TravelTimesResult {
  return {
    places: places.map((place) => {
      const distance = greatCircleMeters(origin, place);
      return { placeId: place.id, distanceMeters: Math.round(distance), minutes: estimateMinutes(distance) };
    }),
    sources: { walk: ESTIMATED, bicycle: ESTIMATED, transit: ESTIMATED },
  };
}
