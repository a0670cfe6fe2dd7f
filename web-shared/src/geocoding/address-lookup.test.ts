import { describe, expect, it, vi } from 'vitest';
import { AddressLookupUnavailable, banAddressLookup } from './address-lookup';

/** A local fake of the Base Adresse Nationale: the answer it gives to every request. */
function fakeBan(body: unknown, status = 200) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status }));
}

const answer = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [4.8422, 45.7597] },
      properties: {
        label: '8 Rue des Lilas 69003 Lyon',
        type: 'housenumber',
        name: '8 Rue des Lilas',
        housenumber: '8',
        street: 'Rue des Lilas',
        postcode: '69003',
        city: 'Lyon',
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [4.83, 45.76] },
      properties: { label: 'Lyon', type: 'municipality', name: 'Lyon', postcode: '69001', city: 'Lyon' },
    },
    { type: 'Feature', geometry: null, properties: { label: 'broken' } },
  ],
};

describe('the Base Adresse Nationale lookup', () => {
  it('asks the search endpoint and reads its GeoJSON into addresses with coordinates', async () => {
    const fetchFn = fakeBan(answer);
    const found = await banAddressLookup(fetchFn, 'http://ban.test').search(' 8 rue des lilas lyon ');
    expect(fetchFn).toHaveBeenCalledWith(
      'http://ban.test/search/?q=8+rue+des+lilas+lyon&limit=6&autocomplete=1',
      expect.anything(),
    );
    expect(found).toEqual([
      {
        label: '8 Rue des Lilas 69003 Lyon',
        street: '8 Rue des Lilas',
        postalCode: '69003',
        city: 'Lyon',
        country: 'FR',
        latitude: 45.7597,
        longitude: 4.8422,
      },
      { label: 'Lyon', street: '', postalCode: '69001', city: 'Lyon', country: 'FR', latitude: 45.76, longitude: 4.83 },
    ]);
  });

  it('asks nothing for fewer than three characters', async () => {
    const fetchFn = fakeBan(answer);
    expect(await banAddressLookup(fetchFn).search('ly')).toEqual([]);
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('says the service is unavailable when the network fails or the service errs', async () => {
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(banAddressLookup(offline).search('8 rue des lilas')).rejects.toBeInstanceOf(AddressLookupUnavailable);
    await expect(banAddressLookup(fakeBan({ error: 'x' }, 503)).search('8 rue des lilas')).rejects.toBeInstanceOf(
      AddressLookupUnavailable,
    );
    await expect(banAddressLookup(fakeBan({ nothing: true })).search('8 rue des lilas')).rejects.toBeInstanceOf(
      AddressLookupUnavailable,
    );
  });
});
