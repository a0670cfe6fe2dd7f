import { MAP_TILE_HOSTS, MAP_TILE_PRESETS, mapSettingsOf, type MapTilePreset, type Tenant } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../ui/auth-error';
import { fieldError } from '../../../ui/field-error';
import { LazyMapView } from '@estate/web-shared/map';
import { FRANCE_VIEWPORT } from '@estate/web-shared/map-geometry';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { saveMapSettings } from '../data/tenant.repository';
import {
  mapSettingsFormSchema,
  mapSettingsFromForm,
  mapSettingsToForm,
  presetOf,
  tileErrorKey,
  type MapSettingsFormInput,
  type MapSettingsFormOutput,
} from '../forms/map-settings.form';

const PRESETS = [...(Object.keys(MAP_TILE_PRESETS) as MapTilePreset[]), 'custom'] as const;

/** Settings › Map: which tiles the maps show (a preset, another template on an allowed host, or none). */
export function MapPanel({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const stored = mapSettingsOf(tenant.map);
  const form = useForm<MapSettingsFormInput, unknown, MapSettingsFormOutput>({
    resolver: zodResolver(mapSettingsFormSchema),
    defaultValues: mapSettingsToForm(stored),
  });
  const enabled = useWatch({ control: form.control, name: 'enabled' });
  const tiles = useWatch({ control: form.control, name: 'tiles' });
  const errors = form.formState.errors.tiles;
  const err = (message: string | undefined) => {
    const key = tileErrorKey(message);
    return key ? t(key) : fieldError(t, message);
  };

  useEffect(() => {
    // Follow changes saved elsewhere unless the user is editing.
    if (!form.formState.isDirty) form.reset(mapSettingsToForm(mapSettingsOf(tenant.map)));
  }, [tenant.map, form]);

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await saveMapSettings(mapSettingsFromForm(values));
      form.reset(mapSettingsToForm(saved));
      notifySuccess(t('settings.map.saved'));
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  });

  const choosePreset = (preset: string | null) => {
    if (!preset || preset === 'custom') return;
    const chosen = MAP_TILE_PRESETS[preset as MapTilePreset];
    form.setValue('tiles', { ...chosen }, { shouldDirty: true, shouldValidate: true });
  };
  const previewTiles =
    enabled && mapSettingsFormSchema.safeParse({ enabled, tiles }).success && tiles
      ? { urlTemplate: tiles.urlTemplate, attribution: tiles.attribution, attributionUrl: tiles.attributionUrl }
      : null;

  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('settings.map.intro')}
          </Text>
          <Controller
            control={form.control}
            name="enabled"
            render={({ field }) => (
              <Switch
                label={t('settings.map.enabled')}
                checked={field.value}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
              />
            )}
          />
          {enabled ? (
            <>
              <Select
                label={t('settings.map.preset')}
                data={PRESETS.map((preset) => ({ value: preset, label: t(`settings.map.presets.${preset}`) }))}
                value={presetOf(tiles?.urlTemplate ?? '')}
                onChange={choosePreset}
                allowDeselect={false}
                maw={360}
              />
              <TextInput
                label={t('settings.map.urlTemplate')}
                description={t('settings.map.urlTemplateHint', { hosts: MAP_TILE_HOSTS.join(', ') })}
                {...form.register('tiles.urlTemplate')}
                error={err(errors?.urlTemplate?.message)}
              />
              <Group grow align="flex-start">
                <TextInput
                  label={t('settings.map.attribution')}
                  description={t('settings.map.attributionHint')}
                  {...form.register('tiles.attribution')}
                  error={err(errors?.attribution?.message)}
                />
                <TextInput
                  label={t('settings.map.attributionUrl')}
                  placeholder="https://"
                  {...form.register('tiles.attributionUrl')}
                  error={err(errors?.attributionUrl?.message)}
                />
              </Group>
            </>
          ) : null}
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('settings.map.preview')}
            </Text>
            <LazyMapView
              tiles={previewTiles}
              viewport={FRANCE_VIEWPORT}
              height={240}
              label={t('settings.map.preview')}
              testId="map-settings-preview"
            />
          </Stack>
          <Group justify="flex-end">
            <Button type="submit" loading={form.formState.isSubmitting} disabled={!form.formState.isDirty}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
