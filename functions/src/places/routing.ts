import type { GeoPoint, TravelMode } from '@estate/domain';

/**
 * A routing service: the travel time, in seconds, from one origin to each destination by one mode.
 * It answers null for a mode it does not serve, and throws when it fails (the caller then estimates).
 */
export interface RoutingAdapter {
  /** Its name as the client app states it ("routed by …"). */
  readonly service: string;
  durations(mode: TravelMode, origin: GeoPoint, destinations: readonly GeoPoint[]): Promise<number[] | null>;
}

export interface OsrmRoutingOptions {
  service: string;
  /**
   * The base URL of an OSRM-compatible server per mode it serves (an OSRM server routes with the one
   * profile it was built with, so each mode has its own). Public transport is not OSRM's: left out, it
   * is estimated.
   */
  baseUrls: Partial<Record<TravelMode, string>>;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const OSRM_PROFILES: Record<TravelMode, string> = { walk: 'foot', bicycle: 'bike', transit: 'transit' };

function coordinates(points: readonly GeoPoint[]): string {
  return points.map((point) => `${point.longitude.toFixed(6)},${point.latitude.toFixed(6)}`).join(';');
}

/** OSRM's table service: one request per mode, the origin as the only source. */
export function osrmRouting(options: OsrmRoutingOptions): RoutingAdapter {
  const request = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 4000;
  return {
    service: options.service,
    async durations(mode, origin, destinations) {
      const base = options.baseUrls[mode];
      if (!base) return null;
      if (destinations.length === 0) return [];
      const url = new URL(
        `${base.replace(/\/+$/, '')}/table/v1/${OSRM_PROFILES[mode]}/${coordinates([origin, ...destinations])}`,
      );
      url.searchParams.set('sources', '0');
      url.searchParams.set('annotations', 'duration');
      const response = await request(url, { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) throw new Error(`${options.service} answered ${response.status}`);
      const body = (await response.json()) as { code?: unknown; durations?: unknown };
      const row = Array.isArray(body.durations) ? (body.durations[0] as unknown) : null;
      if (body.code !== 'Ok' || !Array.isArray(row) || row.length !== destinations.length + 1) {
        throw new Error(`${options.service} answered no table`);
      }
      const seconds = row.slice(1);
      if (
        !seconds.every((value): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0)
      ) {
        throw new Error(`${options.service} found no route to a point`);
      }
      return seconds;
    },
  };
}
