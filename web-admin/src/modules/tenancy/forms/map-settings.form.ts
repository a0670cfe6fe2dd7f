import { MAP_TILE_PRESETS, mapTilesSchema, type MapSettings, type MapTilePreset } from '@estate/domain';
import { z } from 'zod';

/**
 * Settings › Map as the form holds it: the tiles' fields stay filled while the background is off, so
 * switching it back on finds them; only a background that is on is checked and saved.
 */
const tilesFieldsSchema = z.object({ urlTemplate: z.string(), attribution: z.string(), attributionUrl: z.string() });
export const mapSettingsFormSchema = z.discriminatedUnion('enabled', [
  z.object({ enabled: z.literal(true), tiles: mapTilesSchema }),
  z.object({ enabled: z.literal(false), tiles: tilesFieldsSchema }),
]);
export type MapSettingsFormInput = z.input<typeof mapSettingsFormSchema>;
export type MapSettingsFormOutput = z.output<typeof mapSettingsFormSchema>;

export function mapSettingsToForm(settings: MapSettings): MapSettingsFormInput {
  return settings.tiles
    ? { enabled: true, tiles: { ...settings.tiles } }
    : { enabled: false, tiles: { ...MAP_TILE_PRESETS.osm } };
}

export function mapSettingsFromForm(values: MapSettingsFormOutput): MapSettings {
  return { tiles: values.enabled ? values.tiles : null };
}

/** The preset whose template the form holds, or `custom`. */
export function presetOf(urlTemplate: string): MapTilePreset | 'custom' {
  const found = Object.entries(MAP_TILE_PRESETS).find(([, preset]) => preset.urlTemplate === urlTemplate.trim());
  return found ? (found[0] as MapTilePreset) : 'custom';
}

const TILE_ERRORS: Record<string, string> = {
  'must start with https://': 'settings.map.errors.https',
  'an https:// address': 'settings.map.errors.https',
  'must contain {z}, {x} and {y}': 'settings.map.errors.placeholders',
  'tile host not allowed': 'settings.map.errors.host',
  'not a URL': 'settings.map.errors.url',
};

/** The text key for a tile field's message from the domain schema, when it is one of the map's own. */
export function tileErrorKey(message: string | undefined): string | null {
  if (!message) return null;
  if (message.startsWith('unknown placeholder')) return 'settings.map.errors.placeholder';
  return TILE_ERRORS[message] ?? null;
}
