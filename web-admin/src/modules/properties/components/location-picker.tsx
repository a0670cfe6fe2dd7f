import type { PropertyLocationInput } from '@estate/domain';
import { NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyMapView } from '@estate/web-shared/map';
import { isMapPoint, STREET_ZOOM, type MapPoint } from '@estate/web-shared/map-geometry';
import { useMapHome } from '../geocoding/map-home';

interface LocationPickerProps {
  location: PropertyLocationInput | null;
  onChange: (location: PropertyLocationInput) => void;
  /** The address search found nothing or could not be reached: the pin is the way left. */
  emphasised: boolean;
}

type Typed = number | string;

/**
 * The property's position as a pin: a click on the map drops it, dragging moves it, and the latitude
 * and longitude can be typed (the keyboard's way). Each sets the location with source `pin`.
 */
export function LocationPicker({ location, onChange, emphasised }: LocationPickerProps) {
  const { t } = useTranslation();
  const { tiles, home } = useMapHome();
  const [latitude, setLatitude] = useState<Typed>(location?.latitude ?? '');
  const [longitude, setLongitude] = useState<Typed>(location?.longitude ?? '');
  // Changing the key moves the map: to an address found, to coordinates typed, or home when the
  // position is removed; a pin dropped or dragged leaves the map where the user is looking.
  const [viewportKey, setViewportKey] = useState('initial');
  const located = location !== null;
  const fromAddress = location?.source === 'address' ? `${location.latitude},${location.longitude}` : null;
  const homeKey = `${home.center.latitude},${home.center.longitude}`;
  useEffect(() => {
    if (fromAddress) setViewportKey(`address:${fromAddress}`);
  }, [fromAddress]);
  useEffect(() => {
    if (!located) setViewportKey(`home:${homeKey}`);
  }, [located, homeKey]);
  const typedMoves = useRef(0);
  const followTyped = () => {
    typedMoves.current += 1;
    setViewportKey(`typed:${typedMoves.current}`);
  };

  useEffect(() => {
    // The pin, the address search or "remove the position" moved it: the fields follow.
    setLatitude(location?.latitude ?? '');
    setLongitude(location?.longitude ?? '');
  }, [location?.latitude, location?.longitude]);

  const place = useCallback(
    (point: MapPoint) => onChange({ latitude: point.latitude, longitude: point.longitude, source: 'pin' }),
    [onChange],
  );
  const typed = (nextLatitude: Typed, nextLongitude: Typed) => {
    setLatitude(nextLatitude);
    setLongitude(nextLongitude);
    if (isMapPoint(nextLatitude, nextLongitude))
      place({ latitude: nextLatitude as number, longitude: nextLongitude as number });
  };

  const viewport = location ? { center: location, zoom: STREET_ZOOM } : home;

  return (
    <Stack gap="xs" data-testid="property-pin">
      <Text size="sm" fw={emphasised ? 600 : 400} c={emphasised ? 'blue' : 'dimmed'}>
        {emphasised ? t('properties.address.pinInstead') : t('properties.address.pinHint')}
      </Text>
      <LazyMapView
        tiles={tiles}
        viewport={viewport}
        viewportKey={viewportKey}
        pin={{ position: location, label: t('properties.address.pin'), onChange: place }}
        height={emphasised ? 320 : 240}
        label={t('properties.address.pinMap')}
        testId="property-pin-map"
      />
      <SimpleGrid cols={2} spacing="sm">
        <NumberInput
          label={t('properties.address.latitude')}
          value={latitude}
          min={-90}
          max={90}
          decimalScale={6}
          step={0.0001}
          onChange={(value) => typed(value, longitude)}
          onBlur={followTyped}
        />
        <NumberInput
          label={t('properties.address.longitude')}
          value={longitude}
          min={-180}
          max={180}
          decimalScale={6}
          step={0.0001}
          onChange={(value) => typed(latitude, value)}
          onBlur={followTyped}
        />
      </SimpleGrid>
    </Stack>
  );
}
