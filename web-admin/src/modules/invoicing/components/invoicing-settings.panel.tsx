import { saveInvoicingSettingsContract, type Tenant } from '@estate/domain';
import {
  Alert,
  Button,
  Card,
  Divider,
  Group,
  Loader,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../ui/auth-error';
import { notifySuccess } from '../../../ui/notify';
import { saveInvoicingSettings } from '../data/invoicing.repository';
import { checkSettings, formOfSettings, issuesByPath, type InvoicingSettingsForm } from '../forms/invoice.form';
import { invoicingKeys, invoicingSettingsOptions } from '../queries/invoicing.queries';
import { invoiceFieldError, invoicingRefusalText } from './invoice-texts';
import { PartyFields } from './party-fields';

/**
 * Settings › Invoicing (owner and admin): the agency as its invoices name it (the mentions a French
 * invoice carries: legal form and capital, RCS, professional card) and its payment terms. No invoice
 * is drafted before these are saved; each validated invoice keeps those it was validated with.
 */
export function InvoicingSettingsPanel({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery(invoicingSettingsOptions(tenant.id));
  const [form, setForm] = useState<InvoicingSettingsForm | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (settings.isSuccess) setForm(formOfSettings(settings.data, tenant.company.legalName || tenant.name));
  }, [settings.isSuccess, settings.data, tenant.company.legalName, tenant.name]);

  if (settings.isError) return <Alert color="red">{describeError(t, settings.error)}</Alert>;
  if (!form) return <Loader size="sm" />;

  const setTerms = (change: Partial<InvoicingSettingsForm['terms']>) =>
    setForm((current) => current && { ...current, terms: { ...current.terms, ...change } });

  const save = async () => {
    const checked = checkSettings(form);
    if (!checked.success) {
      setErrors(issuesByPath(checked.error));
      setError(t('invoicing.editor.fixFields'));
      return;
    }
    setErrors({});
    setError(null);
    setSaving(true);
    try {
      await saveInvoicingSettings(checked.data);
      await queryClient.invalidateQueries({ queryKey: invoicingKeys.settings(tenant.id) });
      notifySuccess(t('invoicing.settings.saved'));
    } catch (caught) {
      setError(invoicingRefusalText(t, saveInvoicingSettingsContract, caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder radius="lg" p="lg">
      <Stack gap="sm" data-testid="invoicing-settings">
        <Text fw={700}>{t('invoicing.settings.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('invoicing.settings.text')}
        </Text>
        {settings.data === null ? (
          <Alert color="yellow" data-testid="invoicing-settings-missing">
            {t('invoicing.settings.missing')}
          </Alert>
        ) : null}
        <PartyFields
          value={form.issuer}
          onChange={(issuer) => setForm({ ...form, issuer })}
          errors={errors}
          prefix="issuer"
          withMentions
          testId="invoicing-issuer"
        />
        <Divider label={t('invoicing.settings.terms')} labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label={t('invoicing.settings.dueDays')}
            description={t('invoicing.settings.dueDaysHelp')}
            value={form.terms.dueDays}
            onChange={(value) => setTerms({ dueDays: typeof value === 'number' ? value : Number(value) || 0 })}
            min={0}
            max={60}
            allowDecimal={false}
            error={invoiceFieldError(t, errors['terms.dueDays'])}
          />
          <NumberInput
            label={t('invoicing.settings.latePenalty')}
            description={t('invoicing.settings.latePenaltyHelp')}
            value={form.terms.latePenaltyPercent}
            onChange={(value) =>
              setTerms({ latePenaltyPercent: typeof value === 'number' ? value : Number(value) || 0 })
            }
            min={0}
            max={100}
            decimalScale={2}
            suffix=" %"
            error={invoiceFieldError(t, errors['terms.latePenaltyPercent'])}
          />
          <TextInput
            label={t('invoicing.settings.iban')}
            value={form.terms.iban}
            onChange={(event) => setTerms({ iban: event.currentTarget.value })}
            error={invoiceFieldError(t, errors['terms.iban'])}
            data-testid="invoicing-iban"
          />
          <TextInput
            label={t('invoicing.settings.bic')}
            value={form.terms.bic}
            onChange={(event) => setTerms({ bic: event.currentTarget.value })}
            error={invoiceFieldError(t, errors['terms.bic'])}
          />
        </SimpleGrid>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button onClick={() => void save()} loading={saving} data-testid="invoicing-settings-save">
            {t('invoicing.settings.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
