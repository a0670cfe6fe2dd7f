import { isUnitLayoutType, UNIT_LAYOUT_MAX_BYTES, UNIT_LAYOUT_TYPES, type Unit, type UnitLayout } from '@estate/domain';
import { Alert, Button, FileButton, Group, Image, Progress, Skeleton, Stack, Text } from '@mantine/core';
import { IconLayoutGrid, IconTrash, IconUpload } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useActiveSession } from '../../session';
import {
  fetchLayoutImage,
  listenToUnit,
  newLayoutId,
  removeUnitLayout,
  uploadLayout,
} from '../data/unit-layout.repository';

/** How long the check may take to render an uploaded layout before the panel says it did not. */
const PROCESSING_LIMIT_MS = 60_000;

type Pending = { layoutId: string; sent: number; total: number; phase: 'uploading' | 'processing' };

function LayoutImage({ unit, layout }: { unit: Unit; layout: UnitLayout }) {
  const { t } = useTranslation();
  const { user } = useActiveSession();
  const image = useQuery({
    queryKey: ['unit-layout', unit.id, layout.id],
    queryFn: async () => URL.createObjectURL(await fetchLayoutImage(user, unit.id, layout.id)),
    // A layout never changes under its id: a new one is a new id.
    staleTime: Infinity,
    gcTime: 10 * 60_000,
  });
  if (image.isError) return <Alert color="red">{describeError(t, image.error)}</Alert>;
  if (!image.data) return <Skeleton h={220} data-testid="unit-layout-loading" />;
  return (
    <Image
      src={image.data}
      alt={t('projects.layout.alt', { number: unit.number })}
      mah={320}
      fit="contain"
      radius="sm"
      style={{ aspectRatio: `${layout.width} / ${layout.height}` }}
      data-testid="unit-layout-image"
    />
  );
}

/**
 * The unit's layout on its card: the image, and for inventory editors an upload (replacing the one
 * shown) and a removal after confirming. The card's unit is a snapshot of the building's list: the
 * panel listens to the unit itself, so a layout shows as soon as files-checkUpload has rendered it.
 */
export function UnitLayoutPanel({
  unit,
  editor,
  onChanged,
}: {
  unit: Unit;
  editor: boolean;
  onChanged: (unitId: string, layout: UnitLayout | null) => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user } = useActiveSession();
  const [layout, setLayout] = useState<UnitLayout | null>(unit.layout);
  const [pending, setPending] = useState<Pending | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  // Rendered with `key={unit.id}`: another unit is another panel, never this one's state.
  useEffect(
    () =>
      listenToUnit(
        tenant.tenantId,
        unit.id,
        (live) => {
          const next = live?.layout ?? null;
          setLayout(next);
          onChanged(unit.id, next);
        },
        (error) => setProblem(describeError(t, error)),
      ),
    [tenant.tenantId, unit.id, onChanged, t],
  );

  const processing = pending?.phase === 'processing' ? pending.layoutId : null;
  useEffect(() => {
    if (!processing) return;
    if (layout?.id === processing) {
      setPending(null);
      notifySuccess(t('projects.layout.uploaded'));
      return;
    }
    const timer = window.setTimeout(() => {
      setPending(null);
      setProblem(t('projects.layout.notProcessed'));
    }, PROCESSING_LIMIT_MS);
    return () => window.clearTimeout(timer);
  }, [processing, layout?.id, t]);

  const upload = async (file: File | null) => {
    if (!file) return;
    setProblem(null);
    if (!isUnitLayoutType(file.type)) return setProblem(t('projects.layout.wrongType'));
    if (file.size > UNIT_LAYOUT_MAX_BYTES) return setProblem(t('projects.layout.tooBig'));
    const layoutId = newLayoutId(tenant.tenantId, unit.id);
    setPending({ layoutId, sent: 0, total: file.size, phase: 'uploading' });
    try {
      await uploadLayout(tenant.tenantId, unit.id, layoutId, user.uid, file, (sent, total) =>
        setPending({ layoutId, sent, total, phase: 'uploading' }),
      );
      setPending({ layoutId, sent: file.size, total: file.size, phase: 'processing' });
    } catch (error) {
      setPending(null);
      setProblem(describeError(t, error));
    }
  };

  const remove = useMutation({
    mutationFn: (layoutId: string) => removeUnitLayout({ unitId: unit.id, layoutId }),
    onSuccess: () => {
      setConfirming(false);
      notifySuccess(t('projects.layout.removed'));
    },
    onError: (error) => notifyError(describeError(t, error)),
  });

  return (
    <Stack gap="xs" data-testid="unit-layout">
      <Group justify="space-between">
        <Group gap="xs">
          <IconLayoutGrid size={16} />
          <Text fw={600}>{t('projects.layout.title')}</Text>
        </Group>
        {editor ? (
          <Group gap="xs">
            <FileButton onChange={(file) => void upload(file)} accept={UNIT_LAYOUT_TYPES.join(',')}>
              {(props) => (
                <Button
                  {...props}
                  size="xs"
                  variant="default"
                  leftSection={<IconUpload size={14} />}
                  disabled={pending !== null}
                  data-testid="unit-layout-upload"
                >
                  {layout ? t('projects.layout.replace') : t('projects.layout.upload')}
                </Button>
              )}
            </FileButton>
            {layout ? (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} />}
                disabled={pending !== null}
                onClick={() => setConfirming(true)}
                data-testid="unit-layout-remove"
              >
                {t('projects.layout.remove')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Group>
      {problem ? (
        <Alert color="red" data-testid="unit-layout-problem" withCloseButton onClose={() => setProblem(null)}>
          {problem}
        </Alert>
      ) : null}
      {pending ? (
        <Stack gap={4} data-testid="unit-layout-pending">
          <Text size="xs" c="dimmed">
            {pending.phase === 'uploading' ? t('projects.layout.uploading') : t('projects.layout.processing')}
          </Text>
          <Progress
            value={pending.total > 0 ? (pending.sent / pending.total) * 100 : 0}
            animated={pending.phase === 'processing'}
            aria-label={t('projects.layout.uploading')}
          />
        </Stack>
      ) : null}
      {layout ? (
        <LayoutImage unit={unit} layout={layout} />
      ) : (
        <Text size="sm" c="dimmed" data-testid="unit-layout-empty">
          {editor ? t('projects.layout.emptyEditor') : t('projects.layout.empty')}
        </Text>
      )}
      <ConfirmModal
        opened={confirming}
        title={t('projects.layout.removeTitle')}
        message={t('projects.layout.removeText', { number: unit.number })}
        confirmLabel={t('projects.layout.remove')}
        danger
        loading={remove.isPending}
        onConfirm={() => layout && remove.mutate(layout.id)}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
