import {
  ORIGIN_LABEL_MAX,
  ORIGINS_MAX,
  originSchema,
  type ContactVisibility,
  type ContactsSettingsChange,
  type Origin,
} from '@estate/domain';
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Radio,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPencil, IconPlus, IconTags } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateContactsSettings } from '../../data/contacts-settings.repository';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { EmptyState } from '../../../../ui/empty-state';
import { fieldError } from '../../../../ui/field-error';
import { notifyError, notifySuccess } from '../../../../ui/notify';
import { contactsSettingsKeys, contactsSettingsOptions } from '../queries/contacts-settings.queries';

function useSaveContactsSettings() {
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ContactsSettingsChange) => updateContactsSettings(change),
    onSuccess: (saved) =>
      queryClient.setQueryData(contactsSettingsKeys.settings(tenantId), { ...saved, updatedAt: new Date() }),
    // A refused change (an origin renamed or removed meanwhile) shows the settings as they are now.
    onError: () => queryClient.invalidateQueries({ queryKey: contactsSettingsKeys.settings(tenantId) }),
  });
}

/** A label error in the user's language: the schema's, or a duplicate of another origin. */
function labelError(
  t: ReturnType<typeof useTranslation>['t'],
  label: string,
  others: Origin[],
  touched: boolean,
): string | undefined {
  if (!touched) return undefined;
  const parsed = originSchema.shape.label.safeParse(label);
  if (!parsed.success) return fieldError(t, parsed.error.issues[0]?.message);
  const folded = parsed.data.toLocaleLowerCase();
  return others.some((origin) => origin.label.toLocaleLowerCase() === folded)
    ? t('contactsSettings.duplicate')
    : undefined;
}

