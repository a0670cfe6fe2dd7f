import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAP_SETTINGS,
  isMapTileHost,
  MAP_TILE_PRESETS,
  mapSettingsOf,
  mapSettingsSchema,
  saveMapSettingsInputSchema,
  tileTemplateProblem,
} from './map-settings.schema';
import { tenantSchema } from './tenant.schema';

const osm = MAP_TILE_PRESETS.osm;

describe('tile hosts', () => {
  it('accepts the listed hosts and one subdomain label under a wildcard', () => {
    expect(isMapTileHost('tile.openstreetmap.org')).toBe(true);
    expect(isMapTileHost('a.tile.openstreetmap.fr')).toBe(true);
    expect(isMapTileHost('B.BASEMAPS.CARTOCDN.COM')).toBe(true);
    expect(isMapTileHost('data.geopf.fr')).toBe(true);
  });

  it('refuses other hosts, deeper subdomains and look-alikes', () => {
    expect(isMapTileHost('a.tile.openstreetmap.org')).toBe(false);
    expect(isMapTileHost('tile.openstreetmap.fr')).toBe(false);
    expect(isMapTileHost('x.y.basemaps.cartocdn.com')).toBe(false);
    expect(isMapTileHost('evilbasemaps.cartocdn.com')).toBe(false);
    expect(isMapTileHost('tile.openstreetmap.org.evil.test')).toBe(false);
  });
});

describe('tile URL templates', () => {
  it('accepts every preset', () => {
    for (const preset of Object.values(MAP_TILE_PRESETS)) expect(tileTemplateProblem(preset.urlTemplate)).toBeNull();
  });

  it.each([
    ['http://tile.openstreetmap.org/{z}/{x}/{y}.png', 'must start with https://'],
    ['https://tile.openstreetmap.org/{z}/{x}.png', 'must contain {z}, {x} and {y}'],
    ['https://tile.openstreetmap.org/{z}/{x}/{y}.png?key={apikey}', 'unknown placeholder {apikey}'],
    ['https://tiles.example.com/{z}/{x}/{y}.png', 'tile host not allowed'],
    ['https://tile.openstreetmap.org@tiles.example.com/{z}/{x}/{y}.png', 'tile host not allowed'],
    ['https://{s}.example.com/{z}/{x}/{y}.png', 'tile host not allowed'],
    ['https:// /{z}/{x}/{y}', 'not a URL'],
  ])('refuses %s (%s)', (template, problem) => {
    expect(tileTemplateProblem(template)).toBe(problem);
  });
});

describe('map settings', () => {
  it('accepts tiles with their credit, and no tiles at all', () => {
    expect(mapSettingsSchema.parse({ tiles: osm })).toEqual({ tiles: osm });
    expect(mapSettingsSchema.parse({ tiles: null })).toEqual({ tiles: null });
    expect(saveMapSettingsInputSchema.parse({ map: DEFAULT_MAP_SETTINGS })).toEqual({ map: DEFAULT_MAP_SETTINGS });
  });

  it('requires the credit, and a link to it only over https', () => {
    expect(mapSettingsSchema.safeParse({ tiles: { ...osm, attribution: '  ' } }).success).toBe(false);
    expect(mapSettingsSchema.safeParse({ tiles: { ...osm, attributionUrl: '' } }).success).toBe(true);
    expect(mapSettingsSchema.safeParse({ tiles: { ...osm, attributionUrl: 'http://osm.org' } }).success).toBe(false);
    expect(mapSettingsSchema.safeParse({ tiles: { ...osm, attributionUrl: 'javascript:alert(1)' } }).success).toBe(
      false,
    );
  });

  it('refuses a template off the list and missing or extra shapes', () => {
    const offList = { ...osm, urlTemplate: 'https://tiles.example.com/{z}/{x}/{y}.png' };
    expect(mapSettingsSchema.safeParse({ tiles: offList }).success).toBe(false);
    expect(mapSettingsSchema.safeParse({}).success).toBe(false);
    expect(mapSettingsSchema.safeParse({ tiles: { urlTemplate: osm.urlTemplate } }).success).toBe(false);
  });

  it("applies the product's default until a tenant chooses", () => {
    expect(mapSettingsOf(null)).toBe(DEFAULT_MAP_SETTINGS);
    expect(mapSettingsOf(undefined)).toBe(DEFAULT_MAP_SETTINGS);
    expect(mapSettingsOf({ tiles: null })).toEqual({ tiles: null });
    expect(DEFAULT_MAP_SETTINGS.tiles?.urlTemplate).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
  });

  it("reads a tenant without the field, and one whose stored value is refused, as the default's", () => {
    const tenant = {
      id: 't',
      slug: 't',
      name: 'Agence',
      company: {},
      branding: { primaryColor: '#1c7ed6', accentColor: '#f08c00', logoDataUrl: null },
      locale: 'fr',
      currency: 'EUR',
      country: 'FR',
      hosts: { admin: 'a', client: 'c' },
      ownerUid: 'u',
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    expect(tenantSchema.parse(tenant).map).toBeNull();
    const offList = { tiles: { ...osm, urlTemplate: 'https://tiles.example.com/{z}/{x}/{y}.png' } };
    expect(tenantSchema.parse({ ...tenant, map: offList }).map).toBeNull();
    expect(tenantSchema.parse({ ...tenant, map: { tiles: null } }).map).toEqual({ tiles: null });
  });
});
