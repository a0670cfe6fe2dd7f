import {
  LOCALES,
  TEMPLATE_BODY_MAX,
  TEMPLATE_PLACEHOLDERS,
  tenantMailTemplateInputSchema,
  unknownPlaceholders,
  type TemplatePlaceholder,
  type TenantMailTemplate,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Button,
  Card,
  Group,
  Menu,
  Modal,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconBraces, IconMail, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { EmptyState } from '../../../ui/empty-state';
import { fieldError } from '../../../ui/field-error';
import { formatDateTime } from '../../../ui/format-date';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useDeleteMailTemplate, useSaveMailTemplate } from '../hooks/use-mail-templates';
import { mailTemplatesOptions } from '../queries/mail-templates.queries';
import { useActiveSession } from '../../session';

type TemplateFormInput = z.input<typeof tenantMailTemplateInputSchema>;
type TemplateFormOutput = z.output<typeof tenantMailTemplateInputSchema>;
type Editing = { template: TenantMailTemplate | null } | null;
type TextField = 'subject' | 'body';

const EMPTY: TemplateFormInput = { name: '', subject: '', body: '', locale: null };
const NO_LOCALE = 'none';

/** The schema's messages in the user's language; unknown placeholders are named. */
function templateFieldError(t: TFunction, message: string | undefined): string | undefined {
  const unknown = message ? /^unknown placeholders: (.*)$/.exec(message) : null;
  if (unknown) return t('informContacts.templates.unknownPlaceholders', { names: unknown[1] });
  return fieldError(t, message);
}

