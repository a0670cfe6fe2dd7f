import type { ImportRowResult, Locale } from '@estate/domain';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { csvBlob, datedFileName, download } from '../utils/spreadsheet';
import { columnLabel, contactLink, describeMatch, describeRowError, reportRecords } from '../utils/import-report';

interface ImportReportProps {
  results: readonly ImportRowResult[];
  /** Each row's name as the file gives it. */
  names: ReadonlyMap<number, string>;
  locale: Locale;
  onOpenContact: () => void;
}

function Count({ label, value, color, testId }: { label: string; value: number; color: string; testId: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} c={color} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** What became of every row: counts, the duplicates with their matches, the refused rows with the reasons. */
export function ImportReport({ results, names, locale, onOpenContact }: ImportReportProps) {
  const { t } = useTranslation();
  const imported = results.filter((result) => result.status === 'imported');
  const duplicates = results.filter((result) => (result.matches?.length ?? 0) > 0);
  const refused = results.filter((result) => result.status === 'error');

  return (
    <Stack gap="lg" data-testid="import-report">
      <Title order={4}>{t('contactImport.reportTitle')}</Title>
      <SimpleGrid cols={3}>
        <Count
          label={t('contactImport.imported')}
          value={imported.length}
          color="teal"
          testId="import-count-imported"
        />
        <Count
          label={t('contactImport.duplicates')}
          value={results.filter((result) => result.status === 'duplicate').length}
          color="orange"
          testId="import-count-duplicates"
        />
        <Count label={t('contactImport.errors')} value={refused.length} color="red" testId="import-count-errors" />
      </SimpleGrid>

      {duplicates.length === 0 && refused.length === 0 ? (
        <Text c="dimmed">{t('contactImport.nothingToReport')}</Text>
      ) : null}

      {duplicates.length > 0 ? (
        <Stack gap="xs">
          <Title order={5}>{t('contactImport.duplicatesTitle')}</Title>
          <Table verticalSpacing={6} data-testid="import-duplicates">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('contactImport.row')}</Table.Th>
                <Table.Th>{t('contactImport.name')}</Table.Th>
                <Table.Th>{t('contactImport.matches')}</Table.Th>
                <Table.Th w={180} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {duplicates.map((result) => (
                <Table.Tr key={result.row}>
                  <Table.Td>{result.row}</Table.Td>
                  <Table.Td>{names.get(result.row) ?? ''}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {(result.matches ?? []).map((match, index) =>
                        match.contactId ? (
                          <Anchor
                            key={index}
                            component={Link}
                            to={contactLink(match.contactId)}
                            onClick={onOpenContact}
                          >
                            {describeMatch(t, match)}
                          </Anchor>
                        ) : (
                          <Text key={index} size="sm" c="dimmed">
                            {describeMatch(t, match)}
                          </Text>
                        ),
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={result.status === 'duplicate' ? 'orange' : 'teal'} variant="light">
                      {result.status === 'duplicate'
                        ? t('contactImport.duplicateSkipped')
                        : t('contactImport.duplicateCreated')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : null}

      {refused.length > 0 ? (
        <Stack gap="xs">
          <Title order={5}>{t('contactImport.errorsTitle')}</Title>
          <Table verticalSpacing={6} data-testid="import-errors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('contactImport.row')}</Table.Th>
                <Table.Th>{t('contactImport.name')}</Table.Th>
                <Table.Th w={160}>{t('contactImport.column')}</Table.Th>
                <Table.Th>{t('contactImport.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {refused.flatMap((result) =>
                (result.errors ?? []).map((error, index) => (
                  <Table.Tr key={`${result.row}-${index}`}>
                    <Table.Td>{result.row}</Table.Td>
                    <Table.Td>{names.get(result.row) ?? ''}</Table.Td>
                    <Table.Td>{columnLabel(error.column, locale)}</Table.Td>
                    <Table.Td>{describeRowError(t, error)}</Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : null}

      <Group>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          onClick={() =>
            download(
              csvBlob(reportRecords(t, locale, results, names), locale),
              datedFileName(t('contactImport.reportFileName'), 'csv'),
            )
          }
          data-testid="import-report-download"
        >
          {t('contactImport.downloadReport')}
        </Button>
      </Group>
    </Stack>
  );
}
