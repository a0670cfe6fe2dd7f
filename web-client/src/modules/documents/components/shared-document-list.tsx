import type { SharedDocument } from '@estate/domain';
import { ActionIcon, Alert, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileText, IconPhoto } from '@tabler/icons-react';
import { DownloadRefused, fetchPrivateFile } from '@estate/web-shared/private-files';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClientSession } from '../../auth';

/** Blob addresses are let go once the browser has had time to show or save them. */
const BLOB_URL_LIFETIME_MS = 60_000;

function formatSize(bytes: number, locale: string): string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024 ? `${format.format(bytes / 1024)} KB` : `${format.format(bytes / (1024 * 1024))} MB`;
}

/**
 * Shared documents, each opened through files-download with the client's ID token at each tap (no
 * lasting link): a document withdrawn by the agent is refused at the next open.
 */
export function SharedDocumentList({ documents }: { documents: readonly SharedDocument[] }) {
  const { t, i18n } = useTranslation();
  const { user } = useClientSession();
  const [opening, setOpening] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const open = async (document: SharedDocument) => {
    setFailure(null);
    setOpening(document.id);
    try {
      const blob = await fetchPrivateFile(user, { kind: 'shared-document', sharedId: document.id }, { inline: true });
      const url = URL.createObjectURL(blob);
      window.setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
      // A download link works the same on phones (which open the file in their viewer) and computers.
      const link = window.document.createElement('a');
      link.href = url;
      link.download = document.name;
      link.click();
    } catch (error) {
      setFailure(
        t('documents.failed', {
          name: document.name,
          reason: t(
            error instanceof DownloadRefused && error.reason === 'file-not-found'
              ? 'documents.gone'
              : 'documents.unavailable',
          ),
        }),
      );
    } finally {
      setOpening(null);
    }
  };

  return (
    <Stack gap="xs">
      {failure ? (
        <Alert color="red" role="alert" withCloseButton onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      ) : null}
      {documents.map((document) => (
        <Paper key={document.id} withBorder radius="md" p="sm" data-testid="shared-document">
          <Group wrap="nowrap" gap="sm">
            {document.contentType.startsWith('image/') ? <IconPhoto size={24} /> : <IconFileText size={24} />}
            <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
              <Text fw={600} size="sm" truncate>
                {document.name}
              </Text>
              <Text size="xs" c="dimmed">
                {document.sharedAt.toLocaleDateString(i18n.language)} · {formatSize(document.size, i18n.language)}
              </Text>
            </Stack>
            <ActionIcon
              size="lg"
              variant="light"
              aria-label={t('documents.open', { name: document.name })}
              loading={opening === document.id}
              disabled={opening !== null}
              onClick={() => void open(document)}
            >
              <IconDownload size={20} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
