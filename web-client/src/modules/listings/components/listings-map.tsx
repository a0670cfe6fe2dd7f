import 'leaflet/dist/leaflet.css';
import './listings-map.css';
import { DEFAULT_MAP_SETTINGS, mapSettingsOf, type ClientListing } from '@estate/domain';
import { Box, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { divIcon, latLngBounds, map as leafletMap, marker, tileLayer, type Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { tenantQuery } from '../../../lib/firebase/client-space.queries';

/** Drawn in CSS: no marker image for the bundler to lose, nothing to fetch offline. */
const markerIcon = divIcon({
  className: 'listing-map-marker',
  html: '<span class="listing-map-marker__pin"></span>',
  iconSize: [26, 26],
  iconAnchor: [13, 26],
});

function escapeText(text: string): string {
  const element = document.createElement('span');
  element.textContent = text;
  return element.innerHTML;
}

interface ListingsMapProps {
  listings: readonly ClientListing[];
  height?: number;
  /** A listing's page shows its own place: no link from its marker. */
  linked?: boolean;
}

/**
 * The listings on a map (Leaflet, in this lazy chunk), one marker per listing with a position, framed
 * to show them all; a marker opens its listing. The agency's tiles, with their credit.
 */
export function ListingsMap({ listings, height = 420, linked = true }: ListingsMapProps) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const navigate = useNavigate();
  const tenant = useQuery(tenantQuery(tenantId));
  const element = useRef<HTMLDivElement>(null);
  const placed = listings.filter((listing) => listing.property.location !== null);
  const tiles = tenant.data ? mapSettingsOf(tenant.data.map).tiles : DEFAULT_MAP_SETTINGS.tiles;
  const key = placed.map((listing) => listing.id).join(',');

  useEffect(() => {
    if (!element.current || placed.length === 0) return;
    const view: LeafletMap = leafletMap(element.current, { scrollWheelZoom: false });
    if (tiles) {
      tileLayer(tiles.urlTemplate, { attribution: escapeText(tiles.attribution), maxZoom: 19 }).addTo(view);
    }
    const points: [number, number][] = [];
    for (const listing of placed) {
      const location = listing.property.location;
      if (!location) continue;
      points.push([location.latitude, location.longitude]);
      const pin = marker([location.latitude, location.longitude], {
        icon: markerIcon,
        title: listing.property.title,
        alt: listing.property.title,
        keyboard: true,
      }).addTo(view);
      if (linked) pin.on('click', () => void navigate(`/listings/${listing.propertyId}`));
    }
    if (points.length === 1 && points[0]) view.setView(points[0], 15);
    else view.fitBounds(latLngBounds(points), { padding: [32, 32], maxZoom: 15 });
    return () => {
      view.remove();
    };
    // The key names the markers; the listings array is rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tiles?.urlTemplate, linked]);

  if (placed.length === 0) {
    return (
      <Text size="sm" c="dimmed" ta="center" py="lg">
        {t('listings.noPosition')}
      </Text>
    );
  }
  return (
    <Box
      ref={element}
      h={height}
      style={{ borderRadius: 16, overflow: 'hidden', zIndex: 0 }}
      role="region"
      aria-label={t('listings.mapLabel')}
      data-testid="listings-map"
    />
  );
}
