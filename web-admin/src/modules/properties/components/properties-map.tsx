import type { Currency, Property } from '@estate/domain';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LazyMapView } from '@estate/web-shared/map';
import type { MapMarker } from '@estate/web-shared/map';
import { useMapHome } from '../geocoding/map-home';
import { formatPrice } from './property-format';

interface PropertiesMapProps {
  /** The properties the list has read (its pages so far): the map reads nothing more. */
  properties: readonly Property[];
  currency: Currency | undefined;
}

/** The list's map view: each property with a position is a marker whose popup links to it. */
export function PropertiesMap({ properties, currency }: PropertiesMapProps) {
  const { t } = useTranslation();
  const { tiles, home } = useMapHome();
  const markers: MapMarker[] = properties.flatMap((property) =>
    property.location
      ? [
          {
            id: property.id,
            position: property.location,
            label: `${property.reference} · ${property.title}`,
            popup: (
              <Stack gap={2} data-testid="property-map-popup">
                <Text fw={700} size="sm">
                  {property.reference}
                </Text>
                <Text size="sm">{property.title}</Text>
                <Text size="sm">{formatPrice(property.price, currency)}</Text>
                <Anchor component={Link} to={`/properties/${property.id}`} size="sm">
                  {t('properties.map.open')}
                </Anchor>
              </Stack>
            ),
          },
        ]
      : [],
  );
  const unplaced = properties.length - markers.length;
  return (
    <Stack gap="xs" p="md">
      <LazyMapView
        tiles={tiles}
        viewport={home}
        viewportKey={markers.length === 0 ? `home:${home.center.latitude},${home.center.longitude}` : 'markers'}
        markers={markers}
        fitMarkers
        height={520}
        label={t('properties.map.label')}
        testId="properties-map"
      />
      {unplaced > 0 ? (
        <Text size="xs" c="dimmed">
          {t('properties.map.unplaced', { count: unplaced })}
        </Text>
      ) : null}
    </Stack>
  );
}
