import {
  AUTO_REPLY_BODY_MAX,
  AUTO_REPLY_SUBJECT_MAX,
  AUTO_RESPONDER_PHASES,
  AUTO_RESPONDER_PLACEHOLDERS,
  autoResponderInputSchema,
  examplePortalLead,
  LOCALES,
  type AutoResponderInput,
  type AutoResponderSettings,
  type Locale,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Select,
  Skeleton,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconEye, IconEyeOff, IconInbox, IconKey, IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { leadsEndpoint, rotateLeadsSecret, saveAutoResponder } from '../data/portal-leads.repository';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { EmptyState } from '../../../ui/empty-state';
import { fieldError } from '../../../ui/field-error';
import { formatDateTime } from '../../../ui/format-date';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { usePhaseLabels } from '../../pipeline';
import {
  autoResponderOptions,
  leadsSecretOptions,
  portalLeadsKeys,
  recentLeadsOptions,
} from '../queries/portal-leads.queries';

type T = ReturnType<typeof useTranslation>['t'];
type AutoResponderFormValues = z.input<typeof autoResponderInputSchema>;

function LoadingCard() {
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

function CopyIcon({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('portalLeads.copied') : label} withArrow>
          <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={label}>
            {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

/**
 * The endpoint, the secret and an example portals can follow. Only the secret's hash is stored: a new
 * secret is shown (hidden until revealed, copyable) in this screen only, right after it is made; after
 * that the panel shows its last characters and date, and renewing it is the way to get one again.
 */
function ConnectionCard() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  const secret = useQuery(leadsSecretOptions(tenantId));
  const [fresh, setFresh] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const endpoint = leadsEndpoint(tenantId);
  const rotate = useMutation({
    mutationFn: rotateLeadsSecret,
    onSuccess: async (result) => {
      setFresh(result.secret);
      await queryClient.invalidateQueries({ queryKey: portalLeadsKeys.secret(tenantId) });
    },
  });

  const run = async () => {
    try {
      await rotate.mutateAsync();
      setRevealed(true);
      setConfirming(false);
      notifySuccess(t('portalLeads.secret.rotated'));
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  };

  const example = JSON.stringify(examplePortalLead('V-00001'), null, 2);
  const curl = [
    `curl -X POST '${endpoint}' \\`,
    `  -H 'Authorization: Bearer ${revealed && fresh ? fresh : '<secret>'}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  --data @lead.json`,
  ].join('\n');
  const renewButton = (
    <Button
      variant="default"
      leftSection={<IconRefresh size={16} />}
      onClick={() => setConfirming(true)}
      data-testid="rotate-secret"
    >
      {t('portalLeads.secret.rotate')}
    </Button>
  );

  return (
    <Card withBorder radius="lg" p="lg">
      <Title order={4}>{t('portalLeads.connection.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('portalLeads.connection.text')}
      </Text>
      <Stack gap="md">
        <TextInput
          label={t('portalLeads.connection.endpoint')}
          value={endpoint}
          readOnly
          data-testid="leads-endpoint"
          rightSection={<CopyIcon value={endpoint} label={t('portalLeads.connection.copyEndpoint')} />}
        />
        {fresh ? (
          <Group align="flex-end" gap="sm">
            <TextInput
              flex={1}
              label={t('portalLeads.secret.label')}
              description={`${t('portalLeads.secret.help')} ${t('portalLeads.secret.once')}`}
              value={revealed ? fresh : '•'.repeat(24)}
              readOnly
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              data-testid="leads-secret"
              rightSectionWidth={72}
              rightSection={
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    onClick={() => setRevealed((shown) => !shown)}
                    aria-label={revealed ? t('portalLeads.secret.hide') : t('portalLeads.secret.reveal')}
                    aria-pressed={revealed}
                  >
                    {revealed ? <IconEyeOff size={18} /> : <IconEye size={18} />}
                  </ActionIcon>
                  <CopyIcon value={fresh} label={t('portalLeads.secret.copy')} />
                </Group>
              }
            />
            {renewButton}
          </Group>
        ) : secret.isPending ? (
          <Skeleton height={58} />
        ) : secret.isError ? (
          <Text c="red" size="sm">
            {describeError(t, secret.error)}
          </Text>
        ) : secret.data ? (
          <Stack gap="xs">
            <Group align="flex-end" gap="sm">
              <TextInput
                flex={1}
                label={t('portalLeads.secret.label')}
                description={t('portalLeads.secret.stored', { date: formatDateTime(secret.data.rotatedAt) })}
                value={`${'•'.repeat(20)}${secret.data.hint}`}
                readOnly
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                data-testid="leads-secret-status"
              />
              {renewButton}
            </Group>
            {secret.data.storedInClear ? (
              <Text size="xs" c="dimmed">
                {t('portalLeads.secret.inClear')}
              </Text>
            ) : null}
          </Stack>
        ) : (
          <Alert color="blue" variant="light" icon={<IconKey size={18} />} title={t('portalLeads.secret.noneTitle')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('portalLeads.secret.noneText')}</Text>
              <Button size="xs" onClick={() => void run()} loading={rotate.isPending} data-testid="create-secret">
                {t('portalLeads.secret.create')}
              </Button>
            </Stack>
          </Alert>
        )}
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('portalLeads.connection.example')}
          </Text>
          <Text size="xs" c="dimmed" mb={6}>
            {t('portalLeads.connection.exampleText')}
          </Text>
          <Code block data-testid="leads-example">
            {example}
          </Code>
          <Code block mt="xs">
            {curl}
          </Code>
          <Text size="xs" c="dimmed" mt={6}>
            {t('portalLeads.connection.answers')}
          </Text>
        </div>
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('portalLeads.secret.confirmTitle')}
        message={t('portalLeads.secret.confirmText')}
        confirmLabel={t('portalLeads.secret.rotate')}
        danger
        loading={rotate.isPending}
        onConfirm={() => void run()}
        onClose={() => setConfirming(false)}
      />
    </Card>
  );
}

function templateError(t: T, error: FieldError | undefined): string | undefined {
  const message = error?.message;
  if (!message) return undefined;
  const unknown = /^unknown placeholders: (.*)$/.exec(message);
  if (unknown) return t('portalLeads.autoResponder.unknownPlaceholders', { names: unknown[1] });
  return fieldError(t, message);
}

function toInput(settings: AutoResponderSettings): AutoResponderInput {
  return { enabled: settings.enabled, phase: settings.phase, templates: settings.templates };
}

function AutoResponderCard({ settings }: { settings: AutoResponderSettings }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  const phases = usePhaseLabels();
  const [language, setLanguage] = useState<Locale>('fr');
  const form = useForm<AutoResponderFormValues, unknown, AutoResponderInput>({
    resolver: zodResolver(autoResponderInputSchema),
    defaultValues: toInput(settings),
  });
  const errors = form.formState.errors;

  useEffect(() => form.reset(toInput(settings)), [settings, form]);

  const save = useMutation({
    mutationFn: (input: AutoResponderInput) => saveAutoResponder(tenantId, input),
    onSuccess: (saved) => queryClient.setQueryData(portalLeadsKeys.autoResponder(tenantId), saved),
  });

  const submit = form.handleSubmit(
    async (values) => {
      try {
        await save.mutateAsync(values);
        notifySuccess(t('portalLeads.autoResponder.saved'));
      } catch (caught) {
        notifyError(describeError(t, caught));
      }
    },
    (invalid) => {
      const first = LOCALES.find((locale) => invalid.templates?.[locale]);
      if (first) setLanguage(first);
    },
  );

  const phaseOptions = AUTO_RESPONDER_PHASES.map((phase) => {
    const sale = phases.label('sale', phase);
    const rental = phases.label('rental', phase);
    return { value: phase, label: sale === rental ? sale : `${sale} / ${rental}` };
  });
  const noLanguage = errors.templates?.message === 'write the reply in at least one language';

  return (
    <Card withBorder radius="lg" p="lg">
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="auto-responder-form">
        <Title order={4}>{t('portalLeads.autoResponder.title')}</Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('portalLeads.autoResponder.text')}
        </Text>
        <Stack gap="md">
          <Controller
            control={form.control}
            name="enabled"
            render={({ field }) => (
              <Switch
                checked={field.value}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
                label={t('portalLeads.autoResponder.enabled')}
                description={t('portalLeads.autoResponder.enabledText')}
                data-testid="auto-responder-enabled"
              />
            )}
          />
          <Controller
            control={form.control}
            name="phase"
            render={({ field }) => (
              <Select
                label={t('portalLeads.autoResponder.phase')}
                description={t('portalLeads.autoResponder.phaseText')}
                data={phaseOptions}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                allowDeselect={false}
                maw={420}
                error={fieldError(t, errors.phase?.message)}
                data-testid="auto-responder-phase"
              />
            )}
          />
          <div>
            <Text size="sm" fw={500}>
              {t('portalLeads.autoResponder.templates')}
            </Text>
            <Text size="xs" c="dimmed" mb="xs">
              {t('portalLeads.autoResponder.templatesText')}
            </Text>
            <Group gap={6} mb="sm" aria-label={t('portalLeads.autoResponder.placeholders')}>
              {AUTO_RESPONDER_PLACEHOLDERS.map((name) => (
                <Tooltip key={name} label={t(`portalLeads.placeholders.${name}`)} withArrow>
                  <Code>{`{{${name}}}`}</Code>
                </Tooltip>
              ))}
            </Group>
            <Tabs value={language} onChange={(value) => value && setLanguage(value as Locale)}>
              <Tabs.List>
                {LOCALES.map((locale) => (
                  <Tabs.Tab
                    key={locale}
                    value={locale}
                    c={errors.templates?.[locale] ? 'red' : undefined}
                    data-testid={`auto-responder-tab-${locale}`}
                  >
                    {t(`portalLeads.languages.${locale}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {LOCALES.map((locale) => (
                <Tabs.Panel key={locale} value={locale} pt="sm">
                  <Stack gap="sm">
                    <TextInput
                      label={t('portalLeads.autoResponder.subject')}
                      maxLength={AUTO_REPLY_SUBJECT_MAX}
                      {...form.register(`templates.${locale}.subject`)}
                      error={templateError(t, errors.templates?.[locale]?.subject)}
                      data-testid={`auto-responder-subject-${locale}`}
                    />
                    <Textarea
                      label={t('portalLeads.autoResponder.body')}
                      autosize
                      minRows={6}
                      maxRows={16}
                      maxLength={AUTO_REPLY_BODY_MAX}
                      {...form.register(`templates.${locale}.body`)}
                      error={templateError(t, errors.templates?.[locale]?.body)}
                      data-testid={`auto-responder-body-${locale}`}
                    />
                  </Stack>
                </Tabs.Panel>
              ))}
            </Tabs>
            {noLanguage ? (
              <Text c="red" size="sm" mt="xs" role="alert">
                {t('portalLeads.autoResponder.noLanguage')}
              </Text>
            ) : null}
          </div>
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!form.formState.isDirty}
              data-testid="auto-responder-save"
            >
              {t('portalLeads.autoResponder.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function RecentLeadsCard() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const leads = useQuery(recentLeadsOptions(tenantId));

  return (
    <Card withBorder radius="lg" p="lg">
      <Group justify="space-between" mb="md">
        <div>
          <Title order={4}>{t('portalLeads.recent.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('portalLeads.recent.text')}
          </Text>
        </div>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRefresh size={14} />}
          onClick={() => void leads.refetch()}
          loading={leads.isFetching}
        >
          {t('portalLeads.recent.refresh')}
        </Button>
      </Group>
      {leads.isPending ? (
        <Stack gap="sm">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={28} />
          ))}
        </Stack>
      ) : leads.isError ? (
        <Text c="red" size="sm">
          {describeError(t, leads.error)}
        </Text>
      ) : leads.data.length === 0 ? (
        <EmptyState
          icon={<IconInbox size={28} />}
          title={t('portalLeads.recent.emptyTitle')}
          description={t('portalLeads.recent.emptyText')}
        />
      ) : (
        <Table verticalSpacing="xs" data-testid="recent-leads">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('portalLeads.recent.portal')}</Table.Th>
              <Table.Th>{t('portalLeads.recent.receivedAt')}</Table.Th>
              <Table.Th>{t('portalLeads.recent.contact')}</Table.Th>
              <Table.Th>{t('portalLeads.recent.listing')}</Table.Th>
              <Table.Th>{t('portalLeads.recent.duplicates')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {leads.data.map((lead) => (
              <Table.Tr key={lead.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {lead.portal}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(lead.receivedAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {lead.contactName === null ? (
                      <Text size="sm" c="dimmed">
                        {t('portalLeads.recent.erased')}
                      </Text>
                    ) : (
                      <Anchor component={Link} to={`/clients/${lead.contactId}`} size="sm" fw={600}>
                        {lead.contactName}
                      </Anchor>
                    )}
                    {lead.contactCreated ? (
                      <Badge size="xs" variant="light" color="green">
                        {t('portalLeads.recent.new')}
                      </Badge>
                    ) : null}
                    {lead.autoReplyMailId ? (
                      <Badge size="xs" variant="light" color="blue">
                        {t('portalLeads.recent.replied')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={lead.propertyId ? undefined : 'dimmed'}>
                    {lead.listingReference ?? t('portalLeads.recent.noListing')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={lead.duplicates > 0 ? undefined : 'dimmed'}>
                    {lead.duplicates}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

/** Settings › Demandes portails: connecting listing portals, the auto-responder, the latest leads. */
export function PortalLeadsPanel() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const settings = useQuery(autoResponderOptions(tenantId));

  return (
    <Stack gap="lg">
      <ConnectionCard />
      {settings.isPending ? (
        <LoadingCard />
      ) : settings.isError ? (
        <Card withBorder radius="lg" p="lg">
          <Text c="red">{describeError(t, settings.error)}</Text>
        </Card>
      ) : (
        <AutoResponderCard settings={settings.data} />
      )}
      <RecentLeadsCard />
    </Stack>
  );
}
