import {
  CLIENT_TYPES,
  clientTypeSchema,
  contactFullName,
  formatPhone,
  IMPORT_COLUMN_HEADERS,
  IMPORT_COLUMNS,
  importColumnSchema,
  mapImportRow,
  type DuplicatePolicy,
  type HeaderMap,
  type ClientType,
  type ImportContext,
  type ImportFormat,
  type ImportTable,
  type Locale,
  TEXT_ENCODINGS,
  type TextEncoding,
} from '@estate/domain';
import { Alert, Badge, Button, Group, Radio, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconCircleCheck, IconUpload } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { columnLabel, describeRowError, rowName } from '../utils/import-report';

const PREVIEW_ROWS = 8;
const IGNORE = 'ignore';
const NO_TYPE = 'none';

interface ColumnMappingProps {
  fileName: string;
  /** The layout recognised from the headers (Google Contacts, Outlook, vCard…), or null. */
  format: ImportFormat | null;
  /** The text encoding the file was read in (null for xlsx). */
  encoding: TextEncoding | null;
  /** The file is being read again (another encoding). */
  reading: boolean;
  table: ImportTable;
  headerMap: HeaderMap;
  context: ImportContext;
  locale: Locale;
  policy: DuplicatePolicy;
  /** The type of rows that give none (address books never say buyer or seller). */
  defaultClientType: ClientType | null;
  onEncoding: (encoding: TextEncoding) => void;
  onHeaderMap: (headerMap: HeaderMap) => void;
  onPolicy: (policy: DuplicatePolicy) => void;
  onDefaultClientType: (clientType: ClientType | null) => void;
  onBack: () => void;
  onStart: () => void;
}

