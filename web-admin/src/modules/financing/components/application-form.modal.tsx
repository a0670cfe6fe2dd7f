import {
  FINANCING_BANK_LINES_MAX,
  FINANCING_KINDS,
  monthlyInstalment,
  saveApplicationContract,
  type Contact,
  type FinancingApplication,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Autocomplete,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { Controller, useFieldArray, useForm, type Control, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { notifySuccess } from '../../../ui/notify';
import { ContactPicker } from '../../properties';
import { useLiveTenant, useMoney } from '../../tenancy';
import { newRequestId, saveApplication } from '../data/financing.repository';
import {
  applicationFormOf,
  applicationFormSchema,
  applicationInputOf,
  emptyApplicationForm,
  newBankLine,
  type ApplicationForm,
} from '../forms/application.form';
import { financingReportOptions } from '../queries/financing.queries';
import { useFinancingErrorText, useInvalidateFinancing, usualBanks } from './financing-ui';

/** What a new application starts from: a client already known (their file), a unit (its card). */
export interface ApplicationStart {
  contact: { id: string; name: string } | null;
  unit: { id: string; number: string; price: number } | null;
}

interface ApplicationFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The application edited, or null for a new one. */
  application: FinancingApplication | null;
  start?: ApplicationStart;
  onSaved?: (applicationId: string) => void;
}

function MoneyField({
  control,
  name,
  label,
  required = false,
  testId,
}: {
  control: Control<ApplicationForm>;
  name: FieldPath<ApplicationForm>;
  label: string;
  required?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          label={label}
          required={required}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=" "
          value={typeof field.value === 'number' ? field.value : ''}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
          onBlur={field.onBlur}
          error={fieldState.error?.message ? t(fieldState.error.message) : undefined}
          data-testid={testId}
        />
      )}
    />
  );
}

/**
 * Opens or edits a mortgage or consumer-credit application: the client, the figures, and one line per
 * bank asked (its programme, amount and rate). A line a bank already has cannot be removed here.
 */
