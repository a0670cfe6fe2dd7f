import '@mantine/dropzone/styles.css';
import { PROPERTY_PHOTOS_MAX, type Property, type PropertyPhoto } from '@estate/domain';
import {
  ActionIcon,
  Alert,
  AspectRatio,
  Badge,
  Card,
  Group,
  Loader,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import {
  IconArrowLeft,
  IconArrowRight,
  IconGripVertical,
  IconPhoto,
  IconPhotoUp,
  IconStar,
  IconStarFilled,
  IconTrash,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useActiveSession } from '../../session';
import { resizePhoto } from '../data/photo-resize';
import {
  deletePhoto,
  listenToProperty,
  newPhotoId,
  reorderPhotos,
  setCoverPhoto,
  uploadPhoto,
} from '../data/property-media.repository';
import { propertyKeys } from '../queries/properties.queries';
import { PhotoThumbnail } from './property-photo-thumbnail';

const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp'];
/** What a phone or camera may hand over before resizing; the browser brings it down to 2560 px. */
const PICKED_MAX_BYTES = 40 * 1024 * 1024;

/** How long a sent photo may wait for its thumbnails before it is reported as not accepted. */
const PROCESSING_TIMEOUT_MS = 90_000;

/** One file on its way: resized, sent (with its bytes), then waiting for its thumbnails. */
interface Upload {
  photoId: string;
  name: string;
  state: 'resizing' | 'uploading' | 'processing' | 'failed';
  sent: number;
  total: number;
  error?: string;
}

/** Moves `id` to `index` in the list of ids. */
function moved(ids: string[], id: string, index: number): string[] {
  const rest = ids.filter((item) => item !== id);
  rest.splice(Math.max(0, Math.min(index, rest.length)), 0, id);
  return rest;
}

/**
 * The property's photos: a drop zone (or the file picker) takes several at once, each resized in the
 * browser and sent with its progress; the thumbnails appear when files-checkUpload has made them. The
 * first photo is the cover. Photos are reordered by dragging or with the arrow buttons (keyboard),
 * and deleted after a confirmation; every change goes through a callable.
 */
export function PropertyPhotosTab({ property }: { property: Property }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user } = useActiveSession();
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [rejected, setRejected] = useState<string[]>([]);
  const [dragged, setDragged] = useState<string | null>(null);
  const [removing, setRemoving] = useState<PropertyPhoto | null>(null);
  const [order, setOrder] = useState<string[] | null>(null);

  // The property live: a photo appears once its thumbnails are made, and others' changes show at once.
  useEffect(() => {
    const liveKey = propertyKeys.one(tenant.tenantId, property.id);
    return listenToProperty(
      tenant.tenantId,
      property.id,
      (live) => queryClient.setQueryData(liveKey, live),
      () => undefined,
    );
  }, [tenant.tenantId, property.id, queryClient]);

  const photos = property.photos;
  const listed = new Set(photos.map((photo) => photo.id));
  const waiting = uploads.filter((upload) => !listed.has(upload.photoId));
  const shownIds = order ?? photos.map((photo) => photo.id);
  const byId = new Map(photos.map((photo) => [photo.id, photo]));
  const shown = shownIds.flatMap((id) => byId.get(id) ?? []);

  const patch = (photoId: string, change: Partial<Upload>) =>
    setUploads((current) => current.map((upload) => (upload.photoId === photoId ? { ...upload, ...change } : upload)));

  const sendOne = async (upload: Upload, file: File) => {
    try {
      const resized = await resizePhoto(file);
      patch(upload.photoId, { state: 'uploading', total: resized.blob.size });
      await uploadPhoto(tenant.tenantId, property.id, upload.photoId, user.uid, resized.blob, (sent, total) =>
        patch(upload.photoId, { sent, total }),
      );
      patch(upload.photoId, { state: 'processing' });
      // A photo the check refused (not an image after all, the property deleted meanwhile) never
      // appears: say so rather than wait for ever.
      window.setTimeout(
        () =>
          setUploads((current) =>
            current.map((item) =>
              item.photoId === upload.photoId && item.state === 'processing'
                ? { ...item, state: 'failed', error: t('properties.photos.notAccepted') }
                : item,
            ),
          ),
        PROCESSING_TIMEOUT_MS,
      );
    } catch (error) {
      patch(upload.photoId, { state: 'failed', error: describeError(t, error) });
    }
  };

  const onDrop = (files: File[]) => {
    setRejected([]);
    const room = PROPERTY_PHOTOS_MAX - photos.length - waiting.filter((upload) => upload.state !== 'failed').length;
    const taken = files.slice(0, Math.max(0, room));
    if (taken.length < files.length) setRejected(files.slice(taken.length).map((file) => file.name));
    const started = taken.map((file) => ({
      file,
      upload: {
        photoId: newPhotoId(tenant.tenantId, property.id),
        name: file.name,
        state: 'resizing' as const,
        sent: 0,
        total: file.size,
      },
    }));
    setUploads((current) => [
      ...current.filter((upload) => upload.state !== 'failed'),
      ...started.map((s) => s.upload),
    ]);
    for (const { file, upload } of started) void sendOne(upload, file);
  };

  const change = useMutation({
    mutationFn: async (action: { kind: 'order'; ids: string[] } | { kind: 'cover'; id: string }) =>
      action.kind === 'order' ? reorderPhotos(property.id, action.ids) : setCoverPhoto(property.id, action.id),
    onSuccess: (_result, action) =>
      notifySuccess(t(action.kind === 'cover' ? 'properties.photos.coverSet' : 'properties.photos.reordered')),
    onError: (error) => notifyError(describeError(t, error)),
    onSettled: () => setOrder(null),
  });
  const remove = useMutation({
    mutationFn: (photo: PropertyPhoto) => deletePhoto(property.id, photo.id),
    onSuccess: () => {
      notifySuccess(t('properties.photos.deleted'));
      setRemoving(null);
    },
    onError: (error) => notifyError(describeError(t, error)),
  });

  const reorder = (ids: string[]) => {
    if (ids.join('/') === photos.map((photo) => photo.id).join('/')) return;
    setOrder(ids);
    change.mutate({ kind: 'order', ids });
  };
  const onDropOn = (event: DragEvent, targetId: string) => {
    event.preventDefault();
    const id = dragged ?? event.dataTransfer.getData('text/plain');
    setDragged(null);
    if (!id || id === targetId) return;
    reorder(moved(shownIds, id, shownIds.indexOf(targetId)));
  };

  const sentBytes = waiting.reduce((sum, upload) => sum + upload.sent, 0);
  const totalBytes = waiting.reduce((sum, upload) => sum + upload.total, 0);
  const active = waiting.filter((upload) => upload.state !== 'failed');
  const busy = change.isPending;

  return (
    <Stack gap="md">
      <Card withBorder radius="lg" p="lg">
        <Stack gap="sm">
          <Dropzone
            onDrop={onDrop}
            onReject={(rejections) => setRejected(rejections.map((rejection) => rejection.file.name))}
            accept={ACCEPTED}
            maxSize={PICKED_MAX_BYTES}
            multiple
            data-testid="photo-dropzone"
          >
            <Group justify="center" gap="md" mih={90} style={{ pointerEvents: 'none' }}>
              <IconPhotoUp size={36} />
              <div>
                <Text fw={600}>{t('properties.photos.drop')}</Text>
                <Text size="sm" c="dimmed">
                  {t('properties.photos.dropHint', { max: PROPERTY_PHOTOS_MAX })}
                </Text>
              </div>
            </Group>
          </Dropzone>
          {rejected.length > 0 ? (
            <Alert color="red" role="alert" withCloseButton onClose={() => setRejected([])}>
              {t('properties.photos.rejected', { names: rejected.join(', '), max: PROPERTY_PHOTOS_MAX })}
            </Alert>
          ) : null}
          {waiting.length > 0 ? (
            <Stack gap={6} data-testid="photo-uploads" aria-live="polite">
              {active.length > 0 ? (
                <Group gap="sm" wrap="nowrap">
                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {t('properties.photos.total', { count: active.length })}
                  </Text>
                  <Progress
                    flex={1}
                    value={totalBytes > 0 ? (sentBytes / totalBytes) * 100 : 0}
                    aria-label={t('properties.photos.total', { count: active.length })}
                    data-testid="photo-total-progress"
                  />
                </Group>
              ) : null}
              {waiting.map((upload) => (
                <Group key={upload.photoId} gap="sm" wrap="nowrap" data-testid="photo-upload">
                  <Text size="xs" w={200} truncate="end" title={upload.name}>
                    {upload.name}
                  </Text>
                  {upload.state === 'failed' ? (
                    <Text size="xs" c="red" role="alert">
                      {t('properties.photos.failed', { reason: upload.error ?? '' })}
                    </Text>
                  ) : (
                    <>
                      <Progress
                        flex={1}
                        size="sm"
                        value={upload.total > 0 ? (upload.sent / upload.total) * 100 : 0}
                        animated={upload.state === 'processing'}
                        aria-label={upload.name}
                      />
                      <Text size="xs" c="dimmed" w={140}>
                        {t(`properties.photos.states.${upload.state}`)}
                      </Text>
                    </>
                  )}
                </Group>
              ))}
            </Stack>
          ) : null}
        </Stack>
      </Card>

      {shown.length === 0 ? (
        <Card withBorder radius="lg" p="xl">
          <Stack align="center" gap={4}>
            <IconPhoto size={28} />
            <Text fw={600}>{t('properties.photos.emptyTitle')}</Text>
            <Text size="sm" c="dimmed">
              {t('properties.photos.emptyText')}
            </Text>
          </Stack>
        </Card>
      ) : (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="md" data-testid="photo-grid">
          {shown.map((photo, index) => {
            const label = t('properties.photos.photoLabel', { number: index + 1 });
            return (
              <Card
                key={photo.id}
                withBorder
                radius="md"
                p={0}
                draggable={!busy}
                onDragStart={(event) => {
                  setDragged(photo.id);
                  event.dataTransfer.setData('text/plain', photo.id);
                  event.dataTransfer.effectAllowed = 'move';
                }}
                onDragOver={(event) => event.preventDefault()}
                onDrop={(event) => onDropOn(event, photo.id)}
                onDragEnd={() => setDragged(null)}
                style={{ opacity: dragged === photo.id ? 0.5 : 1, cursor: busy ? 'progress' : 'grab' }}
                data-testid="photo-card"
                data-photo-id={photo.id}
                aria-label={label}
              >
                <AspectRatio ratio={4 / 3}>
                  <PhotoThumbnail propertyId={property.id} photo={photo} alt={label} />
                </AspectRatio>
                <Group justify="space-between" p="xs" gap={4} wrap="nowrap">
                  <Group gap={4} wrap="nowrap">
                    <IconGripVertical size={16} aria-hidden />
                    {index === 0 ? (
                      <Badge leftSection={<IconStarFilled size={12} />} data-testid="photo-cover">
                        {t('properties.photos.cover')}
                      </Badge>
                    ) : (
                      <Text size="xs" c="dimmed">
                        {index + 1}
                      </Text>
                    )}
                  </Group>
                  <Group gap={2} wrap="nowrap">
                    <Tooltip label={t('properties.photos.earlier')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t('properties.photos.earlier')} (${label})`}
                        disabled={index === 0 || busy}
                        onClick={() => reorder(moved(shownIds, photo.id, index - 1))}
                      >
                        <IconArrowLeft size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('properties.photos.later')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t('properties.photos.later')} (${label})`}
                        disabled={index === shown.length - 1 || busy}
                        onClick={() => reorder(moved(shownIds, photo.id, index + 1))}
                      >
                        <IconArrowRight size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('properties.photos.makeCover')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t('properties.photos.makeCover')} (${label})`}
                        disabled={index === 0 || busy}
                        onClick={() => {
                          setOrder(moved(shownIds, photo.id, 0));
                          change.mutate({ kind: 'cover', id: photo.id });
                        }}
                      >
                        <IconStar size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('properties.photos.delete')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t('properties.photos.delete')} (${label})`}
                        onClick={() => setRemoving(photo)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Group>
              </Card>
            );
          })}
          {busy ? <Loader size="sm" aria-label={t('properties.photos.saving')} /> : null}
        </SimpleGrid>
      )}

      <ConfirmModal
        opened={removing !== null}
        title={t('properties.photos.deleteTitle')}
        message={t('properties.photos.deleteText')}
        confirmLabel={t('properties.photos.delete')}
        danger
        loading={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing)}
      />
    </Stack>
  );
}