function TemplateFormModal({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user } = useActiveSession();
  const save = useSaveMailTemplate(tenant.tenantId, user.uid);
  const template = editing?.template ?? null;
  const form = useForm<TemplateFormInput, unknown, TemplateFormOutput>({
    resolver: zodResolver(tenantMailTemplateInputSchema),
    defaultValues: EMPTY,
    // Not on blur: the name's message appearing as the pointer leaves it for "Enregistrer" pushed the button
    // away before the click ended, and the first click saved nothing.
    mode: 'onSubmit',
  });
  const errors = form.formState.errors;
  const subjectRef = useRef<HTMLInputElement | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement | null>(null);
  const [lastField, setLastField] = useState<TextField>('body');
  const bodyId = useId();

  useEffect(() => {
    if (!editing) return;
    form.reset(
      template
        ? { name: template.name, subject: template.subject, body: template.body, locale: template.locale }
        : EMPTY,
    );
    setLastField('body');
  }, [editing, template, form]);

  /** Puts `{{name}}` where the caret was in the subject or the message, and keeps typing there. */
  const insert = (placeholder: TemplatePlaceholder) => {
    const element = lastField === 'subject' ? subjectRef.current : bodyRef.current;
    const current = form.getValues(lastField) ?? '';
    const token = `{{${placeholder}}}`;
    const start = element?.selectionStart ?? current.length;
    const end = element?.selectionEnd ?? current.length;
    form.setValue(lastField, `${current.slice(0, start)}${token}${current.slice(end)}`, {
      shouldValidate: true,
      shouldDirty: true,
    });
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const submit = form.handleSubmit(async (values) => {
    try {
      await save.mutateAsync({ templateId: template?.id ?? null, input: values });
      notifySuccess(template ? t('informContacts.templates.updated') : t('informContacts.templates.created'));
      onClose();
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  });

  const textError = (field: TextField) => {
    const message = errors[field]?.message;
    if (message) return templateFieldError(t, message);
    const unknown = unknownPlaceholders(form.watch(field) ?? '');
    return unknown.length > 0
      ? t('informContacts.templates.unknownPlaceholders', { names: unknown.map((name) => `{{${name}}}`).join(', ') })
      : undefined;
  };

  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      size="xl"
      title={
        <Text fw={700}>
          {template ? t('informContacts.templates.editTitle') : t('informContacts.templates.newTitle')}
        </Text>
      }
    >
      <form onSubmit={submit} noValidate data-testid="mail-template-form">
        <Stack gap="sm">
          <Group grow align="flex-start">
            <TextInput
              label={t('informContacts.templates.name')}
              data-autofocus
              {...form.register('name')}
              error={fieldError(t, errors.name?.message)}
              data-testid="mail-template-name"
            />
            <Controller
              control={form.control}
              name="locale"
              render={({ field }) => (
                <Select
                  label={t('informContacts.templates.locale')}
                  data={[
                    { value: NO_LOCALE, label: t('informContacts.templates.localeNone') },
                    ...LOCALES.map((locale) => ({ value: locale, label: t(`languages.${locale}`) })),
                  ]}
                  value={field.value ?? NO_LOCALE}
                  onChange={(value) =>
                    field.onChange(value && value !== NO_LOCALE ? (value as (typeof LOCALES)[number]) : null)
                  }
                  allowDeselect={false}
                />
              )}
            />
          </Group>
          <Controller
            control={form.control}
            name="subject"
            render={({ field }) => (
              <TextInput
                label={t('informContacts.templates.subject')}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                onFocus={() => setLastField('subject')}
                ref={(element) => {
                  field.ref(element);
                  subjectRef.current = element;
                }}
                error={textError('subject')}
                data-testid="mail-template-subject"
              />
            )}
          />
          <Group justify="space-between" align="flex-end">
            <Text component="label" htmlFor={bodyId} size="sm" fw={500}>
              {t('informContacts.templates.body')}
            </Text>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconBraces size={14} />}
                  data-testid="mail-template-insert"
                >
                  {t('informContacts.templates.insert')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {TEMPLATE_PLACEHOLDERS.map((placeholder) => (
                  <Menu.Item
                    key={placeholder}
                    onClick={() => insert(placeholder)}
                    rightSection={
                      <Text size="xs" c="dimmed" ff="monospace">
                        {`{{${placeholder}}}`}
                      </Text>
                    }
                  >
                    {t(`informContacts.templates.placeholders.${placeholder}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          </Group>
          <Controller
            control={form.control}
            name="body"
            render={({ field }) => (
              <Textarea
                id={bodyId}
                description={t('informContacts.templates.bodyHint')}
                autosize
                minRows={8}
                maxRows={20}
                maxLength={TEMPLATE_BODY_MAX}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                onFocus={() => setLastField('body')}
                ref={(element) => {
                  field.ref(element);
                  bodyRef.current = element;
                }}
                error={textError('body')}
                data-testid="mail-template-body"
              />
            )}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting} data-testid="mail-template-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Settings › Modèles d'e-mails: the templates collaborators pick when they inform a property's contacts. */
export function MailTemplatesPanel() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const templates = useQuery(mailTemplatesOptions(tenant.tenantId));
  const remove = useDeleteMailTemplate(tenant.tenantId);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<TenantMailTemplate | null>(null);

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove.mutateAsync(deleting.id);
      notifySuccess(t('informContacts.templates.deleted'));
      setDeleting(null);
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  };

  const newButton = (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setEditing({ template: null })}
      data-testid="mail-template-new"
    >
      {t('informContacts.templates.new')}
    </Button>
  );
  const list = templates.data ?? [];

  return (
    <Card withBorder radius="lg" p="lg">
      <Group justify="space-between" mb="md" align="flex-end">
        <div>
          <Title order={4}>{t('informContacts.templates.tab')}</Title>
          <Text size="sm" c="dimmed" maw={640}>
            {t('informContacts.templates.description')}
          </Text>
        </div>
        {list.length > 0 ? newButton : null}
      </Group>
      {templates.isPending ? (
        <Stack gap="sm">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={36} />
          ))}
        </Stack>
      ) : templates.isError ? (
        <Text c="red" role="alert">
          {describeError(t, templates.error)}
        </Text>
      ) : list.length === 0 ? (
        <EmptyState
          icon={<IconMail size={28} />}
          title={t('informContacts.templates.empty')}
          description={t('informContacts.templates.emptyDescription')}
          action={newButton}
        />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" data-testid="mail-templates-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('informContacts.templates.name')}</Table.Th>
                <Table.Th>{t('informContacts.templates.subject')}</Table.Th>
                <Table.Th>{t('informContacts.templates.locale')}</Table.Th>
                <Table.Th aria-label={t('common.actions')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((template) => (
                <Table.Tr key={template.id} data-testid="mail-template-row">
                  <Table.Td>
                    <Text fw={600}>{template.name}</Text>
                    <Text size="xs" c="dimmed">
                      {t('informContacts.templates.updatedAt', { date: formatDateTime(template.updatedAt) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {template.subject}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {template.locale ? t(`languages.${template.locale}`) : t('informContacts.templates.localeNone')}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t('common.edit')} ${template.name}`}
                        onClick={() => setEditing({ template })}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t('informContacts.templates.delete')} ${template.name}`}
                        onClick={() => setDeleting(template)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <TemplateFormModal editing={editing} onClose={() => setEditing(null)} />
      <ConfirmModal
        opened={deleting !== null}
        title={t('informContacts.templates.deleteTitle')}
        message={t('informContacts.templates.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('informContacts.templates.delete')}
        danger
        loading={remove.isPending}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </Card>
  );
}
