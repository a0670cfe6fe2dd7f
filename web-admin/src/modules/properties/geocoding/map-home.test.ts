import { describe, expect, it } from 'vitest';
import { FRANCE_VIEWPORT, TOWN_ZOOM } from '@estate/web-shared/map-geometry';
import { AddressLookupUnavailable, type AddressLookup } from '@estate/web-shared/address-lookup';
import { agencyViewport } from './map-home';

const found: AddressLookup = {
  search: () =>
    Promise.resolve([
      {
        label: '12 Quai du Port 13002 Marseille',
        street: '12 Quai du Port',
        postalCode: '13002',
        city: 'Marseille',
        country: 'FR',
        latitude: 43.2965,
        longitude: 5.3698,
      },
    ]),
};
const nothing: AddressLookup = { search: () => Promise.resolve([]) };
const offline: AddressLookup = { search: () => Promise.reject(new AddressLookupUnavailable('offline')) };

describe("where the agency's maps open", () => {
  it("on the agency's town when its address is found", async () => {
    expect(await agencyViewport('12 quai du Port, 13002 Marseille', 'FR', found)).toEqual({
      center: { latitude: 43.2965, longitude: 5.3698 },
      zoom: TOWN_ZOOM,
    });
  });

  it('on France without an address, an answer, a network, or outside France', async () => {
    expect(await agencyViewport('', 'FR', found)).toBe(FRANCE_VIEWPORT);
    expect(await agencyViewport('12 quai du Port', 'FR', nothing)).toBe(FRANCE_VIEWPORT);
    expect(await agencyViewport('12 quai du Port', 'FR', offline)).toBe(FRANCE_VIEWPORT);
    expect(await agencyViewport('Tverskaya 1, Moscow', 'RU', found)).toBe(FRANCE_VIEWPORT);
  });
});
