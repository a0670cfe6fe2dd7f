import { DEFAULT_MAP_SETTINGS, MAP_TILE_PRESETS } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import {
  mapSettingsFormSchema,
  mapSettingsFromForm,
  mapSettingsToForm,
  presetOf,
  tileErrorKey,
} from './map-settings.form';

describe('the map settings form', () => {
  it('saves the tiles when the background is on and none when it is off, whatever the fields hold', () => {
    const on = mapSettingsFormSchema.parse(mapSettingsToForm(DEFAULT_MAP_SETTINGS));
    expect(mapSettingsFromForm(on)).toEqual(DEFAULT_MAP_SETTINGS);
    const off = mapSettingsFormSchema.parse({
      enabled: false,
      tiles: { urlTemplate: 'junk', attribution: '', attributionUrl: '' },
    });
    expect(mapSettingsFromForm(off)).toEqual({ tiles: null });
  });

  it('keeps a preset in the fields while the background is off', () => {
    expect(mapSettingsToForm({ tiles: null })).toEqual({ enabled: false, tiles: MAP_TILE_PRESETS.osm });
  });

  it('checks the fields of a background that is on', () => {
    const result = mapSettingsFormSchema.safeParse({
      enabled: true,
      tiles: { urlTemplate: 'https://tiles.example.com/{z}/{x}/{y}.png', attribution: 'X', attributionUrl: '' },
    });
    expect(result.success).toBe(false);
    expect(tileErrorKey(result.error?.issues[0]?.message)).toBe('settings.map.errors.host');
  });

  it('names the preset a template is, or custom', () => {
    expect(presetOf(MAP_TILE_PRESETS['ign-plan'].urlTemplate)).toBe('ign-plan');
    expect(presetOf('https://a.basemaps.cartocdn.com/dark_all/{z}/{x}/{y}.png')).toBe('custom');
  });

  it('turns the schema messages into the map texts', () => {
    expect(tileErrorKey('unknown placeholder {k}')).toBe('settings.map.errors.placeholder');
    expect(tileErrorKey('must contain {z}, {x} and {y}')).toBe('settings.map.errors.placeholders');
    expect(tileErrorKey('required')).toBeNull();
    expect(tileErrorKey(undefined)).toBeNull();
  });
});
