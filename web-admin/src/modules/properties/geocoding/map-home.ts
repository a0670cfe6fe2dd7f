import { mapSettingsOf, type MapTiles } from '@estate/domain';
import { useQuery } from '@tanstack/react-query';
import { FRANCE_VIEWPORT, TOWN_ZOOM, type MapViewport } from '@estate/web-shared/map-geometry';
import { useLiveTenant } from '../../tenancy';
import { banAddressLookup, type AddressLookup } from '@estate/web-shared/address-lookup';

const lookup = banAddressLookup();

/**
 * Where the agency's maps open when no property tells: the agency's own address (Settings ›
 * Information) as the national address service places it, else France whole. The address is looked up
 * once a session; without an answer or a network the map opens on France.
 */
export async function agencyViewport(
  address: string,
  country: string,
  addresses: AddressLookup = lookup,
): Promise<MapViewport> {
  if (country !== 'FR' || address.trim().length < 3) return FRANCE_VIEWPORT;
  try {
    const [first] = await addresses.search(address);
    return first
      ? { center: { latitude: first.latitude, longitude: first.longitude }, zoom: TOWN_ZOOM }
      : FRANCE_VIEWPORT;
  } catch {
    return FRANCE_VIEWPORT;
  }
}

/** The tenant's tiles and where its maps open, for every map of the properties. */
export function useMapHome(): { tiles: MapTiles | null; home: MapViewport } {
  const tenant = useLiveTenant();
  const address = tenant?.company.address ?? '';
  const country = tenant?.country ?? 'FR';
  const home = useQuery({
    queryKey: ['map-home', country, address],
    queryFn: () => agencyViewport(address, country),
    enabled: tenant !== undefined && tenant !== null,
    staleTime: Infinity,
    retry: false,
  });
  return { tiles: mapSettingsOf(tenant?.map).tiles, home: home.data ?? FRANCE_VIEWPORT };
}
