import {
  comparableSaleSchema,
  ESTIMATION_COMPARABLES_MAX,
  ESTIMATION_METHODS,
  estimationFieldsSchema,
  pricePerSquareMetre,
  type ComparableSale,
  type Estimation,
  type EstimationMethod,
  type Property,
} from '@estate/domain';
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconFileImport, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../ui/auth-error';
import { fieldError } from '../../../ui/field-error';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useMoney } from '../../tenancy';
import { newRequestId, saveEstimation } from '../data/estimations.repository';
import { ComparablesSummary } from './comparables-summary';
import { DvfImportModal } from './dvf-import.modal';

type Errors = Partial<Record<string, string>>;

/** The schema's words for what the form checks most, in the user's language. */
const MESSAGES: Record<string, string> = {
  'the low value is above the high value': 'estimations.errors.lowAboveHigh',
  'a date like 2026-03-31': 'estimations.errors.date',
  'more than 0': 'estimations.errors.positive',
  'a number': 'estimations.errors.positive',
};

interface ManualSale {
  address: string;
  postalCode: string;
  city: string;
  date: string;
  price: number | '';
  surface: number | '';
}

const EMPTY_SALE: ManualSale = { address: '', postalCode: '', city: '', date: '', price: '', surface: '' };

/** A zod issue list as one message per top-level field (the first issue wins). */
function errorsOf(t: TFunction, issues: readonly { path: readonly PropertyKey[]; message: string }[]): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    const known = MESSAGES[issue.message];
    errors[field] ??= known ? t(known) : fieldError(t, issue.message);
  }
  return errors;
}

const amount = (value: number | string) => (typeof value === 'number' ? value : null);

interface EstimationFormModalProps {
  property: Property;
  /** The estimation edited; null for a new one. */
  estimation: Estimation | null;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * An estimation's form: the range, the method, the notes, and the comparable sales (typed one by one
 * or imported from DVF), whose prices per square metre suggest a range for the property's surface.
 */
