import { DEFAULT_MAP_SETTINGS, mapSettingsOf, type ClientListing } from '@estate/domain';
import { LazyMapView, type MapMarker } from '@estate/web-shared/map';
import { FRANCE_VIEWPORT } from '@estate/web-shared/map-geometry';
import { Anchor, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { tenantQuery } from '../../../lib/firebase/client-space.queries';
import { useClientPlaces } from '../../places';

interface ListingsMapProps {
  listings: readonly ClientListing[];
  height?: number;
  /** A listing's page shows its own place: no link from its marker. */
  linked?: boolean;
}

/**
 * The listings on the shared map (Leaflet, loaded on demand), one marker per listing with a position,
 * with the client's points of interest drawn apart, framed to show them all; a listing's marker opens
 * its page. The agency's tiles, with their credit.
 */
export function ListingsMap({ listings, height = 420, linked = true }: ListingsMapProps) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const navigate = useNavigate();
  const tenant = useQuery(tenantQuery(tenantId));
  const places = useClientPlaces();
  const tiles = tenant.data ? mapSettingsOf(tenant.data.map).tiles : DEFAULT_MAP_SETTINGS.tiles;
  const markers: MapMarker[] = [];
  for (const listing of listings) {
    const location = listing.property.location;
    if (!location) continue;
    markers.push({
      id: listing.id,
      position: location,
      label: listing.property.title,
      ...(linked ? { onSelect: () => void navigate(`/listings/${listing.propertyId}`) } : {}),
    });
  }
  if (markers.length === 0) {
    return (
      <Text size="sm" c="dimmed" ta="center" py="lg">
        {t('listings.noPosition')}
      </Text>
    );
  }
  for (const place of places.data ?? []) {
    markers.push({
      id: `place-${place.id}`,
      position: { latitude: place.latitude, longitude: place.longitude },
      label: place.name,
      variant: 'place',
      popup: (
        <Text size="sm" fw={600}>
          {place.name}
        </Text>
      ),
    });
  }
  const first = markers[0]?.position ?? FRANCE_VIEWPORT.center;
  return (
    <Stack gap={4}>
      <LazyMapView
        tiles={tiles}
        viewport={{ center: first, zoom: 15 }}
        markers={markers}
        fitMarkers
        height={height}
        label={t('listings.mapLabel')}
        testId="listings-map"
      />
      {linked ? (
        <Anchor component={Link} to="/places" size="sm" ta="right" data-testid="map-places-link">
          {t('map.places')}
        </Anchor>
      ) : null}
    </Stack>
  );
}
