import {
  importUnitsContract,
  parseUnitRecords,
  UNIT_BATCH_MAX,
  UNIT_COLUMN_HEADERS,
  type Building,
  type ImportUnitsResult,
  type UnitImportIssue,
  type UnitImportRow,
} from '@estate/domain';
import { Alert, Button, FileInput, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { notifySuccess } from '../../../ui/notify';
import { describeProjectsError, importUnits } from '../data/projects.mutations';
import { readUnitFile, UNIT_FILE_MAX_BYTES, unitFileKind } from '../utils/unit-spreadsheet';

type Stage =
  | { kind: 'choose' }
  | { kind: 'reading' }
  | { kind: 'ready'; rows: UnitImportRow[] }
  | { kind: 'importing'; rows: UnitImportRow[] }
  | { kind: 'report'; issues: UnitImportIssue[]; missing: string[]; error: string | null };

/** How many problems the report lists; the count says how many there are in all. */
const REPORT_MAX = 200;

/**
 * Imports a building's units from an xlsx or CSV file: the file is read and every row checked here,
 * then the function checks them again against the building and its units and writes all or nothing.
 * Either way the problems are listed by row and column.
 */
export function ImportUnitsModal({
  building,
  opened,
  onClose,
  onImported,
}: {
  building: Building;
  opened: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [fileError, setFileError] = useState<string | null>(null);
  useEffect(() => {
    if (opened) {
      setFile(null);
      setStage({ kind: 'choose' });
      setFileError(null);
    }
  }, [opened]);
  const locale = currentLocale();
  const columnName = (column: UnitImportIssue['column']) => (column ? UNIT_COLUMN_HEADERS[locale][column] : '—');

  const read = async (chosen: File | null) => {
    setFile(chosen);
    setFileError(null);
    if (!chosen) return setStage({ kind: 'choose' });
    if (!unitFileKind(chosen.name)) return setFileError(t('projects.import.wrongKind'));
    if (chosen.size > UNIT_FILE_MAX_BYTES) return setFileError(t('projects.import.tooLarge'));
    setStage({ kind: 'reading' });
    try {
      const parsed = parseUnitRecords(await readUnitFile(chosen));
      if (parsed.missing.length > 0 || parsed.issues.length > 0) {
        setStage({
          kind: 'report',
          issues: parsed.issues,
          missing: parsed.missing.map((column) => UNIT_COLUMN_HEADERS[locale][column]),
          error: null,
        });
      } else if (parsed.rows.length === 0) {
        setFileError(t('projects.import.empty'));
        setStage({ kind: 'choose' });
      } else if (parsed.rows.length > UNIT_BATCH_MAX) {
        setFileError(t('projects.import.tooMany', { max: UNIT_BATCH_MAX }));
        setStage({ kind: 'choose' });
      } else {
        setStage({ kind: 'ready', rows: parsed.rows });
      }
    } catch {
      setFileError(t('projects.import.unreadable'));
      setStage({ kind: 'choose' });
    }
  };

  const run = async (rows: UnitImportRow[]) => {
    setStage({ kind: 'importing', rows });
    try {
      const result: ImportUnitsResult = await importUnits({ buildingId: building.id, rows });
      if (result.issues.length > 0) {
        setStage({ kind: 'report', issues: result.issues, missing: [], error: null });
        return;
      }
      notifySuccess(t('projects.import.done', result));
      onImported();
      onClose();
    } catch (caught) {
      setStage({
        kind: 'report',
        issues: [],
        missing: [],
        error: describeProjectsError(t, importUnitsContract, caught),
      });
    }
  };

  const issueText = (issue: UnitImportIssue) =>
    t(`projects.import.codes.${issue.code}`, { defaultValue: '', detail: issue.message }) || issue.message;

  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={t('projects.import.title', { name: building.name })}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('projects.import.help', {
            columns: Object.values(UNIT_COLUMN_HEADERS[locale]).join(', '),
          })}
        </Text>
        <FileInput
          label={t('projects.import.file')}
          placeholder={t('projects.import.choose')}
          accept=".xlsx,.csv"
          leftSection={<IconFileSpreadsheet size={16} />}
          value={file}
          onChange={(chosen) => void read(chosen)}
          error={fileError}
          clearable
          data-testid="units-import-file"
        />
        {stage.kind === 'reading' ? <Text size="sm">{t('projects.import.reading')}</Text> : null}
        {stage.kind === 'ready' || stage.kind === 'importing' ? (
          <Alert color="blue" data-testid="units-import-ready">
            {t('projects.import.ready', { count: stage.rows.length })}
          </Alert>
        ) : null}
        {stage.kind === 'report' ? (
          <Stack gap="xs" data-testid="units-import-report">
            <Alert color="red" title={t('projects.import.nothingImported')}>
              {stage.error ??
                (stage.missing.length > 0
                  ? t('projects.import.missing', { columns: stage.missing.join(', ') })
                  : t('projects.import.problems', { count: stage.issues.length }))}
            </Alert>
            {stage.issues.length > 0 ? (
              <ScrollArea.Autosize mah={320}>
                <Table striped withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('projects.import.row')}</Table.Th>
                      <Table.Th>{t('projects.import.column')}</Table.Th>
                      <Table.Th>{t('projects.import.problem')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {stage.issues.slice(0, REPORT_MAX).map((issue, index) => (
                      <Table.Tr key={index} data-testid="units-import-issue">
                        <Table.Td>{issue.row}</Table.Td>
                        <Table.Td>{columnName(issue.column)}</Table.Td>
                        <Table.Td>{issueText(issue)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            ) : null}
            {stage.issues.length > REPORT_MAX ? (
              <Text size="sm" c="dimmed">
                {t('projects.import.more', { count: stage.issues.length - REPORT_MAX })}
              </Text>
            ) : null}
          </Stack>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={stage.kind !== 'ready' && stage.kind !== 'importing'}
            loading={stage.kind === 'importing'}
            onClick={() => (stage.kind === 'ready' ? void run(stage.rows) : undefined)}
            data-testid="units-import-run"
          >
            {t('projects.import.run')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