export function ApplicationFormModal({ opened, onClose, application, start, onSaved }: ApplicationFormModalProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const live = useLiveTenant();
  const money = useMoney();
  const errorText = useFinancingErrorText();
  const invalidate = useInvalidateFinancing(tenant.tenantId);
  const report = useQuery({ ...financingReportOptions(tenant.tenantId), enabled: opened });
  const [picked, setPicked] = useState<Pick<Contact, 'id'> | null>(null);
  const [applicationId] = useState(() => application?.id ?? newRequestId());
  const contactId = application?.contactId ?? start?.contact?.id ?? picked?.id ?? null;
  const form = useForm<ApplicationForm>({
    resolver: zodResolver(applicationFormSchema),
    defaultValues: application
      ? applicationFormOf(application)
      : emptyApplicationForm(newRequestId().slice(0, 20), start?.unit?.price ?? 0),
  });
  const lines = useFieldArray({ control: form.control, name: 'banks', keyName: 'key' });
  const errors = form.formState.errors;
  const message = (key: string | undefined) => (key ? t(key) : undefined);
  const bankNames = usualBanks(live?.country, [...new Set(report.data?.rows.map((row) => row.bank) ?? [])]);
  const kind = form.watch('kind');
  const amountRequested = form.watch('amountRequested');
  const termMonths = form.watch('termMonths');
  const firstRate = form.watch('banks.0.ratePercent');
  const instalment =
    typeof amountRequested === 'number' && typeof termMonths === 'number'
      ? monthlyInstalment(amountRequested, firstRate ?? null, termMonths)
      : null;
  const save = useMutation({
    mutationFn: (values: ApplicationForm) =>
      saveApplication(
        applicationInputOf(values, {
          applicationId,
          contactId: contactId ?? '',
          unitId: application ? application.unitId : (start?.unit?.id ?? null),
          bookingId: application?.bookingId ?? null,
        }),
      ),
    onSuccess: async (result) => {
      notifySuccess(t(application ? 'financing.form.saved' : 'financing.form.created'));
      await invalidate();
      onClose();
      onSaved?.(result.applicationId);
    },
  });
  const lockedLine = (lineId: string) =>
    application?.banks.some((line) => line.id === lineId && line.status !== 'draft') ?? false;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={<Text fw={700}>{t(application ? 'financing.form.editTitle' : 'financing.form.newTitle')}</Text>}
    >
      <form onSubmit={form.handleSubmit((values) => contactId && save.mutate(values))} noValidate>
        <Stack gap="md">
          {application || start?.contact ? (
            <Text size="sm" data-testid="financing-form-client">
              {t('financing.form.clientIs', { name: application?.contactName ?? start?.contact?.name ?? '' })}
            </Text>
          ) : (
            <Suspense fallback={<Loader size="sm" />}>
              <ContactPicker
                label={t('financing.fields.client')}
                keepName
                autoFocus
                onPick={setPicked}
                onType={() => setPicked(null)}
              />
            </Suspense>
          )}
          {(application?.unitNumber ?? start?.unit) && (
            <Text size="sm" c="dimmed">
              {t('financing.form.unitIs', { number: application?.unitNumber ?? start?.unit?.number ?? '' })}
            </Text>
          )}
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <SegmentedControl
                aria-label={t('financing.fields.kind')}
                value={field.value}
                onChange={field.onChange}
                data={FINANCING_KINDS.map((value) => ({ value, label: t(`financing.kinds.${value}`) }))}
              />
            )}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <MoneyField control={form.control} name="price" label={t('financing.fields.price')} />
            <MoneyField control={form.control} name="downPayment" label={t('financing.fields.downPayment')} />
            <MoneyField
              control={form.control}
              name="amountRequested"
              label={t('financing.fields.amountRequested')}
              required
              testId="financing-amount-requested"
            />
            <Controller
              control={form.control}
              name="termMonths"
              render={({ field, fieldState }) => (
                <NumberInput
                  label={t('financing.fields.termMonths')}
                  description={
                    typeof field.value === 'number' && field.value >= 12
                      ? t('financing.form.termYears', { years: Math.round((field.value / 12) * 10) / 10 })
                      : undefined
                  }
                  required
                  min={1}
                  max={480}
                  allowDecimal={false}
                  value={typeof field.value === 'number' ? field.value : ''}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
                  onBlur={field.onBlur}
                  error={message(fieldState.error?.message)}
                />
              )}
            />
          </SimpleGrid>
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={600}>{t('financing.form.banks')}</Text>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconPlus size={14} />}
                disabled={lines.fields.length >= FINANCING_BANK_LINES_MAX}
                onClick={() =>
                  lines.append(
                    newBankLine(newRequestId().slice(0, 20), typeof amountRequested === 'number' ? amountRequested : 0),
                  )
                }
                data-testid="financing-add-bank"
              >
                {t('financing.form.addBank')}
              </Button>
            </Group>
            {lines.fields.map((line, index) => {
              const lineErrors = errors.banks?.[index];
              const locked = lockedLine(line.id);
              return (
                <Card key={line.key} withBorder radius="md" p="sm" data-testid={`financing-bank-line-${index}`}>
                  <Group align="flex-start" gap="sm" wrap="wrap">
                    <Controller
                      control={form.control}
                      name={`banks.${index}.bank`}
                      render={({ field }) => (
                        <Autocomplete
                          label={t('financing.fields.bank')}
                          required
                          data={bankNames}
                          value={field.value}
                          onChange={field.onChange}
                          onBlur={field.onBlur}
                          error={message(lineErrors?.bank?.message)}
                          style={{ flex: '2 1 180px' }}
                          data-testid={`financing-bank-name-${index}`}
                        />
                      )}
                    />
                    <TextInput
                      label={t('financing.fields.programme')}
                      {...form.register(`banks.${index}.programme`)}
                      error={message(lineErrors?.programme?.message)}
                      style={{ flex: '2 1 160px' }}
                    />
                    <Controller
                      control={form.control}
                      name={`banks.${index}.amount`}
                      render={({ field }) => (
                        <NumberInput
                          label={t('financing.fields.bankAmount')}
                          required
                          min={1}
                          allowDecimal={false}
                          thousandSeparator=" "
                          value={typeof field.value === 'number' ? field.value : ''}
                          onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
                          onBlur={field.onBlur}
                          error={message(lineErrors?.amount?.message)}
                          style={{ flex: '1 1 130px' }}
                        />
                      )}
                    />
                    <Controller
                      control={form.control}
                      name={`banks.${index}.ratePercent`}
                      render={({ field }) => (
                        <NumberInput
                          label={t('financing.fields.rate')}
                          min={0}
                          max={100}
                          decimalScale={2}
                          suffix=" %"
                          value={typeof field.value === 'number' ? field.value : ''}
                          onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                          onBlur={field.onBlur}
                          error={message(lineErrors?.ratePercent?.message)}
                          style={{ flex: '1 1 100px' }}
                        />
                      )}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mt={28}
                      aria-label={t('financing.form.removeBank')}
                      title={locked ? t('financing.form.lineLocked') : t('financing.form.removeBank')}
                      disabled={locked || lines.fields.length === 1}
                      onClick={() => lines.remove(index)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Card>
              );
            })}
            {errors.banks?.message && (
              <Text size="sm" c="red">
                {t(errors.banks.message)}
              </Text>
            )}
          </Stack>
          {instalment !== null && (
            <Text size="sm" c="dimmed" data-testid="financing-instalment">
              {t('financing.form.instalment', { amount: money(instalment) })}
            </Text>
          )}
          <Textarea
            label={t('financing.fields.notes')}
            autosize
            minRows={2}
            {...form.register('notes')}
            error={message(errors.notes?.message)}
          />
          {kind === 'consumerCredit' && (
            <Text size="xs" c="dimmed">
              {t('financing.form.consumerCreditHint')}
            </Text>
          )}
          {save.isError && <Alert color="orange">{errorText(saveApplicationContract, save.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!contactId} data-testid="financing-save">
              {t(application ? 'financing.form.save' : 'financing.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
