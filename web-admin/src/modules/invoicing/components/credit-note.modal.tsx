import { draftCreditNoteContract, vatKey, type Invoice, type LineVat } from '@estate/domain';
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { notifySuccess } from '../../../ui/notify';
import { useCents } from '../../tenancy';
import { draftCreditNote } from '../data/invoicing.repository';
import { invoicingKeys } from '../queries/invoicing.queries';
import { invoicingRefusalText } from './invoice-texts';

const newRequestId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 20);

/** The VAT rates (or exemptions) an invoice charged, once each, in the order of its lines. */
function chargedVats(invoice: Invoice): Map<string, LineVat> {
  const vats = new Map<string, LineVat>();
  for (const entry of invoice.lines) if (!vats.has(vatKey(entry.vat))) vats.set(vatKey(entry.vat), entry.vat);
  return vats;
}

/**
 * A credit note's draft for a numbered invoice: all of what is left of it (its lines again) or an
 * amount excluding VAT at one of the invoice's rates. It is validated from its own page, like an invoice.
 */
export function CreditNoteModal({
  invoice,
  opened,
  onClose,
  onCreated,
}: {
  invoice: Invoice;
  opened: boolean;
  onClose: () => void;
  onCreated: (creditNoteId: string) => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const cents = useCents();
  const queryClient = useQueryClient();
  const vats = useMemo(() => chargedVats(invoice), [invoice]);
  const firstKey = vats.keys().next().value ?? '';
  const [vatChoice, setVatChoice] = useState(firstKey);
  const vat = vats.get(vatChoice) ?? vats.get(firstKey);
  const whole = invoice.creditedCents === 0;
  const [scope, setScope] = useState<'whole' | 'part'>(whole ? 'whole' : 'part');
  const [description, setDescription] = useState('');
  const [net, setNet] = useState<number>(0);
  const [requestId, setRequestId] = useState(newRequestId);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setScope(whole ? 'whole' : 'part');
    setDescription(t('invoicing.credit.defaultLine', { number: invoice.number ?? '' }));
    setNet(0);
    setVatChoice(firstKey);
    setRequestId(newRequestId());
    setError(null);
  }, [opened, whole, invoice.number, firstKey, t]);

  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      const { invoiceId } = await draftCreditNote({
        requestId,
        invoiceId: invoice.id,
        lines:
          scope === 'whole' || !vat
            ? null
            : [{ description: description.trim(), quantity: 1, unitPriceCents: Math.round(net * 100), vat }],
      });
      await queryClient.invalidateQueries({ queryKey: invoicingKeys.invoices(tenant.tenantId) });
      notifySuccess(t('invoicing.credit.drafted'));
      onClose();
      onCreated(invoiceId);
    } catch (caught) {
      setError(invoicingRefusalText(t, draftCreditNoteContract, caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={700}>{t('invoicing.credit.title', { number: invoice.number })}</Text>}
    >
      <Stack gap="sm" data-testid="credit-note-form">
        <Text size="sm" c="dimmed">
          {t('invoicing.credit.text', {
            left: cents(invoice.totals.grossCents - invoice.creditedCents),
            gross: cents(invoice.totals.grossCents),
          })}
        </Text>
        {whole ? (
          <SegmentedControl
            value={scope}
            onChange={(value) => setScope(value as 'whole' | 'part')}
            data={[
              { value: 'whole', label: t('invoicing.credit.whole') },
              { value: 'part', label: t('invoicing.credit.part') },
            ]}
            data-testid="credit-note-scope"
          />
        ) : null}
        {scope === 'part' ? (
          <>
            <TextInput
              label={t('invoicing.line.description')}
              value={description}
              onChange={(event) => setDescription(event.currentTarget.value)}
              maxLength={300}
            />
            {vats.size > 1 ? (
              <Select
                label={t('invoicing.credit.rate')}
                data={[...vats].map(([key, entry]) => ({
                  value: key,
                  label: entry.category === 'S' ? `${entry.ratePercent} %` : entry.exemptionReason,
                }))}
                value={vatChoice}
                onChange={(value) => setVatChoice(value ?? firstKey)}
                allowDeselect={false}
                data-testid="credit-note-vat"
              />
            ) : null}
            <NumberInput
              label={t('invoicing.credit.net')}
              description={
                vat?.category === 'S' ? t('invoicing.credit.atRate', { rate: vat.ratePercent }) : vat?.exemptionReason
              }
              value={net}
              onChange={(value) => setNet(typeof value === 'number' ? value : Number(value) || 0)}
              min={0}
              decimalScale={2}
              thousandSeparator=" "
              data-testid="credit-note-net"
            />
          </>
        ) : null}
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('invoicing.cancel')}
          </Button>
          <Button
            onClick={() => void submit()}
            loading={saving}
            disabled={scope === 'part' && (!(net > 0) || description.trim() === '')}
            data-testid="credit-note-submit"
          >
            {t('invoicing.credit.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
