import {
  DVF_SKIP_REASONS,
  pricePerSquareMetre,
  type ComparableKind,
  type ComparableSale,
  type DvfReadResult,
  type Property,
} from '@estate/domain';
import {
  Alert,
  Button,
  Checkbox,
  FileButton,
  Group,
  List,
  Modal,
  NumberInput,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../../tenancy';
import { readDvfFile } from '../data/read-dvf-file';

/** A department's geolocated extract runs to tens of megabytes; a commune's to a few hundred kilobytes. */
const DVF_MAX_MB = 40;
/** Rows drawn at once: past this the user narrows the filters. */
const SHOWN_MAX = 200;

const KIND_OF_PROPERTY: Partial<Record<Property['propertyType'], ComparableKind>> = {
  apartment: 'apartment',
  house: 'house',
  commercial: 'commercial',
};

interface Filters {
  kind: ComparableKind | 'all';
  surfaceFrom: number | null;
  surfaceTo: number | null;
  postalCode: string;
  since: string;
}

/** Filters set for this property: its kind, ±30 % of its surface, its postcode, the last three years. */
function initialFilters(property: Property): Filters {
  const surface = property.surface;
  const since = new Date();
  since.setFullYear(since.getFullYear() - 3);
  return {
    kind: KIND_OF_PROPERTY[property.propertyType] ?? 'all',
    surfaceFrom: surface ? Math.floor(surface * 0.7) : null,
    surfaceTo: surface ? Math.ceil(surface * 1.3) : null,
    postalCode: property.address.postalCode,
    since: since.toISOString().slice(0, 10),
  };
}

function matches(sale: ComparableSale, filters: Filters): boolean {
  if (filters.kind !== 'all' && sale.kind !== filters.kind) return false;
  if (filters.surfaceFrom !== null && sale.surface < filters.surfaceFrom) return false;
  if (filters.surfaceTo !== null && sale.surface > filters.surfaceTo) return false;
  if (filters.postalCode.trim() !== '' && !sale.postalCode.startsWith(filters.postalCode.trim())) return false;
  return filters.since === '' || sale.date >= filters.since;
}

const saleKey = (sale: ComparableSale) => sale.sourceId || `${sale.date}|${sale.price}|${sale.address}`;

interface DvfImportModalProps {
  opened: boolean;
  property: Property;
  /** The sales already in the estimation: not offered twice. */
  present: readonly ComparableSale[];
  room: number;
  onAdd: (sales: ComparableSale[]) => void;
  onClose: () => void;
}

/**
 * Reads a DVF extract in the browser (nothing is uploaded), says what it found and left out, and lets
 * the agent keep the sales that compare, filtered for the property from the start.
 */
export function DvfImportModal({ opened, property, present, room, onAdd, onClose }: DvfImportModalProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<Extract<DvfReadResult, { ok: true }> | null>(null);
  const [filters, setFilters] = useState<Filters>(() => initialFilters(property));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const presentKeys = useMemo(() => new Set(present.map(saleKey)), [present]);

  const matching = useMemo(
    () => (result ? result.sales.filter((sale) => matches(sale, filters)) : []),
    [result, filters],
  );
  const shown = matching.slice(0, SHOWN_MAX);
  const chosen = shown.filter((sale) => selected.has(saleKey(sale)) && !presentKeys.has(saleKey(sale)));

  const read = async (file: File | null) => {
    if (!file) return;
    setFailure(null);
    setResult(null);
    if (file.size > DVF_MAX_MB * 1024 * 1024) {
      setFailure(t('estimations.dvf.tooLarge', { max: DVF_MAX_MB }));
      return;
    }
    setReading(true);
    try {
      const read = await readDvfFile(file);
      if (!read.ok) {
        setFailure(
          read.error === 'empty'
            ? t('estimations.dvf.empty')
            : t('estimations.dvf.notDvf', { columns: read.missing.join(', ') }),
        );
        return;
      }
      setResult(read);
      setSelected(new Set());
    } catch {
      setFailure(t('estimations.dvf.unreadable'));
    } finally {
      setReading(false);
    }
  };

  const toggle = (sale: ComparableSale, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(saleKey(sale));
      else next.delete(saleKey(sale));
      return next;
    });

  const close = () => {
    setResult(null);
    setFailure(null);
    setSelected(new Set());
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('estimations.dvf.title')} size="xl">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('estimations.dvf.intro')}
        </Text>
        <Group>
          <FileButton onChange={(file) => void read(file)} accept=".csv,.txt,text/csv,text/plain">
            {(props) => (
              <Button {...props} leftSection={<IconFileImport size={16} />} loading={reading} variant="light">
                {t('estimations.dvf.choose')}
              </Button>
            )}
          </FileButton>
          {reading && <Text size="sm">{t('estimations.dvf.reading')}</Text>}
        </Group>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {result && (
          <>
            <Stack gap={4}>
              <Text size="sm" fw={600} data-testid="dvf-summary">
                {t('estimations.dvf.summary', {
                  sales: result.sales.length,
                  lines: result.lines,
                  layout: t(`estimations.dvf.layouts.${result.layout}`),
                })}
              </Text>
              <List size="xs" c="dimmed">
                {DVF_SKIP_REASONS.filter((reason) => result.skipped[reason] > 0).map((reason) => (
                  <List.Item key={reason}>
                    {t(`estimations.dvf.skipped.${reason}`, { count: result.skipped[reason] })}
                  </List.Item>
                ))}
              </List>
            </Stack>
            <SimpleGrid cols={{ base: 2, sm: 5 }}>
              <Select
                label={t('estimations.dvf.kind')}
                value={filters.kind}
                allowDeselect={false}
                data={(['all', 'apartment', 'house', 'commercial', 'other'] as const).map((kind) => ({
                  value: kind,
                  label: t(`estimations.dvf.kinds.${kind}`),
                }))}
                onChange={(kind) => kind && setFilters({ ...filters, kind: kind as Filters['kind'] })}
              />
              <NumberInput
                label={t('estimations.dvf.surfaceFrom')}
                value={filters.surfaceFrom ?? ''}
                min={0}
                onChange={(value) => setFilters({ ...filters, surfaceFrom: typeof value === 'number' ? value : null })}
              />
              <NumberInput
                label={t('estimations.dvf.surfaceTo')}
                value={filters.surfaceTo ?? ''}
                min={0}
                onChange={(value) => setFilters({ ...filters, surfaceTo: typeof value === 'number' ? value : null })}
              />
              <TextInput
                label={t('estimations.dvf.postalCode')}
                value={filters.postalCode}
                onChange={(event) => setFilters({ ...filters, postalCode: event.currentTarget.value })}
              />
              <TextInput
                type="date"
                label={t('estimations.dvf.since')}
                value={filters.since}
                onChange={(event) => setFilters({ ...filters, since: event.currentTarget.value })}
              />
            </SimpleGrid>
            <Group justify="space-between">
              <Text size="sm" data-testid="dvf-matching">
                {t('estimations.dvf.matching', { count: matching.length })}
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() =>
                    setSelected(
                      new Set(
                        shown
                          .filter((sale) => !presentKeys.has(saleKey(sale)))
                          .slice(0, room)
                          .map(saleKey),
                      ),
                    )
                  }
                >
                  {t('estimations.dvf.selectAll')}
                </Button>
                <Button size="xs" variant="subtle" onClick={() => setSelected(new Set())}>
                  {t('estimations.dvf.selectNone')}
                </Button>
              </Group>
            </Group>
            {matching.length > SHOWN_MAX && (
              <Text size="xs" c="dimmed">
                {t('estimations.dvf.shown', { shown: SHOWN_MAX })}
              </Text>
            )}
            <ScrollArea.Autosize mah={340}>
              <Table striped highlightOnHover verticalSpacing={4} fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th />
                    <Table.Th>{t('estimations.comparables.date')}</Table.Th>
                    <Table.Th>{t('estimations.comparables.address')}</Table.Th>
                    <Table.Th ta="right">{t('estimations.comparables.surface')}</Table.Th>
                    <Table.Th ta="right">{t('estimations.comparables.price')}</Table.Th>
                    <Table.Th ta="right">{t('estimations.comparables.perMetre')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((sale) => {
                    const key = saleKey(sale);
                    const already = presentKeys.has(key);
                    return (
                      <Table.Tr key={key}>
                        <Table.Td>
                          <Checkbox
                            aria-label={`${sale.address} ${sale.date}`}
                            checked={already || selected.has(key)}
                            disabled={already || (!selected.has(key) && chosen.length >= room)}
                            onChange={(event) => toggle(sale, event.currentTarget.checked)}
                          />
                        </Table.Td>
                        <Table.Td>{sale.date}</Table.Td>
                        <Table.Td>
                          {sale.address}, {sale.postalCode} {sale.city}
                          {already && (
                            <Text span size="xs" c="dimmed">
                              {' '}
                              ({t('estimations.dvf.already')})
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">{sale.surface}</Table.Td>
                        <Table.Td ta="right">{money(sale.price)}</Table.Td>
                        <Table.Td ta="right">{money(pricePerSquareMetre(sale))}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {t('estimations.dvf.room', { count: room })}
              </Text>
              <Button
                disabled={chosen.length === 0}
                onClick={() => {
                  onAdd(chosen);
                  close();
                }}
              >
                {t('estimations.dvf.add', { count: chosen.length })}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
