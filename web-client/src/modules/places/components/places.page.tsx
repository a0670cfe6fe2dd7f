import {
  DEFAULT_MAP_SETTINGS,
  mapSettingsOf,
  PLACES_PER_CLIENT,
  type ClientPlace,
  type ClientPlaceInput,
} from '@estate/domain';
import { LazyMapView, type MapMarker } from '@estate/web-shared/map';
import { FRANCE_VIEWPORT, TOWN_ZOOM } from '@estate/web-shared/map-geometry';
import { PlaceForm } from '@estate/web-shared/place-form';
import { PlaceKindIcon } from '@estate/web-shared/place-kind-icon';
import { ActionIcon, Alert, Badge, Button, Group, Modal, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { useClientSession } from '../../auth';
import { tenantQuery } from '../../../lib/firebase/client-space.queries';
import { addPlace, removePlace, updatePlace } from '../data/places.repository';
import { useClientPlaces } from '../hooks/use-client-places';
import { registerPlacesMessages } from '../i18n/places-messages';
import { placesKeys } from '../queries/places.queries';

registerPlacesMessages();

type Editing = { kind: 'new' } | { kind: 'edit'; place: ClientPlace } | null;

const inputOf = ({ kind, name, address, latitude, longitude }: ClientPlace): ClientPlaceInput => ({
  kind,
  name,
  address,
  latitude,
  longitude,
});

/** `/places`: the client's points of interest, on a map and in a list, added, edited and removed here. */
export function PlacesPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { contactId, user } = useClientSession();
  const queryClient = useQueryClient();
  const places = useClientPlaces();
  const tenant = useQuery(tenantQuery(tenantId));
  const tiles = tenant.data ? mapSettingsOf(tenant.data.map).tiles : DEFAULT_MAP_SETTINGS.tiles;
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<ClientPlace | null>(null);
  const list = places.data ?? [];
  const refresh = () => queryClient.invalidateQueries({ queryKey: placesKeys.all(tenantId, contactId) });

  const save = useMutation({
    mutationFn: (input: ClientPlaceInput) =>
      editing?.kind === 'edit'
        ? updatePlace(tenantId, editing.place.id, input)
        : addPlace(tenantId, contactId, user.uid, list, input),
    onSuccess: async () => {
      setEditing(null);
      notifications.show({ color: 'green', message: t('places.saved') });
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (place: ClientPlace) => removePlace(tenantId, place.id),
    onSuccess: async () => {
      setRemoving(null);
      notifications.show({ message: t('places.removed') });
      await refresh();
    },
  });

  const markers: MapMarker[] = list.map((place) => ({
    id: place.id,
    position: { latitude: place.latitude, longitude: place.longitude },
    label: place.name,
    variant: 'place',
    popup: (
      <Text size="sm" fw={600}>
        {place.name}
      </Text>
    ),
  }));
  const first = list[0];
  const home = first
    ? { center: { latitude: first.latitude, longitude: first.longitude }, zoom: TOWN_ZOOM }
    : FRANCE_VIEWPORT;
  const full = list.length >= PLACES_PER_CLIENT;

  return (
    <Stack maw={720} mx="auto" gap="md" pb="xl" data-testid="places-page">
      <Title order={1} size="h2">
        {t('places.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('places.intro')}
      </Text>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="places-count">
          {t('places.count', { count: list.length, max: PLACES_PER_CLIENT })}
        </Text>
        <Button
          leftSection={<IconPlus size={18} />}
          onClick={() => {
            save.reset();
            setEditing({ kind: 'new' });
          }}
          disabled={full || places.isPending}
          data-testid="place-add"
        >
          {t('places.add')}
        </Button>
      </Group>
      {full ? <Alert color="yellow">{t('places.full', { max: PLACES_PER_CLIENT })}</Alert> : null}
      {places.isPending ? (
        <Skeleton height={160} radius="lg" />
      ) : places.isError ? (
        <Alert color="red" role="alert">
          {t('places.loadFailed')}
        </Alert>
      ) : list.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg">
          {t('places.empty')}
        </Text>
      ) : (
        <>
          <LazyMapView
            tiles={tiles}
            viewport={home}
            markers={markers}
            fitMarkers
            height={260}
            label={t('places.mapLabel')}
            testId="places-map"
          />
          <Stack gap="xs">
            {list.map((place) => (
              <Paper key={place.id} withBorder radius="lg" p="sm" data-testid="place-item">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Group gap={6} wrap="nowrap">
                      <PlaceKindIcon kind={place.kind} />
                      <Text fw={600} lineClamp={1}>
                        {place.name}
                      </Text>
                      <Badge variant="light" size="sm" tt="none">
                        {t(`placeForm.kinds.${place.kind}`)}
                      </Badge>
                    </Group>
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {place.address}
                    </Text>
                    {place.addedBy.kind === 'agent' ? (
                      <Text size="xs" c="dimmed">
                        {t('places.addedByAgent')}
                      </Text>
                    ) : null}
                  </Stack>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      size="lg"
                      aria-label={t('places.edit', { name: place.name })}
                      onClick={() => {
                        save.reset();
                        setEditing({ kind: 'edit', place });
                      }}
                    >
                      <IconPencil size={18} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      aria-label={t('places.remove', { name: place.name })}
                      onClick={() => setRemoving(place)}
                    >
                      <IconTrash size={18} />
                    </ActionIcon>
                  </Group>
                </Group>
              </Paper>
            ))}
          </Stack>
        </>
      )}

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.kind === 'edit' ? t('places.editTitle') : t('places.addTitle')}
        fullScreen
      >
        {editing ? (
          <PlaceForm
            key={editing.kind === 'edit' ? editing.place.id : 'new'}
            initial={editing.kind === 'edit' ? inputOf(editing.place) : null}
            tiles={tiles}
            home={home}
            submitting={save.isPending}
            error={save.isError ? t('places.saveFailed') : null}
            onSubmit={(input) => save.mutate(input)}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Modal>

      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t('places.removeYes')} centered>
        <Stack gap="lg">
          <Text size="sm">{t('places.removeConfirm', { name: removing?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('placeForm.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => {
                if (removing) remove.mutate(removing);
              }}
              data-testid="place-remove-confirm"
            >
              {t('places.removeYes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
