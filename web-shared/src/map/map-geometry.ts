import type { MapTiles } from '@estate/domain';

/** A point on the map, in the property model's words. */
export interface MapPoint {
  latitude: number;
  longitude: number;
}

export interface MapViewport {
  center: MapPoint;
  zoom: number;
}

/** Metropolitan France whole: where a map opens when nothing nearer is known. */
export const FRANCE_VIEWPORT: MapViewport = { center: { latitude: 46.6, longitude: 2.45 }, zoom: 5 };
/** A town: where a map of the agency's surroundings opens. */
export const TOWN_ZOOM = 12;
/** A street: where a map around one property opens. */
export const STREET_ZOOM = 16;

/** Six decimals are about 10 cm: more is noise from the pointer, not precision. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A clicked point as the model stores it: rounded, longitude brought back into -180…180. */
export function toMapPoint(latitude: number, longitude: number): MapPoint {
  const wrapped = ((((longitude + 180) % 360) + 360) % 360) - 180;
  return {
    latitude: roundCoordinate(Math.max(-90, Math.min(90, latitude))),
    longitude: roundCoordinate(wrapped),
  };
}

/** Whether typed coordinates are a point: both numbers, in range. */
export function isMapPoint(latitude: unknown, longitude: unknown): boolean {
  return (
    typeof latitude === 'number' &&
    typeof longitude === 'number' &&
    Number.isFinite(latitude) &&
    Number.isFinite(longitude) &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180
  );
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/**
 * The credit Leaflet shows (it inserts HTML): the tenant's text escaped, linked to its https address.
 * The settings store plain text so that nothing an admin types becomes markup on everyone's screen.
 */
export function attributionHtml(tiles: Pick<MapTiles, 'attribution' | 'attributionUrl'>): string {
  const text = escapeHtml(tiles.attribution);
  if (!tiles.attributionUrl.startsWith('https://')) return text;
  return `<a href="${escapeHtml(tiles.attributionUrl)}" target="_blank" rel="noopener noreferrer">${text}</a>`;
}
