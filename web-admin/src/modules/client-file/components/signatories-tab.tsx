import { formatPhone, signatoryFullName, type Contact, type Signatory } from '@estate/domain';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconPencil, IconPlus, IconTrash, IconUsers } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { EmptyState } from '../../../ui/empty-state';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { deleteSignatory } from '../data/client-file.repository';
import { clientFileKeys, signatoriesOptions } from '../queries/client-file.queries';
import { SignatoryFormModal } from './signatory-form.modal';

/** Spouse, heirs, co-buyers…: who else signs with this client. */
export function SignatoriesTab({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const signatories = useQuery(signatoriesOptions(tenant.tenantId, contact.id));
  const [editing, setEditing] = useState<{ signatory: Signatory | null } | null>(null);
  const [removing, setRemoving] = useState<Signatory | null>(null);
  const remove = useMutation({
    mutationFn: (signatory: Signatory) => deleteSignatory(tenant.tenantId, contact.id, signatory.id),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: clientFileKeys.part(tenant.tenantId, contact.id, 'signatories') }),
  });
  const birth = (date: Date | null) =>
    date ? new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date) : null;

  const add = (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setEditing({ signatory: null })}
      data-testid="signatory-add"
    >
      {t('clientFile.signatories.add')}
    </Button>
  );

  return (
    <Card withBorder radius="lg" p="lg">
      {signatories.isPending ? (
        <Stack gap="sm">
          {[0, 1].map((row) => (
            <Skeleton key={row} height={40} />
          ))}
        </Stack>
      ) : signatories.isError ? (
        <Alert color="red">{describeError(t, signatories.error)}</Alert>
      ) : signatories.data.length === 0 ? (
        <EmptyState
          icon={<IconUsers size={28} />}
          title={t('clientFile.signatories.emptyTitle')}
          description={t('clientFile.signatories.emptyText')}
          action={add}
        />
      ) : (
        <Stack gap="md">
          <Group justify="flex-end">{add}</Group>
          <Table.ScrollContainer minWidth={560}>
            <Table striped data-testid="signatory-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('clientFile.signatories.name')}</Table.Th>
                  <Table.Th>{t('clientFile.signatories.role')}</Table.Th>
                  <Table.Th>{t('clientFile.signatories.contact')}</Table.Th>
                  <Table.Th ta="right">{t('clientFile.signatories.share')}</Table.Th>
                  <Table.Th w={96}>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {signatories.data.map((signatory) => (
                  <Table.Tr key={signatory.id} data-testid="signatory-row">
                    <Table.Td>
                      <Text fw={600} size="sm">
                        {signatoryFullName(signatory)}
                      </Text>
                      {signatory.birthDate ? (
                        <Text size="xs" c="dimmed">
                          {t('clientFile.signatories.born', { date: birth(signatory.birthDate) })}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`clientFile.roles.${signatory.role}`)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{signatory.email || '—'}</Text>
                      {signatory.phone ? (
                        <Text size="xs" c="dimmed">
                          {formatPhone(signatory.phone)}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td ta="right">
                      {signatory.sharePercent === null ? '—' : `${signatory.sharePercent} %`}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Tooltip label={t('common.edit')}>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('common.edit')}
                            onClick={() => setEditing({ signatory })}
                          >
                            <IconPencil size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('clientFile.signatories.remove')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('clientFile.signatories.remove')}
                            onClick={() => setRemoving(signatory)}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
      <SignatoryFormModal
        contactId={contact.id}
        opened={editing !== null}
        signatory={editing?.signatory ?? null}
        onClose={() => setEditing(null)}
      />
      <ConfirmModal
        opened={removing !== null}
        title={t('clientFile.signatories.removeTitle')}
        message={t('clientFile.signatories.removeText', { name: removing ? signatoryFullName(removing) : '' })}
        confirmLabel={t('clientFile.signatories.remove')}
        danger
        loading={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(removing, {
            onSuccess: () => {
              notifySuccess(t('clientFile.signatories.removed'));
              setRemoving(null);
            },
            onError: (error) => notifyError(describeError(t, error)),
          });
        }}
      />
    </Card>
  );
}
