import '@mantine/dropzone/styles.css';
import {
  CONTACT_DOCUMENT_TYPES,
  PROPERTY_DOCUMENT_CATEGORIES,
  PROPERTY_DOCUMENT_MAX_BYTES,
  propertyDocumentModel,
  type Property,
  type PropertyDocument,
  type PropertyDocumentCategory,
} from '@estate/domain';
import { ActionIcon, Alert, Badge, Card, Group, Select, Skeleton, Stack, Table, Text, Tooltip } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconExternalLink, IconFileUpload, IconFiles, IconShare, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { modelKeys } from '../../../lib/query/model-keys';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { formatDateTime } from '../../../ui/format-date';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useActiveSession } from '../../session';
import { teamMembersOptions } from '../../team';
import {
  deletePropertyDocument,
  fetchPropertyDocuments,
  FileContentMismatch,
  uploadPropertyDocument,
} from '../data/property-media.repository';
import { DownloadRefused, fetchPropertyDocument } from '../data/property-files';
import { ShareDocumentModal } from './share-document.modal';

const MAX_MB = PROPERTY_DOCUMENT_MAX_BYTES / (1024 * 1024);
/** Blob addresses live in this tab only; they are let go once the browser has had time to use them. */
const BLOB_URL_LIFETIME_MS = 60_000;

