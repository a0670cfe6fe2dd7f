import { estimationModel, summariseComparables, type Estimation, type Property } from '@estate/domain';
import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCalculator, IconEdit, IconFileTypePdf, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { modelKeys } from '../../../lib/query/model-keys';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { EmptyState } from '../../../ui/empty-state';
import { formatDateTime } from '../../../ui/format-date';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useMoney } from '../../tenancy';
import { useActiveSession } from '../../session';
import { appraisalPdf, deleteEstimation, fetchEstimations } from '../data/estimations.repository';
import { EstimationFormModal } from './estimation-form.modal';

/** Blob addresses live in this tab only; they are let go once the browser has had time to use them. */
const BLOB_URL_LIFETIME_MS = 60_000;

/**
 * A property's estimations, newest first: the range, the method, what the comparables say and the
 * notes; each is edited, deleted after confirmation, and rendered as the appraisal PDF.
 */
export function PropertyEstimationsTab({ property }: { property: Property }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const money = useMoney();
  const queryClient = useQueryClient();
  const key = [...modelKeys.of(tenant.tenantId, estimationModel), property.id] as const;
  const estimations = useQuery({ queryKey: key, queryFn: () => fetchEstimations(tenant.tenantId, property.id) });
  const [editing, setEditing] = useState<Estimation | 'new' | null>(null);
  const [removing, setRemoving] = useState<Estimation | null>(null);
  const [rendering, setRendering] = useState<string | null>(null);
  const { user } = useActiveSession();
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const rangeOf = (estimation: Estimation) =>
    t('estimations.range', { low: money(estimation.low), high: money(estimation.high) });

  const remove = useMutation({
    mutationFn: (estimation: Estimation) => deleteEstimation(property.id, estimation.id),
    onSuccess: () => {
      notifySuccess(t('estimations.deleted'));
      setRemoving(null);
    },
    onError: (error) => notifyError(describeError(t, error)),
    onSettled: refresh,
  });

  const openAppraisal = async (estimation: Estimation) => {
    setRendering(estimation.id);
    // Opened now, while the click still counts as the user's, or the browser blocks the new tab.
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    try {
      const url = URL.createObjectURL(await appraisalPdf(user, property.id, estimation.id));
      window.setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
      if (tab) tab.location.href = url;
      else window.location.assign(url);
    } catch (error) {
      tab?.close();
      notifyError(t('estimations.appraisalFailed', { reason: describeError(t, error) }));
    } finally {
      setRendering(null);
    }
  };

  const list = estimations.data ?? [];
  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
      {t('estimations.new')}
    </Button>
  );

  return (
    <Stack gap="md">
      {estimations.isPending ? (
        <Skeleton height={120} radius="lg" />
      ) : estimations.isError ? (
        <Alert color="red" role="alert">
          {t('estimations.loadFailed', { reason: describeError(t, estimations.error) })}
        </Alert>
      ) : list.length === 0 ? (
        <Card withBorder radius="lg">
          <EmptyState
            icon={<IconCalculator size={28} />}
            title={t('estimations.empty.title')}
            description={t('estimations.empty.description')}
            action={newButton}
          />
        </Card>
      ) : (
        <>
          <Group justify="flex-end">{newButton}</Group>
          {list.map((estimation) => {
            const summary = summariseComparables(estimation.comparables);
            return (
              <Card key={estimation.id} withBorder radius="lg" p="lg" data-testid="estimation">
                <Stack gap="xs">
                  <Group justify="space-between" align="flex-start">
                    <Stack gap={2}>
                      <Title order={4}>{rangeOf(estimation)}</Title>
                      <Text size="sm" c="dimmed">
                        {t('estimations.by', {
                          name: estimation.createdByName || '—',
                          date: formatDateTime(estimation.createdAt),
                        })}
                      </Text>
                    </Stack>
                    <Badge variant="light">{t(`estimations.methods.${estimation.method}`)}</Badge>
                  </Group>
                  <Text size="sm">
                    {t('estimations.comparables.count', { count: estimation.comparables.length })}
                    {summary && ` · ${t('estimations.comparables.median', { value: money(summary.median) })}`}
                  </Text>
                  {estimation.notes && (
                    <Text size="sm" style={{ whiteSpace: 'pre-line' }} lineClamp={4}>
                      {estimation.notes}
                    </Text>
                  )}
                  <Group gap="xs" justify="flex-end">
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={14} />}
                      onClick={() => setRemoving(estimation)}
                    >
                      {t('estimations.delete')}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconFileTypePdf size={14} />}
                      loading={rendering === estimation.id}
                      onClick={() => void openAppraisal(estimation)}
                    >
                      {t('estimations.appraisal')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconEdit size={14} />}
                      onClick={() => setEditing(estimation)}
                    >
                      {t('common.edit')}
                    </Button>
                  </Group>
                </Stack>
              </Card>
            );
          })}
        </>
      )}
      {editing && (
        <EstimationFormModal
          property={property}
          estimation={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void refresh();
          }}
        />
      )}
      <ConfirmModal
        opened={removing !== null}
        title={t('estimations.deleteTitle')}
        message={
          removing
            ? t('estimations.deleteMessage', { range: rangeOf(removing), count: removing.comparables.length })
            : ''
        }
        confirmLabel={t('estimations.delete')}
        danger
        loading={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
