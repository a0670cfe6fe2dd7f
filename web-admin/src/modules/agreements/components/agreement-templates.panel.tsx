import {
  AGREEMENT_KINDS,
  AGREEMENT_PLACEHOLDERS,
  agreementTemplateInputSchema,
  DEFAULT_AGREEMENT_TEMPLATES,
  templateIssues,
  type AgreementKind,
  type AgreementTemplate,
  type AgreementTemplateInput,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  Grid,
  Group,
  ScrollArea,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { fieldError } from '../../../ui/field-error';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { resetTemplate, saveTemplate } from '../data/agreements.repository';
import { agreementKeys, templatesOptions } from '../queries/agreements.queries';

const braces = (name: string) => `{{${name}}}`;

/** What the editor shows of a template's placeholders: each unknown one named, and braces left open. */
function useTemplateProblems(body: string): string[] {
  const { t } = useTranslation();
  return templateIssues(body).map((issue) =>
    issue.kind === 'unknown'
      ? t('agreements.templates.unknownPlaceholder', {
          name: braces(issue.name),
          interpolation: { escapeValue: false },
        })
      : t('agreements.templates.unclosed'),
  );
}

function TemplateEditor({ kind, saved }: { kind: AgreementKind; saved: AgreementTemplate | null }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const [resetting, setResetting] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement | null>(null);
  const initial = saved ?? DEFAULT_AGREEMENT_TEMPLATES[kind];
  const form = useForm<AgreementTemplateInput>({
    resolver: zodResolver(agreementTemplateInputSchema),
    defaultValues: { title: initial.title, body: initial.body },
  });
  const errors = form.formState.errors;
  const body = form.watch('body');
  const title = form.watch('title');
  const problems = useTemplateProblems(`${title}\n${body}`);

  useEffect(() => {
    form.reset({ title: initial.title, body: initial.body });
  }, [initial.title, initial.body, form]);

  const invalidate = () => queryClient.invalidateQueries({ queryKey: agreementKeys.templates(tenant.tenantId) });
  const reset = useMutation({ mutationFn: () => resetTemplate(tenant.tenantId, kind), onSuccess: invalidate });

  const submit = form.handleSubmit(async (values) => {
    try {
      await saveTemplate(tenant.tenantId, kind, { title: values.title.trim(), body: values.body.trim() });
      await invalidate();
      notifySuccess(t('agreements.templates.saved'));
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  });

  const insert = (name: string) => {
    const area = bodyRef.current;
    const current = form.getValues('body');
    const start = area?.selectionStart ?? current.length;
    const end = area?.selectionEnd ?? current.length;
    const text = braces(name);
    form.setValue('body', current.slice(0, start) + text + current.slice(end), { shouldDirty: true });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + text.length, start + text.length);
    });
  };

  const confirmReset = async () => {
    try {
      await reset.mutateAsync();
      notifySuccess(t('agreements.templates.resetDone'));
      setResetting(false);
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  };

  const { ref: registerBodyRef, ...bodyField } = form.register('body');

  return (
    <form onSubmit={submit} noValidate>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm">
            <Group gap="xs">
              {saved ? (
                <Badge variant="light">{t('agreements.templates.own')}</Badge>
              ) : (
                <Badge variant="light" color="gray">
                  {t('agreements.templates.default')}
                </Badge>
              )}
            </Group>
            <TextInput
              label={t('agreements.templates.fields.title')}
              {...form.register('title')}
              error={errors.title && problems.length === 0 ? fieldError(t, errors.title.message) : undefined}
            />
            <Textarea
              label={t('agreements.templates.fields.body')}
              description={t('agreements.templates.bodyHint')}
              autosize
              minRows={16}
              maxRows={30}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
              ref={(element) => {
                registerBodyRef(element);
                bodyRef.current = element;
              }}
              {...bodyField}
              error={errors.body && problems.length === 0 ? fieldError(t, errors.body.message) : undefined}
            />
            {problems.length > 0 ? (
              <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('agreements.templates.problems')}>
                <Stack gap={2}>
                  {problems.map((problem) => (
                    <Text key={problem} size="sm">
                      {problem}
                    </Text>
                  ))}
                </Stack>
              </Alert>
            ) : null}
            <Group justify="flex-end">
              {saved ? (
                <Button variant="default" onClick={() => setResetting(true)}>
                  {t('agreements.templates.reset')}
                </Button>
              ) : null}
              <Button type="submit" loading={form.formState.isSubmitting} disabled={problems.length > 0}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Text fw={600} size="sm" mb={4}>
            {t('agreements.templates.placeholders')}
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            {t('agreements.templates.placeholdersHint')}
          </Text>
          <ScrollArea.Autosize mah={520}>
            <Stack gap={4}>
              {AGREEMENT_PLACEHOLDERS.map((name) => (
                <UnstyledButton
                  key={name}
                  onClick={() => insert(name)}
                  aria-label={t('agreements.templates.insert', {
                    name: braces(name),
                    interpolation: { escapeValue: false },
                  })}
                >
                  <Code>{braces(name)}</Code>
                  <Text size="xs" c="dimmed">
                    {t(`agreements.placeholders.${name}`)}
                  </Text>
                </UnstyledButton>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Grid.Col>
      </Grid>
      <ConfirmModal
        opened={resetting}
        title={t('agreements.templates.reset')}
        message={t('agreements.templates.resetConfirm')}
        confirmLabel={t('agreements.templates.reset')}
        danger
        loading={reset.isPending}
        onConfirm={() => void confirmReset()}
        onClose={() => setResetting(false)}
      />
    </form>
  );
}

/** Settings › Agreement templates: the text of a ДДУ, ДКП and ДУПТ, with the deal's placeholders. */
export function AgreementTemplatesPanel() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const templates = useQuery(templatesOptions(tenant.tenantId));
  const [kind, setKind] = useState<AgreementKind>('ddu');

  return (
    <Card withBorder radius="lg" p="lg">
      <Title order={4}>{t('agreements.templates.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('agreements.templates.description')}
      </Text>
      <SegmentedControl
        mb="md"
        value={kind}
        onChange={(value) => setKind(value as AgreementKind)}
        data={AGREEMENT_KINDS.map((value) => ({ value, label: t(`agreements.kinds.${value}`) }))}
        aria-label={t('agreements.templates.kind')}
      />
      {templates.isPending ? (
        <Stack gap="sm">
          <Skeleton height={36} />
          <Skeleton height={320} />
        </Stack>
      ) : templates.isError ? (
        <Text c="red">{describeError(t, templates.error)}</Text>
      ) : (
        <TemplateEditor key={kind} kind={kind} saved={templates.data[kind]} />
      )}
    </Card>
  );
}
