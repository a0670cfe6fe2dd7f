import {
  CUSTOM_HISTORY_TYPES_MAX,
  customHistoryType,
  DEAL_TYPES,
  DEFAULT_ACTION_PHASES,
  DEFAULT_PHASE_LABELS,
  describeIssues,
  HISTORY_TYPES,
  mappedPhase,
  PHASE_NAME_MAX,
  phasesOf,
  pickLocale,
  pipelineSettingsSchema,
  type DealType,
  type Phase,
  type PipelineSettings,
} from '@estate/domain';
import {
  Alert,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifySuccess } from '../../../ui/notify';
import { useSavePipelineSettings } from '../hooks/use-pipeline-mutations';
import { pipelineSettingsOptions } from '../queries/pipeline.queries';

const NONE = 'none';

/** `Visite d'estimation` → `visite-d-estimation`, made unique among the ids already taken. */
function customTypeId(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'type';
  let id = base;
  for (let index = 2; taken.includes(id); index += 1) id = `${base}-${index}`;
  return id;
}

function withoutKey<V>(record: Partial<Record<string, V>>, key: string): Partial<Record<string, V>> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key)) as Partial<Record<string, V>>;
}

/** Settings › Phases: rename phases, map each history type to a phase, add the agency's own types. */
export function PipelineSettingsPanel() {
  const { t, i18n } = useTranslation();
  const tenant = useTenant();
  const stored = useQuery(pipelineSettingsOptions(tenant.tenantId));
  const save = useSavePipelineSettings(tenant.tenantId);
  const [draft, setDraft] = useState<PipelineSettings | null>(null);
  const [dealType, setDealType] = useState<DealType>('sale');
  const [newType, setNewType] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const locale = pickLocale(i18n.language);

  useEffect(() => {
    if (stored.data) setDraft(stored.data);
  }, [stored.data]);

  if (stored.isError) return <Alert color="red">{describeError(t, stored.error)}</Alert>;
  if (!draft) {
    return (
      <Card withBorder radius="lg" p="lg">
        <Stack gap="sm">
          {[0, 1, 2, 3].map((row) => (
            <Skeleton key={row} height={36} />
          ))}
        </Stack>
      </Card>
    );
  }

  const names: Partial<Record<Phase, string>> = draft.phaseNames[dealType];
  const rename = (phase: Phase, value: string) =>
    setDraft({
      ...draft,
      phaseNames: {
        ...draft.phaseNames,
        [dealType]: value === '' ? withoutKey(names, phase) : { ...names, [phase]: value },
      },
    });

  const types = [
    ...HISTORY_TYPES.map((type) => ({ value: type as string, label: t(`historyTypes.${type}`) })),
    ...draft.customHistoryTypes.map((custom) => ({ value: customHistoryType(custom.id), label: custom.label })),
  ];
  const defaults: Partial<Record<string, Phase>> = DEFAULT_ACTION_PHASES[dealType];
  const mapping: Record<string, Phase | null> = draft.actionPhases[dealType];
  const mapType = (type: string, value: string | null) => {
    const phase = value === null || value === NONE ? null : (value as Phase);
    const own = withoutKey(mapping, type);
    // Only changes from the product's mapping are stored, so a later default reaches the agency.
    const next = (defaults[type] ?? null) === phase ? own : { ...own, [type]: phase };
    setDraft({ ...draft, actionPhases: { ...draft.actionPhases, [dealType]: next } });
  };
  const phaseOptions = [
    { value: NONE, label: t('properties.pipelineSettings.noPhase') },
    ...phasesOf(dealType).map((phase) => ({
      value: phase,
      label: names[phase] ?? DEFAULT_PHASE_LABELS[locale][phase],
    })),
  ];

  const addType = () => {
    const label = newType.trim();
    if (!label) return;
    const id = customTypeId(
      label,
      draft.customHistoryTypes.map((custom) => custom.id),
    );
    setDraft({ ...draft, customHistoryTypes: [...draft.customHistoryTypes, { id, label }] });
    setNewType('');
  };
  const renameType = (id: string, label: string) =>
    setDraft({
      ...draft,
      customHistoryTypes: draft.customHistoryTypes.map((custom) => (custom.id === id ? { ...custom, label } : custom)),
    });

  const submit = async () => {
    setFailure(null);
    const parsed = pipelineSettingsSchema.safeParse(draft);
    if (!parsed.success) {
      setFailure(t('properties.pipelineSettings.invalid', { reason: describeIssues(parsed.error) }));
      return;
    }
    try {
      await save.mutateAsync(parsed.data);
      notifySuccess(t('properties.pipelineSettings.saved'));
    } catch (caught) {
      setFailure(describeError(t, caught));
    }
  };

  return (
    <Stack gap="lg" data-testid="pipeline-settings">
      <SegmentedControl
        value={dealType}
        onChange={(value) => setDealType(value as DealType)}
        aria-label={t('properties.fields.dealType')}
        data={DEAL_TYPES.map((type) => ({ value: type, label: t(`properties.pipelineSettings.list.${type}`) }))}
        maw={360}
      />
      <Card withBorder radius="lg" p="lg">
        <Title order={4}>{t('properties.pipelineSettings.namesTitle')}</Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('properties.pipelineSettings.namesText')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {phasesOf(dealType).map((phase, index) => (
            <TextInput
              key={phase}
              label={`${index + 1}. ${DEFAULT_PHASE_LABELS[locale][phase]}`}
              placeholder={DEFAULT_PHASE_LABELS[locale][phase]}
              maxLength={PHASE_NAME_MAX}
              value={names[phase] ?? ''}
              onChange={(event) => rename(phase, event.currentTarget.value)}
              onBlur={(event) => rename(phase, event.currentTarget.value.trim())}
            />
          ))}
        </SimpleGrid>
      </Card>
      <Card withBorder radius="lg" p="lg">
        <Title order={4}>{t('properties.pipelineSettings.actionsTitle')}</Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('properties.pipelineSettings.actionsText')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {types.map((type) => (
            <Select
              key={type.value}
              label={type.label}
              data={phaseOptions}
              value={mappedPhase(draft, dealType, type.value) ?? NONE}
              onChange={(value) => mapType(type.value, value)}
              allowDeselect={false}
              searchable
            />
          ))}
        </SimpleGrid>
      </Card>
      <Card withBorder radius="lg" p="lg">
        <Title order={4}>{t('properties.pipelineSettings.typesTitle')}</Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('properties.pipelineSettings.typesText')}
        </Text>
        <Stack gap="sm">
          {draft.customHistoryTypes.map((custom) => (
            <TextInput
              key={custom.id}
              aria-label={t('properties.pipelineSettings.typeLabel')}
              maxLength={60}
              value={custom.label}
              onChange={(event) => renameType(custom.id, event.currentTarget.value)}
              error={custom.label.trim() === '' ? t('validation.required') : undefined}
            />
          ))}
          {draft.customHistoryTypes.length < CUSTOM_HISTORY_TYPES_MAX ? (
            <Group align="flex-end" gap="sm">
              <TextInput
                label={t('properties.pipelineSettings.newType')}
                placeholder={t('properties.pipelineSettings.newTypePlaceholder')}
                maxLength={60}
                value={newType}
                onChange={(event) => setNewType(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    addType();
                  }
                }}
                style={{ flex: 1 }}
              />
              <Button
                variant="default"
                leftSection={<IconPlus size={16} />}
                onClick={addType}
                disabled={!newType.trim()}
              >
                {t('properties.pipelineSettings.addType')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Card>
      {failure ? <Alert color="red">{failure}</Alert> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={() => stored.data && setDraft(stored.data)}>
          {t('common.reset')}
        </Button>
        <Button loading={save.isPending} onClick={() => void submit()}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
