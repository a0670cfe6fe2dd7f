import type { Property } from '@estate/domain';
import { useTranslation } from 'react-i18next';
import { LazyMapView } from '@estate/web-shared/map';
import { STREET_ZOOM } from '@estate/web-shared/map-geometry';
import { useMapHome } from '../geocoding/map-home';

/** A small map of the property's position on its General tab. */
export function PropertyLocationMap({
  property,
}: {
  property: Property & { location: NonNullable<Property['location']> };
}) {
  const { t } = useTranslation();
  const { tiles } = useMapHome();
  const { location } = property;
  return (
    <LazyMapView
      tiles={tiles}
      viewport={{ center: location, zoom: STREET_ZOOM }}
      viewportKey={`${location.latitude},${location.longitude}`}
      markers={[{ id: property.id, position: location, label: `${property.reference} · ${property.title}` }]}
      height={220}
      label={t('properties.map.propertyLabel', { reference: property.reference })}
      testId="property-location-map"
    />
  );
}
