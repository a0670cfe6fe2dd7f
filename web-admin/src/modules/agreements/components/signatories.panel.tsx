import {
  developerSignatoryInputSchema,
  toCalendarDate,
  type DeveloperSignatory,
  type DeveloperSignatoryInput,
  type ValidDeveloperSignatoryInput,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Button,
  Card,
  Group,
  Modal,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPencil, IconPlus, IconSignature, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { EmptyState } from '../../../ui/empty-state';
import { fieldError } from '../../../ui/field-error';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { deleteSignatory, saveSignatory, SIGNATORIES_LIMIT } from '../data/agreements.repository';
import { agreementKeys, signatoriesOptions } from '../queries/agreements.queries';
import { formatDay } from './format-day';
import { PowerStateBadge } from './power-state.badge';

type Editing = { signatory: DeveloperSignatory | null } | null;

const EMPTY: DeveloperSignatoryInput = {
  name: '',
  position: '',
  power: { number: '', issuedOn: '', validUntil: '', scope: '' },
};

function formValues(signatory: DeveloperSignatory | null): DeveloperSignatoryInput {
  if (!signatory) return EMPTY;
  return {
    name: signatory.name,
    position: signatory.position,
    power: {
      number: signatory.power.number,
      issuedOn: toCalendarDate(signatory.power.issuedOn),
      validUntil: toCalendarDate(signatory.power.validUntil),
      scope: signatory.power.scope,
    },
  };
}

function SignatoryFormModal({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const signatory = editing?.signatory ?? null;
  const form = useForm<DeveloperSignatoryInput, unknown, ValidDeveloperSignatoryInput>({
    resolver: zodResolver(developerSignatoryInputSchema),
    defaultValues: EMPTY,
  });
  const errors = form.formState.errors;

  useEffect(() => {
    if (editing) form.reset(formValues(signatory));
  }, [editing, signatory, form]);

  const dateError = (message: string | undefined) =>
    message === undefined
      ? undefined
      : message === 'ends before it is issued'
        ? t('agreements.power.endsBeforeIssue')
        : message === 'required'
          ? t('validation.required')
          : t('agreements.power.dateInvalid');

  const submit = form.handleSubmit(async (values) => {
    try {
      await saveSignatory(tenant.tenantId, signatory?.id ?? null, values);
      await queryClient.invalidateQueries({ queryKey: agreementKeys.signatories(tenant.tenantId) });
      notifySuccess(signatory ? t('agreements.signatories.updated') : t('agreements.signatories.created'));
      onClose();
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  });

  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      size="lg"
      title={signatory ? t('agreements.signatories.editTitle') : t('agreements.signatories.newTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('agreements.signatories.fields.name')}
            data-autofocus
            {...form.register('name')}
            error={fieldError(t, errors.name?.message)}
          />
          <TextInput
            label={t('agreements.signatories.fields.position')}
            description={t('agreements.signatories.positionHint')}
            {...form.register('position')}
            error={fieldError(t, errors.position?.message)}
          />
          <Title order={6} mt="xs">
            {t('agreements.power.title')}
          </Title>
          <TextInput
            label={t('agreements.power.number')}
            {...form.register('power.number')}
            error={fieldError(t, errors.power?.number?.message)}
          />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('agreements.power.issuedOn')}
              {...form.register('power.issuedOn')}
              error={dateError(errors.power?.issuedOn?.message)}
            />
            <TextInput
              type="date"
              label={t('agreements.power.validUntil')}
              {...form.register('power.validUntil')}
              error={dateError(errors.power?.validUntil?.message)}
            />
          </Group>
          <Textarea
            label={t('agreements.power.scope')}
            description={t('agreements.power.scopeHint')}
            autosize
            minRows={3}
            maxRows={8}
            {...form.register('power.scope')}
            error={fieldError(t, errors.power?.scope?.message)}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {signatory ? t('common.save') : t('agreements.signatories.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Settings › Signatories: who signs the developer's agreements, and whether their power of attorney holds today. */
export function SignatoriesPanel() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const signatories = useQuery(signatoriesOptions(tenant.tenantId));
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<DeveloperSignatory | null>(null);
  const [now] = useState(() => new Date());
  const remove = useMutation({
    mutationFn: (signatory: DeveloperSignatory) => deleteSignatory(tenant.tenantId, signatory.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementKeys.signatories(tenant.tenantId) }),
  });

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove.mutateAsync(deleting);
      notifySuccess(t('agreements.signatories.deleted', { name: deleting.name }));
      setDeleting(null);
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  };

  const list = signatories.data ?? [];
  const newButton = (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setEditing({ signatory: null })}
      disabled={list.length >= SIGNATORIES_LIMIT}
    >
      {t('agreements.signatories.new')}
    </Button>
  );

  return (
    <Card withBorder radius="lg" p="lg">
      <Group justify="space-between" mb="md" align="flex-end">
        <div>
          <Title order={4}>{t('agreements.signatories.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('agreements.signatories.description')}
          </Text>
        </div>
        {list.length > 0 ? newButton : null}
      </Group>
      {signatories.isPending ? (
        <Stack gap="sm">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={28} />
          ))}
        </Stack>
      ) : signatories.isError ? (
        <Text c="red">{describeError(t, signatories.error)}</Text>
      ) : list.length === 0 ? (
        <EmptyState
          icon={<IconSignature size={28} />}
          title={t('agreements.signatories.emptyTitle')}
          description={t('agreements.signatories.emptyText')}
          action={newButton}
        />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" data-testid="signatories-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('agreements.signatories.fields.name')}</Table.Th>
                <Table.Th>{t('agreements.power.number')}</Table.Th>
                <Table.Th>{t('agreements.power.period')}</Table.Th>
                <Table.Th>{t('agreements.power.state')}</Table.Th>
                <Table.Th aria-label={t('common.actions')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((signatory) => (
                <Table.Tr key={signatory.id}>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {signatory.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {signatory.position}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{signatory.power.number}</Text>
                    <Text size="xs" c="dimmed" lineClamp={2} title={signatory.power.scope}>
                      {signatory.power.scope}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {formatDay(signatory.power.issuedOn)} – {formatDay(signatory.power.validUntil)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <PowerStateBadge power={signatory.power} now={now} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('agreements.signatories.editFor', { name: signatory.name })}
                        onClick={() => setEditing({ signatory })}
                      >
                        <IconPencil size={18} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('agreements.signatories.deleteFor', { name: signatory.name })}
                        onClick={() => setDeleting(signatory)}
                      >
                        <IconTrash size={18} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SignatoryFormModal editing={editing} onClose={() => setEditing(null)} />
      <ConfirmModal
        opened={deleting !== null}
        title={t('agreements.signatories.delete')}
        message={deleting ? t('agreements.signatories.deleteConfirm', { name: deleting.name }) : ''}
        confirmLabel={t('agreements.signatories.delete')}
        danger
        loading={remove.isPending}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </Card>
  );
}
