import {
  clientPlaceInputSchema,
  PLACE_ADDRESS_MAX,
  PLACE_KINDS,
  PLACE_NAME_MAX,
  type ClientPlaceInput,
  type MapTiles,
  type PlaceKind,
} from '@estate/domain';
import { Alert, Autocomplete, Button, Group, Loader, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AddressLookupUnavailable, banAddressLookup, type AddressSuggestion } from '../geocoding/address-lookup';
import { LazyMapView } from '../map/lazy-map-view';
import { STREET_ZOOM, type MapPoint, type MapViewport } from '../map/map-geometry';
import { registerPlaceFormMessages } from './place-messages';

registerPlaceFormMessages();

const lookup = banAddressLookup();

export interface PlaceFormProps {
  initial: ClientPlaceInput | null;
  /** The agency's map tiles (null: a plain map). */
  tiles: MapTiles | null;
  /** Where the map opens without a point yet. */
  home: MapViewport;
  submitting: boolean;
  /** What went wrong saving, said by the app. */
  error?: string | null;
  onSubmit: (place: ClientPlaceInput) => void;
  onCancel: () => void;
}

type Lookup = { state: 'idle' | 'searching' | 'none' | 'unavailable'; suggestions: AddressSuggestion[] };

/** Finds addresses as the user types them (the national address service); its failure is a state, not an error. */
function useAddressSuggestions(text: string): Lookup {
  const [debounced] = useDebouncedValue(text.trim(), 300);
  const [lookupState, setLookupState] = useState<Lookup>({ state: 'idle', suggestions: [] });
  useEffect(() => {
    if (debounced.length < 3) {
      setLookupState({ state: 'idle', suggestions: [] });
      return;
    }
    const controller = new AbortController();
    setLookupState((previous) => ({ ...previous, state: 'searching' }));
    lookup.search(debounced, controller.signal).then(
      (suggestions) => setLookupState({ state: suggestions.length === 0 ? 'none' : 'idle', suggestions }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLookupState({
          state: error instanceof AddressLookupUnavailable ? 'unavailable' : 'none',
          suggestions: [],
        });
      },
    );
    return () => controller.abort();
  }, [debounced]);
  return lookupState;
}

/**
 * A point of interest: its kind, name and address. The address is searched in the national address
 * service, which also places the point; when the service cannot answer (offline, abroad) the user
 * types the address and places the point on the map.
 */
export function PlaceForm({ initial, tiles, home, submitting, error, onSubmit, onCancel }: PlaceFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PlaceKind>(initial?.kind ?? 'work');
  const [name, setName] = useState(initial?.name ?? '');
  const [address, setAddress] = useState(initial?.address ?? '');
  const [point, setPoint] = useState<MapPoint | null>(
    initial ? { latitude: initial.latitude, longitude: initial.longitude } : null,
  );
  const [moves, setMoves] = useState(0);
  const [problems, setProblems] = useState<Partial<Record<'name' | 'address' | 'point', string>>>({});
  const found = useAddressSuggestions(address);
  const placePin = useCallback((position: MapPoint) => setPoint(position), []);

  const pick = (label: string) => {
    const suggestion = found.suggestions.find((candidate) => candidate.label === label);
    if (!suggestion) return;
    setAddress(suggestion.label);
    setPoint({ latitude: suggestion.latitude, longitude: suggestion.longitude });
    setMoves((count) => count + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = clientPlaceInputSchema.safeParse({
      kind,
      name,
      address,
      latitude: point?.latitude,
      longitude: point?.longitude,
    });
    if (parsed.success) {
      setProblems({});
      onSubmit(parsed.data);
      return;
    }
    const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
    const textProblem = (value: string, max: number) =>
      value.trim() === '' ? t('placeForm.required') : value.trim().length > max ? t('placeForm.tooLong') : undefined;
    setProblems({
      ...(fields.has('name') ? { name: textProblem(name, PLACE_NAME_MAX) } : {}),
      ...(fields.has('address') ? { address: textProblem(address, PLACE_ADDRESS_MAX) } : {}),
      ...(fields.has('latitude') || fields.has('longitude') ? { point: t('placeForm.pointMissing') } : {}),
    });
  };

  const hint =
    found.state === 'unavailable'
      ? t('placeForm.addressUnavailable')
      : found.state === 'none'
        ? t('placeForm.addressNone')
        : undefined;
  const viewport: MapViewport = point ? { center: point, zoom: STREET_ZOOM } : home;

  return (
    <form onSubmit={submit} noValidate data-testid="place-form">
      <Stack gap="sm">
        <Select
          label={t('placeForm.kind')}
          data={PLACE_KINDS.map((value) => ({ value, label: t(`placeForm.kinds.${value}`) }))}
          value={kind}
          onChange={(value) => {
            if (value) setKind(value as PlaceKind);
          }}
          allowDeselect={false}
          data-testid="place-kind"
        />
        <TextInput
          label={t('placeForm.name')}
          placeholder={t('placeForm.namePlaceholder')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={problems.name}
          maxLength={PLACE_NAME_MAX + 20}
          required
          data-testid="place-name"
        />
        <Autocomplete
          label={t('placeForm.address')}
          placeholder={t('placeForm.addressPlaceholder')}
          leftSection={<IconSearch size={16} />}
          rightSection={found.state === 'searching' ? <Loader size={14} /> : null}
          data={found.suggestions.map((suggestion) => suggestion.label)}
          value={address}
          onChange={setAddress}
          onOptionSubmit={pick}
          filter={({ options }) => options}
          description={hint}
          error={problems.address}
          required
          data-testid="place-address"
        />
        <Text size="xs" c={problems.point ? 'red' : 'dimmed'} data-testid="place-map-hint">
          {problems.point ?? t('placeForm.mapHint')}
        </Text>
        <LazyMapView
          tiles={tiles}
          viewport={viewport}
          viewportKey={String(moves)}
          pin={{ position: point, label: t('placeForm.pinLabel'), onChange: placePin }}
          height={220}
          label={t('placeForm.mapLabel')}
          testId="place-map"
        />
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={submitting}>
            {t('placeForm.cancel')}
          </Button>
          <Button type="submit" loading={submitting} data-testid="place-save">
            {t('placeForm.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
