import { z } from 'zod';
import { line } from '../shared/text';

/**
 * The hosts map tiles may come from. The apps' Content-Security-Policy (`img-src` in firebase.json)
 * lists exactly these, so a tile template on another host would be blocked by every browser: the
 * schema refuses it rather than let an agency save a map that cannot show. A `*.` entry stands for
 * any subdomain (tile servers spread their load over `a.`, `b.`, `c.`).
 */
export const MAP_TILE_HOSTS = [
  'tile.openstreetmap.org',
  '*.tile.openstreetmap.fr',
  'data.geopf.fr',
  '*.basemaps.cartocdn.com',
] as const;

/** Whether a host is one of `MAP_TILE_HOSTS` (a wildcard entry matches one label before it). */
export function isMapTileHost(host: string): boolean {
  const lower = host.toLowerCase();
  return MAP_TILE_HOSTS.some((allowed) => {
    if (!allowed.startsWith('*.')) return lower === allowed;
    const suffix = allowed.slice(1);
    const label = lower.slice(0, -suffix.length);
    return lower.endsWith(suffix) && /^[a-z0-9-]+$/.test(label);
  });
}

const PLACEHOLDERS = new Set(['s', 'z', 'x', 'y', 'r']);

/**
 * Why a tile URL template cannot be used, or null: Leaflet's syntax, `https://`, `{z}`, `{x}` and `{y}`
 * present, no placeholder Leaflet would not fill, a host from `MAP_TILE_HOSTS` (`{s}` stands for a
 * subdomain letter).
 */
export function tileTemplateProblem(template: string): string | null {
  if (!template.startsWith('https://')) return 'must start with https://';
  const placeholders = [...template.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1] ?? '');
  const unknown = placeholders.find((name) => !PLACEHOLDERS.has(name));
  if (unknown !== undefined) return `unknown placeholder {${unknown}}`;
  if (!['z', 'x', 'y'].every((name) => placeholders.includes(name))) return 'must contain {z}, {x} and {y}';
  let host: string;
  try {
    host = new URL(template.replace(/\{(\w)\}/g, (_, name: string) => (name === 's' ? 'a' : '0'))).hostname;
  } catch {
    return 'not a URL';
  }
  return isMapTileHost(host) ? null : 'tile host not allowed';
}

export const tileUrlTemplateSchema = z
  .string()
  .trim()
  .max(500, { message: 'at most 500 characters' })
  .superRefine((template, context) => {
    const problem = tileTemplateProblem(template);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** A tile layer: where the tiles come from and the credit its provider requires, shown on every map. */
export const mapTilesSchema = z.object({
  urlTemplate: tileUrlTemplateSchema,
  /** Plain text (never HTML): the maps escape it and link it to `attributionUrl`. */
  attribution: line(200),
  attributionUrl: z.union([
    z.literal(''),
    z.url({ protocol: /^https$/, message: 'an https:// address' }).max(300, { message: 'at most 300 characters' }),
  ]),
});
export type MapTiles = z.infer<typeof mapTilesSchema>;

/** Settings › Map. `tiles` null: no background (markers and pins on a plain surface), as offline. */
export const mapSettingsSchema = z.object({ tiles: mapTilesSchema.nullable() });
export type MapSettings = z.infer<typeof mapSettingsSchema>;

/** The ready-made layers the settings offer; any other template on an allowed host may be typed. */
export const MAP_TILE_PRESETS = {
  osm: {
    urlTemplate: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: '© OpenStreetMap contributors',
    attributionUrl: 'https://www.openstreetmap.org/copyright',
  },
  'osm-fr': {
    urlTemplate: 'https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png',
    attribution: '© OpenStreetMap France, © OpenStreetMap contributors',
    attributionUrl: 'https://www.openstreetmap.org/copyright',
  },
  'ign-plan': {
    urlTemplate:
      'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&FORMAT=image/png&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
    attribution: '© IGN, Géoplateforme',
    attributionUrl: 'https://geoservices.ign.fr/',
  },
  'carto-light': {
    urlTemplate: 'https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}.png',
    attribution: '© OpenStreetMap contributors, © CARTO',
    attributionUrl: 'https://carto.com/attributions',
  },
} as const satisfies Record<string, MapTiles>;
export type MapTilePreset = keyof typeof MAP_TILE_PRESETS;

/** OpenStreetMap's standard tiles, with the credit their licence requires. */
export const DEFAULT_MAP_SETTINGS: MapSettings = { tiles: MAP_TILE_PRESETS.osm };

/**
 * The settings in force: the tenant's `map` when an owner or admin chose one, else the product's
 * default, so agencies that never chose follow the default if it changes.
 */
export function mapSettingsOf(stored: MapSettings | null | undefined): MapSettings {
  return stored ?? DEFAULT_MAP_SETTINGS;
}

export const saveMapSettingsInputSchema = z.object({ map: mapSettingsSchema });
export type SaveMapSettingsInput = z.infer<typeof saveMapSettingsInputSchema>;
