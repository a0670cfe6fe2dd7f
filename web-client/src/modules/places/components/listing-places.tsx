import { estimateTravelTimes, TRAVEL_MODES, type ClientListing, type TravelMode } from '@estate/domain';
import { PlaceKindIcon } from '@estate/web-shared/place-kind-icon';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconBike, IconBus, IconWalk, type Icon } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { useClientSession } from '../../auth';
import { useClientPlaces } from '../hooks/use-client-places';
import { registerPlacesMessages } from '../i18n/places-messages';
import { travelTimesQuery } from '../queries/places.queries';
import { formatDistance, travelNote } from './travel-note';

registerPlacesMessages();

const MODE_ICONS: Record<TravelMode, Icon> = { walk: IconWalk, bicycle: IconBike, transit: IconBus };

/**
 * On a listing's page: each of the client's points with its distance and the time to reach it on
 * foot, by bicycle and by public transport. The estimate shows at once (and offline); the agency's
 * answer (routed when a routing service is configured) replaces it when it comes.
 */
export function ListingPlaces({ listing }: { listing: ClientListing }) {
  const { t, i18n } = useTranslation();
  const { tenantId } = useTenant();
  const { contactId } = useClientSession();
  const places = useClientPlaces();
  const origin = listing.property.location;
  const list = useMemo(() => places.data ?? [], [places.data]);
  const placeIds = list.map((place) => `${place.id}@${place.updatedAt.getTime()}`).join(',');
  const times = useQuery({
    ...travelTimesQuery(tenantId, contactId, listing.propertyId, placeIds),
    enabled: origin !== null && list.length > 0,
  });
  const estimate = useMemo(() => (origin ? estimateTravelTimes(origin, list) : null), [origin, list]);

  if (!origin || places.isPending || places.isError) return null;
  if (list.length === 0) {
    return (
      <Paper withBorder radius="lg" p="md" data-testid="listing-places">
        <Stack gap="xs">
          <Text fw={600}>{t('places.section')}</Text>
          <Text size="sm" c="dimmed">
            {t('places.sectionEmpty')}
          </Text>
          <Button component={Link} to="/places" variant="light" size="sm" w="fit-content">
            {t('places.add')}
          </Button>
        </Stack>
      </Paper>
    );
  }
  const result = times.data ?? estimate;
  if (!result) return null;
  const byPlace = new Map(result.places.map((travel) => [travel.placeId, travel]));
  const fallback = new Map(estimate?.places.map((travel) => [travel.placeId, travel]));
  const locale = i18n.resolvedLanguage ?? i18n.language;

  return (
    <Paper withBorder radius="lg" p="md" data-testid="listing-places">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{t('places.section')}</Text>
          <Button component={Link} to="/places" variant="subtle" size="compact-sm">
            {t('places.manage')}
          </Button>
        </Group>
        {list.map((place) => {
          const travel = byPlace.get(place.id) ?? fallback.get(place.id);
          if (!travel) return null;
          return (
            <Stack key={place.id} gap={4} data-testid={`place-times-${place.id}`}>
              <Group gap={6} wrap="nowrap">
                <PlaceKindIcon kind={place.kind} />
                <Text size="sm" fw={600} lineClamp={1}>
                  {place.name}
                </Text>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {t('places.straight', { distance: formatDistance(travel.distanceMeters, locale) })}
                </Text>
              </Group>
              <Group gap={6}>
                {TRAVEL_MODES.map((mode) => {
                  const ModeIcon = MODE_ICONS[mode];
                  return (
                    <Badge
                      key={mode}
                      variant="light"
                      radius="sm"
                      tt="none"
                      size="lg"
                      leftSection={<ModeIcon size={14} aria-hidden />}
                      aria-label={`${t(`places.modes.${mode}`)} ${t('places.minutes', { count: travel.minutes[mode] })}`}
                      data-testid={`time-${mode}`}
                    >
                      {t('places.minutes', { count: travel.minutes[mode] })}
                    </Badge>
                  );
                })}
              </Group>
            </Stack>
          );
        })}
        <Stack gap={2} data-testid="travel-note">
          {travelNote(result.sources, t, locale).map((line) => (
            <Text key={line} size="xs" c="dimmed">
              {line}
            </Text>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