function formatSize(bytes: number): string {
  const format = new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} KB`;
  return `${format.format(bytes / (1024 * 1024))} MB`;
}

/**
 * A property's documents (diagnostics, title deed, plans, co-ownership papers): private files like the
 * client documents. Uploaded to Storage then recorded, opened through files-download with the user's
 * ID token each time (a blob address, no lasting link), deleted through files-deletePropertyDocument.
 */
export function PropertyDocumentsTab({ property }: { property: Property }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user } = useActiveSession();
  const queryClient = useQueryClient();
  const key = [...modelKeys.of(tenant.tenantId, propertyDocumentModel), property.id] as const;
  const documents = useQuery({ queryKey: key, queryFn: () => fetchPropertyDocuments(tenant.tenantId, property.id) });
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const [category, setCategory] = useState<PropertyDocumentCategory>('diagnostics');
  const [rejected, setRejected] = useState<string[]>([]);
  const [opening, setOpening] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [removing, setRemoving] = useState<PropertyDocument | null>(null);
  const [sharing, setSharing] = useState<PropertyDocument | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });

  const upload = useMutation({
    mutationFn: async (files: File[]) => {
      for (const file of files) await uploadPropertyDocument(tenant.tenantId, property.id, user.uid, file, category);
    },
    onSuccess: (_result, files) => notifySuccess(t('properties.documents.uploaded', { count: files.length })),
    onError: (error) =>
      notifyError(
        error instanceof FileContentMismatch
          ? t('properties.documents.contentMismatch', { name: error.fileName })
          : describeError(t, error),
      ),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (document: PropertyDocument) => deletePropertyDocument(property.id, document.id),
    onSuccess: () => {
      notifySuccess(t('properties.documents.deleted'));
      setRemoving(null);
    },
    onError: (error) => notifyError(describeError(t, error)),
    onSettled: refresh,
  });

  const open = async (document: PropertyDocument) => {
    setFailure(null);
    setOpening(document.id);
    // Opened now, while the click still counts as the user's, or the browser blocks the new tab.
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    try {
      const url = URL.createObjectURL(await fetchPropertyDocument(user, property.id, document.id));
      window.setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
      if (tab) tab.location.href = url;
      else window.location.assign(url);
    } catch (error) {
      tab?.close();
      setFailure(
        t('properties.documents.failed', {
          name: document.name,
          reason:
            error instanceof DownloadRefused && error.reason !== 'unavailable'
              ? t(`properties.documents.refused.${error.reason === 'file-not-found' ? 'gone' : 'denied'}`)
              : t('properties.documents.refused.unavailable'),
        }),
      );
    } finally {
      setOpening(null);
    }
  };

  const uploaderName = (uid: string) => members.data?.find((member) => member.uid === uid)?.displayName ?? '—';
  const list = documents.data ?? [];

  return (
    <Stack gap="md">
      <Card withBorder radius="lg" p="lg">
        <Stack gap="sm">
          <Select
            label={t('properties.documents.category')}
            data={PROPERTY_DOCUMENT_CATEGORIES.map((value) => ({
              value,
              label: t(`properties.documents.categories.${value}`),
            }))}
            value={category}
            onChange={(value) => value && setCategory(value as PropertyDocumentCategory)}
            allowDeselect={false}
            maw={320}
          />
          <Dropzone
            onDrop={(files) => {
              setRejected([]);
              upload.mutate(files);
            }}
            onReject={(rejections) => setRejected(rejections.map((rejection) => rejection.file.name))}
            maxSize={PROPERTY_DOCUMENT_MAX_BYTES}
            accept={[...CONTACT_DOCUMENT_TYPES]}
            loading={upload.isPending}
            data-testid="property-document-dropzone"
          >
            <Group justify="center" gap="md" mih={90} style={{ pointerEvents: 'none' }}>
              <IconFileUpload size={36} />
              <div>
                <Text fw={600}>{t('properties.documents.drop')}</Text>
                <Text size="sm" c="dimmed">
                  {t('properties.documents.dropHint', { max: MAX_MB })}
                </Text>
              </div>
            </Group>
          </Dropzone>
          {rejected.length > 0 ? (
            <Alert color="red" role="alert" withCloseButton onClose={() => setRejected([])}>
              {t('properties.documents.rejected', { names: rejected.join(', '), max: MAX_MB })}
            </Alert>
          ) : null}
        </Stack>
      </Card>
      {failure ? (
        <Alert color="red" role="alert" withCloseButton onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      ) : null}
      {documents.isPending ? (
        <Card withBorder radius="lg" p="lg">
          <Stack gap="sm">
            {[0, 1].map((row) => (
              <Skeleton key={row} height={32} />
            ))}
          </Stack>
        </Card>
      ) : documents.isError ? (
        <Alert color="red">{describeError(t, documents.error)}</Alert>
      ) : list.length === 0 ? (
        <Card withBorder radius="lg" p="xl">
          <Stack align="center" gap={4}>
            <IconFiles size={28} />
            <Text fw={600}>{t('properties.documents.emptyTitle')}</Text>
            <Text size="sm" c="dimmed">
              {t('properties.documents.emptyText')}
            </Text>
          </Stack>
        </Card>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="property-document-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('properties.documents.name')}</Table.Th>
                <Table.Th>{t('properties.documents.category')}</Table.Th>
                <Table.Th>{t('properties.documents.added')}</Table.Th>
                <Table.Th ta="right">{t('properties.documents.size')}</Table.Th>
                <Table.Th aria-label={t('properties.documents.actions')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((document) => (
                <Table.Tr key={document.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {document.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`properties.documents.categories.${document.category}`)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(document.uploadedAt)}</Text>
                    <Text size="xs" c="dimmed">
                      {uploaderName(document.uploadedBy)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatSize(document.size)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Tooltip label={t('properties.documents.open')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={`${t('properties.documents.open')} ${document.name}`}
                          loading={opening === document.id}
                          onClick={() => void open(document)}
                        >
                          <IconExternalLink size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('files.sharing.shareWithClient')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={`${t('files.sharing.shareWithClient')} ${document.name}`}
                          onClick={() => setSharing(document)}
                        >
                          <IconShare size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('properties.documents.delete')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`${t('properties.documents.delete')} ${document.name}`}
                          onClick={() => setRemoving(document)}
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
      )}
      <ConfirmModal
        opened={removing !== null}
        title={t('properties.documents.deleteTitle')}
        message={t('properties.documents.deleteText', { name: removing?.name ?? '' })}
        confirmLabel={t('properties.documents.delete')}
        danger
        loading={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing)}
      />
      <ShareDocumentModal property={property} document={sharing} onClose={() => setSharing(null)} />
    </Stack>
  );
}