/** The detected meaning of each column (editable), a preview read exactly as the server will, and the policy. */
export function ColumnMapping({
  fileName,
  format,
  encoding,
  reading,
  table,
  headerMap,
  context,
  locale,
  policy,
  defaultClientType,
  onEncoding,
  onHeaderMap,
  onPolicy,
  onDefaultClientType,
  onBack,
  onStart,
}: ColumnMappingProps) {
  const { t } = useTranslation();
  const options = useMemo(
    () => [
      { value: IGNORE, label: t('contactImport.ignore') },
      ...IMPORT_COLUMNS.map((column) => ({ value: column, label: IMPORT_COLUMN_HEADERS[locale][column] })),
    ],
    [locale, t],
  );
  const mappings = useMemo(
    () =>
      table.rows.map((row) => ({
        row: row.row,
        name: rowName(row.values, headerMap),
        mapping: mapImportRow(row.values, headerMap, context),
      })),
    [table, headerMap, context],
  );
  const invalid = mappings.filter(({ mapping }) => 'errors' in mapping).length;
  const valid = mappings.filter(({ mapping }) => 'ok' in mapping).length;
  const recognised = Object.values(headerMap).some((column) => column !== null);
  const example = (header: string) => table.rows.find((row) => (row.values[header] ?? '') !== '')?.values[header] ?? '';
  const typeHeaders = Object.keys(headerMap).filter((header) => headerMap[header] === 'clientType');
  const rowsWithoutType = table.rows.filter((row) =>
    typeHeaders.every((header) => (row.values[header] ?? '').trim() === ''),
  ).length;
  const typeOptions = [
    { value: NO_TYPE, label: t('contactImport.noDefaultType') },
    ...CLIENT_TYPES.map((type) => ({ value: type, label: t(`clientTypes.${type}`) })),
  ];
  const encodingOptions = TEXT_ENCODINGS.map((value) => ({ value, label: t(`contactImport.encodings.${value}`) }));

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Text fw={600}>{t('contactImport.fileSummary', { file: fileName, count: table.rows.length })}</Text>
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
          {t('contactImport.changeFile')}
        </Button>
      </Group>

      {format ? (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} data-testid="import-format">
          {t('contactImport.formatRecognised', { format: t(`contactImport.formats.${format}`) })}
        </Alert>
      ) : null}

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {encoding ? (
          <Select
            label={t('contactImport.encoding')}
            description={t('contactImport.encodingHint')}
            data={encodingOptions}
            value={encoding}
            allowDeselect={false}
            disabled={reading}
            onChange={(value) => {
              const chosen = TEXT_ENCODINGS.find((candidate) => candidate === value);
              if (chosen && chosen !== encoding) onEncoding(chosen);
            }}
            data-testid="import-encoding"
          />
        ) : null}
        {rowsWithoutType > 0 ? (
          <Select
            label={t('contactImport.defaultType', { count: rowsWithoutType })}
            description={t('contactImport.defaultTypeHint')}
            data={typeOptions}
            value={defaultClientType ?? NO_TYPE}
            allowDeselect={false}
            onChange={(value) => {
              const type = clientTypeSchema.safeParse(value);
              onDefaultClientType(type.success ? type.data : null);
            }}
            data-testid="import-default-type"
          />
        ) : null}
      </SimpleGrid>

      <Stack gap="xs">
        <Title order={4}>{t('contactImport.mappingTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('contactImport.mappingHint')}
        </Text>
        {!recognised ? (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />}>
            {t('contactImport.noColumnRecognised')}
          </Alert>
        ) : null}
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={6} data-testid="import-mapping">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contactImport.fileColumn')}</Table.Th>
                <Table.Th>{t('contactImport.field')}</Table.Th>
                <Table.Th>{t('contactImport.example')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.headers.map((header) => (
                <Table.Tr key={header}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {header}
                    </Text>
                  </Table.Td>
                  <Table.Td w={260}>
                    <Select
                      size="xs"
                      data={options}
                      value={headerMap[header] ?? IGNORE}
                      allowDeselect={false}
                      aria-label={t('contactImport.fieldFor', { header })}
                      onChange={(value) => {
                        const column = importColumnSchema.safeParse(value);
                        onHeaderMap({ ...headerMap, [header]: column.success ? column.data : null });
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" lineClamp={1}>
                      {example(header)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>

      <Stack gap="xs">
        <Title order={4}>{t('contactImport.previewTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('contactImport.previewHint', { count: Math.min(PREVIEW_ROWS, mappings.length) })}
        </Text>
        <Table.ScrollContainer minWidth={620}>
          <Table verticalSpacing={6} data-testid="import-preview">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('contactImport.row')}</Table.Th>
                <Table.Th>{t('contactImport.name')}</Table.Th>
                <Table.Th>{t('contactImport.reach')}</Table.Th>
                <Table.Th>{t('contactImport.check')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mappings.slice(0, PREVIEW_ROWS).map(({ row, name, mapping }) => (
                <Table.Tr key={row} data-testid={`import-preview-row-${row}`}>
                  <Table.Td>{row}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{'ok' in mapping ? contactFullName(mapping.ok) : name}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {'ok' in mapping
                        ? [
                            ...mapping.ok.emails.map((email) => email.address),
                            ...mapping.ok.phones.map((phone) => formatPhone(phone.number)),
                          ].join(', ')
                        : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {'errors' in mapping ? (
                      <Stack gap={2}>
                        {mapping.errors.map((error, index) => (
                          <Text key={index} size="sm" c="red">
                            {error.column ? `${columnLabel(error.column, locale)} — ` : ''}
                            {describeRowError(t, error)}
                          </Text>
                        ))}
                      </Stack>
                    ) : (
                      <Badge color="teal" variant="light">
                        {t('contactImport.rowReady')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="sm" data-testid="import-summary">
          {t('contactImport.summary', { valid, invalid })}
        </Text>
      </Stack>

      <Radio.Group
        label={t('contactImport.policyLabel')}
        value={policy}
        onChange={(value) => onPolicy(value === 'create' ? 'create' : 'skip')}
      >
        <Stack gap={6} mt={6}>
          <Radio value="skip" label={t('contactImport.policySkip')} />
          <Radio value="create" label={t('contactImport.policyCreate')} />
        </Stack>
      </Radio.Group>

      <Group justify="flex-end">
        <Button
          leftSection={<IconUpload size={16} />}
          disabled={table.rows.length === 0 || !recognised}
          onClick={onStart}
          data-testid="import-start"
        >
          {t('contactImport.start', { count: table.rows.length })}
        </Button>
      </Group>
    </Stack>
  );
}
