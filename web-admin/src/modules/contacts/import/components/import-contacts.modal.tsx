import '@mantine/dropzone/styles.css';
import {
  detectImportLayout,
  detectTextEncoding,
  pickLocale,
  tableFromRecords,
  type ClientType,
  type DuplicatePolicy,
  type HeaderMap,
  type ImportFormat,
  type ImportTable,
  type TextEncoding,
} from '@estate/domain';
import { Alert, Button, Group, Loader, Modal, Progress, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileSpreadsheet, IconRefresh, IconUpload, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { useActiveSession } from '../../../session';
import { useContactImport } from '../hooks/use-contact-import';
import { importContextOf, useImportSetup } from '../hooks/use-import-setup';
import { rowName } from '../utils/import-report';
import {
  contactFileKind,
  readTextRecords,
  readXlsx,
  SPREADSHEET_MAX_BYTES,
  type ContactFileKind,
} from '../utils/spreadsheet';
import { ColumnMapping } from './column-mapping';
import { ImportReport } from './import-report';

/** Rows one import takes; beyond, the agency splits its file (the browser reads it whole). */
const IMPORT_ROWS_MAX = 20_000;

// Windows labels CSV files as Excel's old type: the name's extension decides (see `contactFileKind`).
const ACCEPTED = {
  'text/csv': ['.csv'],
  'application/vnd.ms-excel': ['.csv'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'text/vcard': ['.vcf', '.vcard'],
  'text/x-vcard': ['.vcf', '.vcard'],
};

interface LoadedFile {
  name: string;
  kind: ContactFileKind;
  /** The file's bytes, read again when the user picks another encoding. */
  bytes: Uint8Array;
  /** The text encoding read (null for xlsx, which has none to choose). */
  encoding: TextEncoding | null;
  table: ImportTable;
  /** The layout recognised (Google Contacts, Outlook, vCard…), or null. */
  format: ImportFormat | null;
  headerMap: HeaderMap;
}

async function loadFile(
  name: string,
  kind: ContactFileKind,
  bytes: Uint8Array,
  chosen: TextEncoding | null,
): Promise<LoadedFile> {
  const encoding = kind === 'xlsx' ? null : (chosen ?? detectTextEncoding(bytes));
  const records =
    kind === 'xlsx' || encoding === null
      ? await readXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
      : await readTextRecords(bytes, kind, encoding);
  const table = tableFromRecords(records);
  const { format, headerMap } = detectImportLayout(table.headers);
  return { name, kind, bytes, encoding, table, format, headerMap };
}

export function ImportContactsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = pickLocale(i18n.language);
  const { tenantId } = useTenant();
  const { user } = useActiveSession();
  const setup = useImportSetup(tenantId, opened);
  const importer = useContactImport(tenantId);
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [policy, setPolicy] = useState<DuplicatePolicy>('skip');
  const [defaultClientType, setDefaultClientType] = useState<ClientType | null>(null);
  const context = useMemo(
    () => (setup.data ? { ...importContextOf(setup.data, user.uid), defaultClientType } : null),
    [setup.data, user.uid, defaultClientType],
  );
  const names = useMemo(
    () => new Map((file?.table.rows ?? []).map((row) => [row.row, rowName(row.values, file?.headerMap ?? {})])),
    [file],
  );
  const { run } = importer;
  const running = run.status === 'running';

  const open = async (load: () => Promise<LoadedFile>) => {
    setFileError(null);
    setReading(true);
    try {
      const loaded = await load();
      if (loaded.table.rows.length === 0) setFileError(t('contactImport.emptyFile'));
      else if (loaded.table.rows.length > IMPORT_ROWS_MAX)
        setFileError(t('contactImport.tooManyRows', { count: loaded.table.rows.length, max: IMPORT_ROWS_MAX }));
      else setFile(loaded);
    } catch (error) {
      setFileError(t('contactImport.unreadable', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setReading(false);
    }
  };

  const readFile = async (picked: File | undefined) => {
    if (!picked) return;
    const kind = contactFileKind(picked.name);
    if (!kind) {
      setFileError(t('contactImport.dropRejected'));
      return;
    }
    await open(async () => loadFile(picked.name, kind, new Uint8Array(await picked.arrayBuffer()), null));
  };

  /** The same file read in another encoding: the mapping is detected again from the new headers. */
  const changeEncoding = (encoding: TextEncoding) => {
    if (!file) return;
    const { name, kind, bytes } = file;
    void open(() => loadFile(name, kind, bytes, encoding));
  };

  const startOver = () => {
    setFile(null);
    setFileError(null);
    setDefaultClientType(null);
    importer.reset();
  };

  const close = () => {
    if (running) return;
    startOver();
    onClose();
  };

  let body;
  if (setup.isError) {
    body = <Alert color="red">{describeError(t, setup.error)}</Alert>;
  } else if (!context) {
    body = (
      <Group gap="sm">
        <Loader size="sm" />
        <Text>{t('contactImport.loadingSetup')}</Text>
      </Group>
    );
  } else if (run.status === 'done') {
    body = <ImportReport results={run.results} names={names} locale={locale} onOpenContact={close} />;
  } else if (run.status !== 'idle') {
    body = (
      <Stack gap="md">
        <Progress value={run.total > 0 ? (run.done / run.total) * 100 : 0} size="lg" animated={running} />
        <Text size="sm" data-testid="import-progress">
          {t('contactImport.progress', { done: run.done, total: run.total })}
        </Text>
        {run.status === 'failed' ? (
          <Alert color="red" title={t('contactImport.errors')}>
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('contactImport.failed', { reason: describeError(t, run.error) })}</Text>
              <Button size="xs" leftSection={<IconRefresh size={14} />} onClick={importer.resume}>
                {t('contactImport.resume')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
      </Stack>
    );
  } else if (file) {
    body = (
      <ColumnMapping
        fileName={file.name}
        format={file.format}
        encoding={file.encoding}
        reading={reading}
        table={file.table}
        headerMap={file.headerMap}
        context={context}
        locale={locale}
        policy={policy}
        defaultClientType={defaultClientType}
        onEncoding={changeEncoding}
        onHeaderMap={(headerMap) => setFile({ ...file, headerMap })}
        onPolicy={setPolicy}
        onDefaultClientType={setDefaultClientType}
        onBack={startOver}
        onStart={() => importer.start(file.table.rows, file.headerMap, policy, defaultClientType)}
      />
    );
  } else {
    body = (
      <Stack gap="sm">
        <Dropzone
          onDrop={(files) => void readFile(files[0])}
          onReject={() => setFileError(t('contactImport.dropRejected'))}
          accept={ACCEPTED}
          maxSize={SPREADSHEET_MAX_BYTES}
          multiple={false}
          loading={reading}
          data-testid="import-dropzone"
        >
          <Group justify="center" gap="lg" mih={160} style={{ pointerEvents: 'none' }}>
            <Dropzone.Accept>
              <IconUpload size={44} stroke={1.5} />
            </Dropzone.Accept>
            <Dropzone.Reject>
              <IconX size={44} stroke={1.5} />
            </Dropzone.Reject>
            <Dropzone.Idle>
              <IconFileSpreadsheet size={44} stroke={1.5} />
            </Dropzone.Idle>
            <Stack gap={4} maw={420}>
              <Text size="lg" fw={600}>
                {t('contactImport.dropTitle')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('contactImport.dropHint')}
              </Text>
            </Stack>
          </Group>
        </Dropzone>
        {reading ? <Text size="sm">{t('contactImport.reading')}</Text> : null}
        {fileError ? (
          <Alert color="red" data-testid="import-file-error">
            {fileError}
          </Alert>
        ) : null}
      </Stack>
    );
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('contactImport.title')}
      size="xl"
      closeOnEscape={!running}
      closeOnClickOutside={!running}
      withCloseButton={!running}
    >
      {body}
      {run.status === 'done' ? (
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={startOver}>
            {t('contactImport.importAnother')}
          </Button>
          <Button onClick={close}>{t('contactImport.close')}</Button>
        </Group>
      ) : null}
    </Modal>
  );
}
