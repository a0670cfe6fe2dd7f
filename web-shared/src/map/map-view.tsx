import 'leaflet/dist/leaflet.css';
import './map-view.css';
import type { MapTiles } from '@estate/domain';
import { Text } from '@mantine/core';
import { divIcon, latLngBounds, type LeafletMouseEvent, type Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, Marker, Popup, TileLayer, useMap, useMapEvents } from 'react-leaflet';
import { attributionHtml, toMapPoint, type MapPoint, type MapViewport } from './map-geometry';

/** A property (or any place) on the map; its popup opens on click, Enter or Space. */
export interface MapMarker {
  id: string;
  position: MapPoint;
  /** The marker's accessible name (its title). */
  label: string;
  popup?: ReactNode;
  /** A property (the default) or a person's own point of interest, drawn apart. */
  variant?: 'property' | 'place';
  /** Opens what the marker stands for (a listing's page) instead of a popup. */
  onSelect?: () => void;
}

/** A pin the user places: a click on the map drops it there, dragging moves it. */
interface MapPin {
  position: MapPoint | null;
  label: string;
  onChange: (position: MapPoint) => void;
}

export interface MapViewProps {
  /** The tenant's tiles; null shows a plain background (as does a failing tile server). */
  tiles: MapTiles | null;
  viewport: MapViewport;
  /** Changing it moves the map to `viewport`; the user's own panning is otherwise kept. */
  viewportKey?: string;
  markers?: readonly MapMarker[];
  /** Frame the markers whenever the set of markers changes. */
  fitMarkers?: boolean;
  pin?: MapPin;
  height: number;
  /** The map's accessible name. */
  label: string;
  testId?: string;
}

/**
 * Leaflet's default marker is an image whose address bundlers rewrite and lose, so markers are drawn
 * in CSS (`map-view.css`) in the theme's colour: nothing to fetch, nothing to break offline.
 */
const markerIcon = divIcon({
  className: 'estate-map-marker',
  html: '<span class="estate-map-marker__pin"></span>',
  iconSize: [26, 26],
  iconAnchor: [13, 26],
  popupAnchor: [0, -24],
});
const placeIcon = divIcon({
  className: 'estate-map-marker estate-map-marker--place',
  html: '<span class="estate-map-marker__dot"></span>',
  iconSize: [22, 22],
  iconAnchor: [11, 11],
  popupAnchor: [0, -10],
});
const pinIcon = divIcon({
  className: 'estate-map-marker estate-map-marker--pin',
  html: '<span class="estate-map-marker__pin"></span>',
  iconSize: [30, 30],
  iconAnchor: [15, 30],
});

function ViewportFollower({ viewport, viewportKey }: { viewport: MapViewport; viewportKey: string | undefined }) {
  const map = useMap();
  const first = useRef(true);
  useEffect(() => {
    // The first viewport is the container's own; later keys move the map.
    if (first.current) {
      first.current = false;
      return;
    }
    map.setView([viewport.center.latitude, viewport.center.longitude], viewport.zoom);
    // The key says when to move; the viewport object may be rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, viewportKey]);
  return null;
}

function MarkerFramer({ markers }: { markers: readonly MapMarker[] }) {
  const map = useMap();
  const ids = markers.map((marker) => marker.id).join(',');
  useEffect(() => {
    if (markers.length === 0) return;
    const bounds = latLngBounds(markers.map((marker) => [marker.position.latitude, marker.position.longitude]));
    map.fitBounds(bounds, { padding: [32, 32], maxZoom: 15 });
    // Framed again only when the set of markers changes, not when their popups re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, ids]);
  return null;
}

function SizeWatcher() {
  const map = useMap();
  useEffect(() => {
    // A map laid out inside an opening modal or a tab measures itself again when its box changes.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}

function PinLayer({ pin }: { pin: MapPin }) {
  const onChange = pin.onChange;
  useMapEvents({
    click: (event: LeafletMouseEvent) => onChange(toMapPoint(event.latlng.lat, event.latlng.lng)),
  });
  const handlers = useMemo(
    () => ({
      dragend: (event: { target: LeafletMarker }) => {
        const position = event.target.getLatLng();
        onChange(toMapPoint(position.lat, position.lng));
      },
    }),
    [onChange],
  );
  if (!pin.position) return null;
  return (
    <Marker
      position={[pin.position.latitude, pin.position.longitude]}
      icon={pinIcon}
      title={pin.label}
      draggable
      autoPan
      eventHandlers={handlers}
    />
  );
}

function MarkerOf({ marker }: { marker: MapMarker }) {
  const onSelect = marker.onSelect;
  const handlers = useMemo(() => (onSelect ? { click: () => onSelect() } : {}), [onSelect]);
  return (
    <Marker
      position={[marker.position.latitude, marker.position.longitude]}
      icon={marker.variant === 'place' ? placeIcon : markerIcon}
      title={marker.label}
      alt={marker.label}
      eventHandlers={handlers}
    >
      {marker.popup ? <Popup>{marker.popup}</Popup> : null}
    </Marker>
  );
}

/** A Leaflet map with the tenant's tiles, markers with popups, and an optional pin to place. */
export function MapView({
  tiles,
  viewport,
  viewportKey,
  markers = [],
  fitMarkers,
  pin,
  height,
  label,
  testId,
}: MapViewProps) {
  const { t } = useTranslation();
  const [tilesFailed, setTilesFailed] = useState(false);
  const tileHandlers = useMemo(() => ({ tileerror: () => setTilesFailed(true) }), []);
  useEffect(() => setTilesFailed(false), [tiles?.urlTemplate]);
  const note = tiles === null ? t('map.noTiles') : tilesFailed ? t('map.tilesUnavailable') : null;

  return (
    <div className="estate-map" style={{ height }} data-testid={testId} role="region" aria-label={label}>
      <MapContainer
        center={[viewport.center.latitude, viewport.center.longitude]}
        zoom={viewport.zoom}
        style={{ height: '100%', width: '100%' }}
        className={pin ? 'estate-map__canvas estate-map__canvas--pin' : 'estate-map__canvas'}
        worldCopyJump
      >
        {tiles ? (
          <TileLayer
            key={tiles.urlTemplate}
            url={tiles.urlTemplate}
            attribution={attributionHtml(tiles)}
            subdomains="abc"
            maxZoom={19}
            eventHandlers={tileHandlers}
          />
        ) : null}
        {markers.map((marker) => (
          <MarkerOf key={marker.id} marker={marker} />
        ))}
        {pin ? <PinLayer pin={pin} /> : null}
        <ViewportFollower viewport={viewport} viewportKey={viewportKey} />
        {fitMarkers ? <MarkerFramer markers={markers} /> : null}
        <SizeWatcher />
      </MapContainer>
      {note ? (
        <Text className="estate-map__note" size="xs" c="dimmed" data-testid="map-note">
          {note}
        </Text>
      ) : null}
    </div>
  );
}
