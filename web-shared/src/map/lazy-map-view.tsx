import { Skeleton, Text } from '@mantine/core';
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapViewProps } from './map-view';

export type { MapMarker, MapViewProps } from './map-view';

// Leaflet, react-leaflet and their CSS form a chunk of their own, downloaded when a map is first shown.
const MapView = lazy(() => import('./map-view').then((m) => ({ default: m.MapView })));

class MapFailure extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function MapUnavailable({ height }: { height: number }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed" h={height} ta="center" pt="xl" data-testid="map-unavailable">
      {t('map.unavailable')}
    </Text>
  );
}

/** The map, loaded on demand; a placeholder of its size meanwhile, a sentence if it cannot load. */
export function LazyMapView(props: MapViewProps) {
  return (
    <MapFailure fallback={<MapUnavailable height={props.height} />}>
      <Suspense fallback={<Skeleton height={props.height} radius="md" />}>
        <MapView {...props} />
      </Suspense>
    </MapFailure>
  );
}