function VisibilityCard({ visibility }: { visibility: ContactVisibility }) {
  const { t } = useTranslation();
  const save = useSaveContactsSettings();
  const [chosen, setChosen] = useState<ContactVisibility>(visibility);

  useEffect(() => setChosen(visibility), [visibility]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save.mutateAsync({ kind: 'visibility', visibility: chosen });
      notifySuccess(t('contactsSettings.visibilitySaved'));
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  };

  return (
    <Card withBorder radius="lg" p="lg">
      <form onSubmit={(event) => void submit(event)} data-testid="contacts-visibility-form">
        <Title order={4}>{t('contactsSettings.visibilityTitle')}</Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('contactsSettings.visibilityText')}
        </Text>
        <Radio.Group value={chosen} onChange={(value) => setChosen(value as ContactVisibility)}>
          <Stack gap="sm">
            {(['shared', 'own'] as const).map((value) => (
              <Radio.Card key={value} value={value} radius="md" p="md" data-testid={`visibility-${value}`}>
                <Group wrap="nowrap" align="flex-start">
                  <Radio.Indicator />
                  <div>
                    <Text fw={600} size="sm">
                      {t(`contactsSettings.visibility.${value}`)}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t(`contactsSettings.visibility.${value}Text`)}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={save.isPending} disabled={chosen === visibility}>
            {t('contactsSettings.saveVisibility')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}

function RenameOriginModal({
  origin,
  origins,
  onClose,
}: {
  origin: Origin | null;
  origins: Origin[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveContactsSettings();
  const [label, setLabel] = useState('');
  const [touched, setTouched] = useState(false);

  useEffect(() => {
    setLabel(origin?.label ?? '');
    setTouched(false);
  }, [origin]);

  const others = origins.filter((other) => other.id !== origin?.id);
  const error = labelError(t, label, others, touched);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!origin || labelError(t, label, others, true)) return;
    try {
      const renamed = label.trim();
      await save.mutateAsync({ kind: 'rename-origin', originId: origin.id, label: renamed });
      notifySuccess(t('contactsSettings.renamed'));
      onClose();
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  };

  return (
    <Modal
      opened={origin !== null}
      onClose={onClose}
      title={origin ? t('contactsSettings.renameFor', { label: origin.label }) : ''}
      centered
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('contactsSettings.originLabel')}
            value={label}
            maxLength={ORIGIN_LABEL_MAX}
            onChange={(event) => setLabel(event.currentTarget.value)}
            onBlur={() => setTouched(true)}
            error={error}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function OriginsCard({ origins }: { origins: Origin[] }) {
  const { t } = useTranslation();
  const save = useSaveContactsSettings();
  const [label, setLabel] = useState('');
  const [touched, setTouched] = useState(false);
  const [renaming, setRenaming] = useState<Origin | null>(null);
  const full = origins.length >= ORIGINS_MAX;
  const error = full ? t('contactsSettings.tooMany', { max: ORIGINS_MAX }) : labelError(t, label, origins, touched);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (full || labelError(t, label, origins, true)) return;
    const added = label.trim();
    try {
      await save.mutateAsync({ kind: 'add-origin', label: added });
      notifySuccess(t('contactsSettings.added', { label: added }));
      setLabel('');
      setTouched(false);
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  };

  const toggle = async (origin: Origin) => {
    try {
      await save.mutateAsync({ kind: 'set-origin-active', originId: origin.id, active: !origin.active });
      notifySuccess(
        t(origin.active ? 'contactsSettings.deactivated' : 'contactsSettings.reactivated', { label: origin.label }),
      );
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  };

  return (
    <Card withBorder radius="lg" p="lg">
      <Title order={4}>{t('contactsSettings.originsTitle')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('contactsSettings.originsText')}
      </Text>
      <form onSubmit={(event) => void add(event)} noValidate data-testid="add-origin-form">
        <Group align="flex-start" gap="sm" mb="md">
          <TextInput
            flex={1}
            label={t('contactsSettings.newOrigin')}
            placeholder={t('contactsSettings.newOriginPlaceholder')}
            value={label}
            maxLength={ORIGIN_LABEL_MAX}
            onChange={(event) => setLabel(event.currentTarget.value)}
            error={error}
            disabled={full}
            data-testid="new-origin"
          />
          <Button type="submit" mt={25} leftSection={<IconPlus size={16} />} loading={save.isPending} disabled={full}>
            {t('contactsSettings.add')}
          </Button>
        </Group>
      </form>
      {origins.length === 0 ? (
        <EmptyState
          icon={<IconTags size={28} />}
          title={t('contactsSettings.emptyTitle')}
          description={t('contactsSettings.emptyText')}
        />
      ) : (
        <Table verticalSpacing="xs" data-testid="origins-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contactsSettings.originLabel')}</Table.Th>
              <Table.Th>{t('contactsSettings.status')}</Table.Th>
              <Table.Th aria-label={t('common.actions')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {origins.map((origin) => (
              <Table.Tr key={origin.id}>
                <Table.Td>
                  <Text size="sm" fw={500} c={origin.active ? undefined : 'dimmed'}>
                    {origin.label}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={origin.active ? 'green' : 'gray'} variant="light">
                    {origin.active ? t('contactsSettings.active') : t('contactsSettings.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('contactsSettings.renameFor', { label: origin.label })}
                      onClick={() => setRenaming(origin)}
                    >
                      <IconPencil size={18} />
                    </ActionIcon>
                    <Button size="xs" variant="default" onClick={() => void toggle(origin)} disabled={save.isPending}>
                      {origin.active ? t('contactsSettings.deactivate') : t('contactsSettings.reactivate')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <RenameOriginModal origin={renaming} origins={origins} onClose={() => setRenaming(null)} />
    </Card>
  );
}

/** Settings › Clients: who sees which client, and the agency's lead origins ("Origines"). */
export function ContactsSettingsPanel() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const settings = useQuery(contactsSettingsOptions(tenantId));

  if (settings.isPending) {
    return (
      <Card withBorder radius="lg" p="lg">
        <Stack gap="sm">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={36} />
          ))}
        </Stack>
      </Card>
    );
  }
  if (settings.isError) {
    return (
      <Card withBorder radius="lg" p="lg">
        <Text c="red">{describeError(t, settings.error)}</Text>
      </Card>
    );
  }
  return (
    <Stack gap="lg">
      <VisibilityCard visibility={settings.data.visibility} />
      <OriginsCard origins={settings.data.origins} />
    </Stack>
  );
}
