import {
  mapSettingsOf,
  PLACES_PER_CLIENT,
  type ClientPlace,
  type ClientPlaceInput,
  type Contact,
} from '@estate/domain';
import { LazyMapView, type MapMarker } from '@estate/web-shared/map';
import { FRANCE_VIEWPORT, TOWN_ZOOM } from '@estate/web-shared/map-geometry';
import { PlaceForm } from '@estate/web-shared/place-form';
import { PlaceKindIcon } from '@estate/web-shared/place-kind-icon';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { useActiveSession } from '../../session';
import { useLiveTenant } from '../../tenancy';
import { addClientPlace, removeClientPlace, updateClientPlace } from '../data/client-places.repository';
import { clientPlacesKeys, clientPlacesOptions } from '../queries/client-places.queries';

type Editing = { kind: 'new' } | { kind: 'edit'; place: ClientPlace } | null;

const inputOf = ({ kind, name, address, latitude, longitude }: ClientPlace): ClientPlaceInput => ({
  kind,
  name,
  address,
  latitude,
  longitude,
});

/**
 * The client's points of interest in their file's "Client space" tab: those the client added and those
 * the agency adds for them (the client sees both, with times from each listing).
 */
export function ClientPlacesSection({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { user } = useActiveSession();
  const liveTenant = useLiveTenant();
  const tiles = mapSettingsOf(liveTenant?.map).tiles;
  const queryClient = useQueryClient();
  const places = useQuery(clientPlacesOptions(tenantId, contact.id));
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<ClientPlace | null>(null);
  const list = places.data ?? [];
  const refresh = () => queryClient.invalidateQueries({ queryKey: clientPlacesKeys.all(tenantId) });

  const save = useMutation({
    mutationFn: (input: ClientPlaceInput) =>
      editing?.kind === 'edit'
        ? updateClientPlace(tenantId, editing.place.id, input)
        : addClientPlace(tenantId, contact.id, user.uid, list, input),
    onSuccess: async () => {
      setEditing(null);
      notifications.show({ color: 'green', message: t('places.saved') });
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (place: ClientPlace) => removeClientPlace(tenantId, place.id),
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
    popup: <Text size="sm">{place.name}</Text>,
  }));
  const first = list[0];
  const home = first
    ? { center: { latitude: first.latitude, longitude: first.longitude }, zoom: TOWN_ZOOM }
    : FRANCE_VIEWPORT;
  const full = list.length >= PLACES_PER_CLIENT;

  return (
    <Paper withBorder radius="md" p="md" mt="lg" data-testid="client-places">
      <Stack gap="sm">
        <Group justify="space-between">
          <Stack gap={0}>
            <Title order={3} size="h4">
              {t('places.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('places.intro', { count: list.length, max: PLACES_PER_CLIENT })}
            </Text>
          </Stack>
          <Button
            leftSection={<IconPlus size={16} />}
            variant="light"
            onClick={() => {
              save.reset();
              setEditing({ kind: 'new' });
            }}
            disabled={full || places.isPending}
            data-testid="client-place-add"
          >
            {t('places.add')}
          </Button>
        </Group>
        {places.isPending ? (
          <Skeleton height={80} />
        ) : places.isError ? (
          <Alert color="red">{describeError(t, places.error)}</Alert>
        ) : list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('places.empty')}
          </Text>
        ) : (
          <>
            <LazyMapView
              tiles={tiles}
              viewport={home}
              markers={markers}
              fitMarkers
              height={240}
              label={t('places.mapLabel')}
              testId="client-places-map"
            />
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('places.name')}</Table.Th>
                  <Table.Th>{t('places.address')}</Table.Th>
                  <Table.Th>{t('places.addedBy')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((place) => (
                  <Table.Tr key={place.id} data-testid="client-place-row">
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <PlaceKindIcon kind={place.kind} />
                        <Text size="sm" fw={600}>
                          {place.name}
                        </Text>
                        <Badge variant="light" size="sm" tt="none">
                          {t(`placeForm.kinds.${place.kind}`)}
                        </Badge>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{place.address}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {place.addedBy.kind === 'client' ? t('places.byClient') : t('places.byAgency')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('places.edit', { name: place.name })}
                          onClick={() => {
                            save.reset();
                            setEditing({ kind: 'edit', place });
                          }}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('places.remove', { name: place.name })}
                          onClick={() => setRemoving(place)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.kind === 'edit' ? t('places.editTitle') : t('places.addTitle')}
        size="lg"
      >
        {editing ? (
          <PlaceForm
            key={editing.kind === 'edit' ? editing.place.id : 'new'}
            initial={editing.kind === 'edit' ? inputOf(editing.place) : null}
            tiles={tiles}
            home={home}
            submitting={save.isPending}
            error={save.isError ? describeError(t, save.error) : null}
            onSubmit={(input) => save.mutate(input)}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Modal>
      <ConfirmModal
        opened={removing !== null}
        title={t('places.removeTitle')}
        message={t('places.removeConfirm', { name: removing?.name ?? '' })}
        confirmLabel={t('places.removeYes')}
        danger
        loading={remove.isPending}
        onConfirm={() => {
          if (removing) remove.mutate(removing);
        }}
        onClose={() => setRemoving(null)}
      />
    </Paper>
  );
}