export function EstimationFormModal({ property, estimation, onClose, onSaved }: EstimationFormModalProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const [requestId] = useState(newRequestId);
  const [low, setLow] = useState<number | ''>(estimation?.low ?? '');
  const [high, setHigh] = useState<number | ''>(estimation?.high ?? '');
  const [method, setMethod] = useState<EstimationMethod>(estimation?.method ?? 'comparison');
  const [notes, setNotes] = useState(estimation?.notes ?? '');
  const [comparables, setComparables] = useState<ComparableSale[]>(estimation?.comparables ?? []);
  const [errors, setErrors] = useState<Errors>({});
  const [sale, setSale] = useState<ManualSale>(EMPTY_SALE);
  const [saleErrors, setSaleErrors] = useState<Errors>({});
  const [importing, setImporting] = useState(false);
  const room = ESTIMATION_COMPARABLES_MAX - comparables.length;

  const save = useMutation({
    mutationFn: async () => {
      const parsed = estimationFieldsSchema.safeParse({
        low: amount(low),
        high: amount(high),
        method,
        notes,
        comparables,
      });
      if (!parsed.success) {
        setErrors(errorsOf(t, parsed.error.issues));
        return false;
      }
      setErrors({});
      await saveEstimation({
        propertyId: property.id,
        estimationId: estimation?.id ?? null,
        requestId,
        estimation: parsed.data,
      });
      return true;
    },
    onSuccess: (saved) => {
      if (!saved) return;
      notifySuccess(t('estimations.saved'));
      onSaved();
    },
    onError: (error) => notifyError(describeError(t, error)),
  });

  const addSale = () => {
    const parsed = comparableSaleSchema.safeParse({
      ...sale,
      price: amount(sale.price),
      surface: amount(sale.surface),
      source: 'manual',
    });
    if (!parsed.success) {
      setSaleErrors(errorsOf(t, parsed.error.issues));
      return;
    }
    setSaleErrors({});
    setComparables((current) => [...current, parsed.data]);
    setSale(EMPTY_SALE);
  };

  const addImported = (sales: ComparableSale[]) => {
    setComparables((current) => [...current, ...sales].slice(0, ESTIMATION_COMPARABLES_MAX));
    notifySuccess(t('estimations.dvf.added', { count: sales.length }));
  };

  const field = (name: keyof ManualSale) => ({
    value: sale[name],
    error: saleErrors[name],
  });

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={<Text fw={700}>{estimation ? t('estimations.edit') : t('estimations.new')}</Text>}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t('estimations.low')}
              required
              min={0}
              thousandSeparator=" "
              allowDecimal={false}
              value={low}
              error={errors.low}
              onChange={(value) => setLow(typeof value === 'number' ? value : '')}
            />
            <NumberInput
              label={t('estimations.high')}
              required
              min={0}
              thousandSeparator=" "
              allowDecimal={false}
              value={high}
              error={errors.high}
              onChange={(value) => setHigh(typeof value === 'number' ? value : '')}
            />
            <Select
              label={t('estimations.method')}
              required
              allowDeselect={false}
              value={method}
              error={errors.method}
              data={ESTIMATION_METHODS.map((value) => ({ value, label: t(`estimations.methods.${value}`) }))}
              onChange={(value) => value && setMethod(value as EstimationMethod)}
            />
          </SimpleGrid>

          <Card withBorder radius="md" p="md">
            <Stack gap="sm">
              <Group justify="space-between">
                <Title order={5}>{t('estimations.comparables.title')}</Title>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconFileImport size={14} />}
                  disabled={room <= 0}
                  onClick={() => setImporting(true)}
                >
                  {t('estimations.dvf.import')}
                </Button>
              </Group>
              {comparables.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('estimations.comparables.none')}
                </Text>
              ) : (
                <ScrollArea.Autosize mah={260}>
                  <Table verticalSpacing={4} fz="sm" data-testid="comparables">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('estimations.comparables.date')}</Table.Th>
                        <Table.Th>{t('estimations.comparables.address')}</Table.Th>
                        <Table.Th ta="right">{t('estimations.comparables.surface')}</Table.Th>
                        <Table.Th ta="right">{t('estimations.comparables.price')}</Table.Th>
                        <Table.Th ta="right">{t('estimations.comparables.perMetre')}</Table.Th>
                        <Table.Th />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {comparables.map((comparable, index) => (
                        <Table.Tr key={`${comparable.sourceId}|${comparable.date}|${comparable.price}|${index}`}>
                          <Table.Td>{comparable.date}</Table.Td>
                          <Table.Td>
                            {[comparable.address, `${comparable.postalCode} ${comparable.city}`.trim()]
                              .filter(Boolean)
                              .join(', ')}{' '}
                            <Badge size="xs" variant="light">
                              {t(`estimations.comparables.source.${comparable.source}`)}
                            </Badge>
                          </Table.Td>
                          <Table.Td ta="right">{comparable.surface}</Table.Td>
                          <Table.Td ta="right">{money(comparable.price)}</Table.Td>
                          <Table.Td ta="right">{money(pricePerSquareMetre(comparable))}</Table.Td>
                          <Table.Td>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('estimations.comparables.remove')}
                              onClick={() => setComparables((current) => current.filter((_, at) => at !== index))}
                            >
                              <IconTrash size={14} />
                            </ActionIcon>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollArea.Autosize>
              )}
              {errors.comparables && (
                <Text size="sm" c="red">
                  {errors.comparables}
                </Text>
              )}
              <ComparablesSummary
                comparables={comparables}
                surface={property.surface}
                onUseRange={(range) => {
                  setLow(range.low);
                  setHigh(range.high);
                }}
              />
              {room > 0 ? (
                <Stack gap={6}>
                  <Text size="sm" fw={600}>
                    {t('estimations.comparables.addTitle')}
                  </Text>
                  <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
                    <TextInput
                      label={t('estimations.comparables.address')}
                      {...field('address')}
                      value={sale.address}
                      onChange={(event) => setSale({ ...sale, address: event.currentTarget.value })}
                    />
                    <TextInput
                      label={t('estimations.comparables.postalCode')}
                      {...field('postalCode')}
                      value={sale.postalCode}
                      onChange={(event) => setSale({ ...sale, postalCode: event.currentTarget.value })}
                    />
                    <TextInput
                      label={t('estimations.comparables.city')}
                      required
                      {...field('city')}
                      value={sale.city}
                      onChange={(event) => setSale({ ...sale, city: event.currentTarget.value })}
                    />
                    <TextInput
                      type="date"
                      label={t('estimations.comparables.date')}
                      required
                      {...field('date')}
                      value={sale.date}
                      onChange={(event) => setSale({ ...sale, date: event.currentTarget.value })}
                    />
                    <NumberInput
                      label={t('estimations.comparables.price')}
                      required
                      min={0}
                      thousandSeparator=" "
                      allowDecimal={false}
                      {...field('price')}
                      onChange={(value) => setSale({ ...sale, price: typeof value === 'number' ? value : '' })}
                    />
                    <NumberInput
                      label={t('estimations.comparables.surface')}
                      required
                      min={0}
                      decimalScale={2}
                      {...field('surface')}
                      onChange={(value) => setSale({ ...sale, surface: typeof value === 'number' ? value : '' })}
                    />
                  </SimpleGrid>
                  <Group justify="flex-end">
                    <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={addSale}>
                      {t('estimations.comparables.add')}
                    </Button>
                  </Group>
                </Stack>
              ) : (
                <Text size="xs" c="dimmed">
                  {t('estimations.comparables.full', { max: ESTIMATION_COMPARABLES_MAX })}
                </Text>
              )}
            </Stack>
          </Card>

          <Textarea
            label={t('estimations.notes')}
            description={t('estimations.notesHint')}
            autosize
            minRows={3}
            maxRows={10}
            value={notes}
            error={errors.notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('estimations.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <DvfImportModal
        opened={importing}
        property={property}
        present={comparables}
        room={room}
        onAdd={addImported}
        onClose={() => setImporting(false)}
      />
    </Modal>
  );
}
