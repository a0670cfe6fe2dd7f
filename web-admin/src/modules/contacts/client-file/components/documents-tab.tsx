import '@mantine/dropzone/styles.css';
import {
  CONTACT_DOCUMENT_CATEGORIES,
  CONTACT_DOCUMENT_TYPES,
  type Contact,
  type ContactDocument,
  type ContactDocumentCategory,
} from '@estate/domain';
import { ActionIcon, Alert, Badge, Card, Group, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconDownload, IconExternalLink, IconFileUpload, IconFiles } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../../i18n/i18n';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { formatDateTime } from '../../../../ui/format-date';
import { notifyError, notifySuccess } from '../../../../ui/notify';
import { useActiveSession } from '../../../session';
import { SharedWithClientSwitch } from '../../../files';
import { teamMembersOptions } from '../../../team';
import {
  deleteDocument,
  DOCUMENT_MAX_MB,
  DownloadRefused,
  fetchDocumentFile,
  FileContentMismatch,
  uploadDocument,
} from '../data/client-file.repository';
import { clientFileKeys, documentsOptions } from '../queries/client-file.queries';
import { PartList, PartTable, useConfirmedRemoval } from './part-list';

function formatSize(bytes: number): string {
  const format = new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} KB`;
  return `${format.format(bytes / (1024 * 1024))} MB`;
}

type FileAction = 'open' | 'download';

/** Blob addresses live in this tab only; they are let go once the browser has had time to use them. */
const BLOB_URL_LIFETIME_MS = 60_000;

function releaseLater(url: string) {
  window.setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}

/**
 * The client's documents: uploaded to Storage, listed from their metadata, removed through
 * files-deleteContactDocument. Opening or downloading one asks files-download with the user's ID token
 * each time and shows the bytes from a blob address: no lasting link is kept, so access withdrawn is
 * refused at the next open.
 */
export function DocumentsTab({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user } = useActiveSession();
  const queryClient = useQueryClient();
  const documents = useQuery(documentsOptions(tenant.tenantId, contact.id));
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const [category, setCategory] = useState<ContactDocumentCategory>('identity');
  const [rejected, setRejected] = useState<string[]>([]);
  const [pending, setPending] = useState<{ id: string; action: FileAction } | null>(null);
  const [failure, setFailure] = useState<{ name: string; message: string } | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: clientFileKeys.part(tenant.tenantId, contact.id, 'documents') });
  const upload = useMutation({
    mutationFn: async (files: File[]) => {
      for (const file of files) await uploadDocument(tenant.tenantId, contact.id, user.uid, file, category);
    },
    onSettled: refresh,
  });
  const { removeButton, confirmModal } = useConfirmedRemoval({
    part: 'documents',
    contactId: contact.id,
    remove: (document: ContactDocument) => deleteDocument(contact.id, document),
    nameOf: (document) => document.name,
  });
  const uploaderName = (uid: string) => members.data?.find((member) => member.uid === uid)?.displayName ?? '—';

  const onDrop = (files: File[]) => {
    setRejected([]);
    upload.mutate(files, {
      onSuccess: () => notifySuccess(t('clientFile.documents.uploaded', { count: files.length })),
      onError: (error) =>
        notifyError(
          error instanceof FileContentMismatch
            ? t('clientFile.documents.contentMismatch', { name: error.fileName })
            : describeError(t, error),
        ),
    });
  };
  const onReject = (rejections: FileRejection[]) => setRejected(rejections.map((rejection) => rejection.file.name));

  const describeFailure = (error: unknown) =>
    error instanceof DownloadRefused
      ? t(`clientFile.documents.refused.${error.reason}`)
      : t('clientFile.documents.refused.unavailable');

  const openOrDownload = async (document: ContactDocument, action: FileAction) => {
    setFailure(null);
    setPending({ id: document.id, action });
    // Opened now, while the click still counts as the user's, or the browser blocks the new tab.
    const tab = action === 'open' ? window.open('', '_blank') : null;
    if (tab) tab.opener = null;
    try {
      const url = URL.createObjectURL(await fetchDocumentFile(user, contact.id, document));
      releaseLater(url);
      if (tab) {
        tab.location.href = url;
        return;
      }
      const link = window.document.createElement('a');
      link.href = url;
      link.download = document.name;
      link.click();
    } catch (error) {
      tab?.close();
      setFailure({ name: document.name, message: describeFailure(error) });
    } finally {
      setPending(null);
    }
  };

  const fileButton = (document: ContactDocument, action: FileAction) => {
    const label = t(`clientFile.documents.${action}`);
    return (
      <Tooltip label={label}>
        <ActionIcon
          variant="subtle"
          aria-label={label}
          loading={pending?.id === document.id && pending.action === action}
          disabled={pending !== null}
          onClick={() => void openOrDownload(document, action)}
        >
          {action === 'open' ? <IconExternalLink size={16} /> : <IconDownload size={16} />}
        </ActionIcon>
      </Tooltip>
    );
  };

  return (
    <Stack gap="md">
      <Card withBorder radius="lg" p="lg">
        <Stack gap="sm">
          <Select
            label={t('clientFile.documents.category')}
            data={CONTACT_DOCUMENT_CATEGORIES.map((value) => ({ value, label: t(`clientFile.categories.${value}`) }))}
            value={category}
            onChange={(value) => value && setCategory(value as ContactDocumentCategory)}
            allowDeselect={false}
            maw={320}
          />
          <Dropzone
            onDrop={onDrop}
            onReject={onReject}
            maxSize={DOCUMENT_MAX_MB * 1024 * 1024}
            accept={[...CONTACT_DOCUMENT_TYPES]}
            loading={upload.isPending}
            data-testid="document-dropzone"
          >
            <Group justify="center" gap="md" mih={100} style={{ pointerEvents: 'none' }}>
              <IconFileUpload size={36} />
              <div>
                <Text fw={600}>{t('clientFile.documents.drop')}</Text>
                <Text size="sm" c="dimmed">
                  {t('clientFile.documents.dropHint', { max: DOCUMENT_MAX_MB })}
                </Text>
              </div>
            </Group>
          </Dropzone>
          {rejected.length > 0 ? (
            <Alert color="red" role="alert">
              {t('clientFile.documents.rejected', { names: rejected.join(', '), max: DOCUMENT_MAX_MB })}
            </Alert>
          ) : null}
        </Stack>
      </Card>
      {failure ? (
        <Alert color="red" role="alert" withCloseButton onClose={() => setFailure(null)} data-testid="document-failure">
          {t('clientFile.documents.failed', { name: failure.name, reason: failure.message })}
        </Alert>
      ) : null}
      <PartList part="documents" query={documents} rowHeight={40} emptyIcon={<IconFiles size={28} />}>
        {(list) => (
          <PartTable
            testId="document-list"
            columns={[
              { label: t('clientFile.documents.name') },
              { label: t('clientFile.documents.category') },
              { label: t('clientFile.documents.added') },
              { label: t('clientFile.documents.size'), numeric: true },
              { label: t('files.sharing.column') },
            ]}
          >
            {list.map((document) => (
              <Table.Tr key={document.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {document.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`clientFile.categories.${document.category}`)}</Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(document.uploadedAt)}</Text>
                  <Text size="xs" c="dimmed">
                    {uploaderName(document.uploadedBy)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatSize(document.size)}</Table.Td>
                <Table.Td>
                  <SharedWithClientSwitch contactId={contact.id} document={document} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {fileButton(document, 'open')}
                    {fileButton(document, 'download')}
                    {removeButton(document)}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </PartTable>
        )}
      </PartList>
      {confirmModal}
    </Stack>
  );
}
