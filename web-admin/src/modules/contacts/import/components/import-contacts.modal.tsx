import '@mantine/dropzone/styles.css';
import {
  detectHeaders,
  pickLocale,
  tableFromRecords,
  type DuplicatePolicy,
  type HeaderMap,
  type ImportTable,
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
import { isSpreadsheet, readSpreadsheet, SPREADSHEET_MAX_BYTES } from '../utils/spreadsheet';
import { ColumnMapping } from './column-mapping';
import { ImportReport } from './import-report';

/** Rows one import takes; beyond, the agency splits its file (the browser reads it whole). */
const IMPORT_ROWS_MAX = 20_000;

// Windows labels CSV files as Excel's old type: the name's extension decides (see `isSpreadsheet`).
const ACCEPTED = {
  'text/csv': ['.csv'],
  'application/vnd.ms-excel': ['.csv'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
};

interface LoadedFile {
  name: string;
  table: ImportTable;
  headerMap: HeaderMap;
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
  const context = useMemo(() => (setup.data ? importContextOf(setup.data, user.uid) : null), [setup.data, user.uid]);
  const names = useMemo(
    () => new Map((file?.table.rows ?? []).map((row) => [row.row, rowName(row.values, file?.headerMap ?? {})])),
    [file],
  );
  const { run } = importer;
  const running = run.status === 'running';

  const readFile = async (picked: File | undefined) => {
    if (!picked) return;
    if (!isSpreadsheet(picked)) {
      setFileError(t('contactImport.dropRejected'));
      return;
    }
    setFileError(null);
    setReading(true);
    try {
      const table = tableFromRecords(await readSpreadsheet(picked));
      if (table.rows.length === 0) setFileError(t('contactImport.emptyFile'));
      else if (table.rows.length > IMPORT_ROWS_MAX)
        setFileError(t('contactImport.tooManyRows', { count: table.rows.length, max: IMPORT_ROWS_MAX }));
      else setFile({ name: picked.name, table, headerMap: detectHeaders(table.headers) });
    } catch (error) {
      setFileError(t('contactImport.unreadable', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setReading(false);
    }
  };

  const startOver = () => {
    setFile(null);
    setFileError(null);
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
        table={file.table}
        headerMap={file.headerMap}
        context={context}
        locale={locale}
        policy={policy}
        onHeaderMap={(headerMap) => setFile({ ...file, headerMap })}
        onPolicy={setPolicy}
        onBack={startOver}
        onStart={() => importer.start(file.table.rows, file.headerMap, policy)}
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
