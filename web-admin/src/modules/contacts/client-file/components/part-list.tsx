import { ActionIcon, Alert, Card, Skeleton, Stack, Table, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { ConfirmModal } from '../../../../ui/confirm.modal';
import { EmptyState } from '../../../../ui/empty-state';
import { notifyError, notifySuccess } from '../../../../ui/notify';
import { clientFileKeys } from '../queries/client-file.queries';

/** The parts of a client file listed with a confirmed delete; their texts are under `clientFile.<part>`. */
type ListedPart = 'signatories' | 'documents' | 'notes';

interface PartListProps<T> {
  part: ListedPart;
  query: UseQueryResult<T[]>;
  /** The height of a placeholder row while the list loads. */
  rowHeight: number;
  emptyIcon: ReactNode;
  emptyAction?: ReactNode;
  children: (items: T[]) => ReactNode;
}

/** One part of a client file in its card: placeholders while it loads, the failure, the empty state, or the list. */
export function PartList<T>({ part, query, rowHeight, emptyIcon, emptyAction, children }: PartListProps<T>) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="lg" p="lg">
      {query.isPending ? (
        <Stack gap="sm">
          {[0, 1].map((row) => (
            <Skeleton key={row} height={rowHeight} />
          ))}
        </Stack>
      ) : query.isError ? (
        <Alert color="red">{describeError(t, query.error)}</Alert>
      ) : query.data.length === 0 ? (
        <EmptyState
          icon={emptyIcon}
          title={t(`clientFile.${part}.emptyTitle`)}
          description={t(`clientFile.${part}.emptyText`)}
          action={emptyAction}
        />
      ) : (
        children(query.data)
      )}
    </Card>
  );
}

interface ConfirmedRemovalOptions<T> {
  part: ListedPart;
  contactId: string;
  remove: (item: T) => Promise<unknown>;
  /** How the confirmation names the item, when its text names one. */
  nameOf?: (item: T) => string;
  onRemoved?: (item: T) => void;
}

/**
 * Removing an item of a part: its bin asks first, the confirmation removes it, says so, and the part
 * is read again; a failure is told and the confirmation stays open.
 */
export function useConfirmedRemoval<T>({ part, contactId, remove, nameOf, onRemoved }: ConfirmedRemovalOptions<T>) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState<T | null>(null);
  const mutation = useMutation({
    mutationFn: remove,
    onSettled: () => queryClient.invalidateQueries({ queryKey: clientFileKeys.part(tenant.tenantId, contactId, part) }),
  });
  const label = t(`clientFile.${part}.remove`);

  const removeButton = (item: T) => (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color="red" aria-label={label} onClick={() => setRemoving(item)}>
        <IconTrash size={16} />
      </ActionIcon>
    </Tooltip>
  );

  const confirmModal = (
    <ConfirmModal
      opened={removing !== null}
      title={t(`clientFile.${part}.removeTitle`)}
      message={t(`clientFile.${part}.removeText`, { name: removing !== null && nameOf ? nameOf(removing) : '' })}
      confirmLabel={label}
      danger
      loading={mutation.isPending}
      onClose={() => setRemoving(null)}
      onConfirm={() => {
        if (removing === null) return;
        mutation.mutate(removing, {
          onSuccess: () => {
            notifySuccess(t(`clientFile.${part}.removed`));
            onRemoved?.(removing);
            setRemoving(null);
          },
          onError: (error) => notifyError(describeError(t, error)),
        });
      }}
    />
  );

  return { removeButton, confirmModal };
}

interface PartTableProps {
  testId: string;
  /** The column headers, numbers aligned right; a last column holds each row's actions. */
  columns: { label: string; numeric?: boolean }[];
  children: ReactNode;
}

/** A part listed as a table: its headers and, last, the column of each row's actions. */
export function PartTable({ testId, columns, children }: PartTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.label} ta={column.numeric ? 'right' : undefined}>
                {column.label}
              </Table.Th>
            ))}
            <Table.Th w={96}>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
