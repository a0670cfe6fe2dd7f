import { FEES_PAYERS, saveAmendmentInputSchema, type FeesPayer, type Mandate } from '@estate/domain';
import { Alert, Button, Checkbox, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifySuccess } from '../../../ui/notify';
import { saveAmendment } from '../data/mandates.repository';
import { mandateKeys } from '../queries/mandates.queries';

const newRequestId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 20);

/** A new amendment of a signed mandate: the terms it changes (price, duration, fees), each ticked to change. */
export function AmendmentFormModal({
  opened,
  onClose,
  mandate,
}: {
  opened: boolean;
  onClose: () => void;
  mandate: Mandate;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const [requestId, setRequestId] = useState(newRequestId);
  const [changePrice, setChangePrice] = useState(true);
  const [price, setPrice] = useState<number | string>(mandate.price);
  const [changeDuration, setChangeDuration] = useState(false);
  const [duration, setDuration] = useState<number | string>(mandate.durationMonths);
  const [changeFees, setChangeFees] = useState(false);
  const [fees, setFees] = useState<number | string>(mandate.fees.amount);
  const [paidBy, setPaidBy] = useState<FeesPayer>(mandate.fees.paidBy);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setRequestId(newRequestId());
    setError(null);
    setPrice(mandate.price);
    setDuration(mandate.durationMonths);
    setFees(mandate.fees.amount);
    setPaidBy(mandate.fees.paidBy);
  }, [opened, mandate]);

  const submit = async () => {
    const input = {
      mandateId: mandate.id,
      amendmentId: null,
      requestId,
      changes: {
        price: changePrice ? Number(price) : null,
        durationMonths: changeDuration ? Number(duration) : null,
        fees: changeFees ? { amount: Number(fees), paidBy } : null,
      },
    };
    const parsed = saveAmendmentInputSchema.safeParse(input);
    if (!parsed.success) {
      setError(t('mandates.amendments.invalid'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await saveAmendment(input);
      await queryClient.invalidateQueries({ queryKey: mandateKeys.amendments(tenant.tenantId) });
      await queryClient.invalidateQueries({ queryKey: mandateKeys.mandates(tenant.tenantId) });
      notifySuccess(t('mandates.amendments.saved'));
      onClose();
    } catch (caught) {
      setError(describeError(t, caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>{t('mandates.amendments.newTitle')}</Text>}>
      <Stack gap="md">
        <Checkbox
          label={t(`mandates.fields.price_${mandate.dealType}`)}
          checked={changePrice}
          onChange={(event) => setChangePrice(event.currentTarget.checked)}
        />
        <NumberInput
          value={price}
          onChange={setPrice}
          disabled={!changePrice}
          min={0}
          allowDecimal={false}
          thousandSeparator=" "
          aria-label={t(`mandates.fields.price_${mandate.dealType}`)}
        />
        <Checkbox
          label={t('mandates.fields.durationMonths')}
          checked={changeDuration}
          onChange={(event) => setChangeDuration(event.currentTarget.checked)}
        />
        <NumberInput
          value={duration}
          onChange={setDuration}
          disabled={!changeDuration}
          min={1}
          max={60}
          allowDecimal={false}
          aria-label={t('mandates.fields.durationMonths')}
        />
        <Checkbox
          label={t('mandates.fields.fees')}
          checked={changeFees}
          onChange={(event) => setChangeFees(event.currentTarget.checked)}
        />
        <Group grow>
          <NumberInput
            value={fees}
            onChange={setFees}
            disabled={!changeFees}
            min={0}
            allowDecimal={false}
            thousandSeparator=" "
            aria-label={t('mandates.fields.fees')}
          />
          <Select
            aria-label={t('mandates.fields.paidBy')}
            data={FEES_PAYERS.map((value) => ({ value, label: t(`mandates.payers.${mandate.dealType}.${value}`) }))}
            value={paidBy}
            onChange={(value) => value && setPaidBy(value as FeesPayer)}
            disabled={!changeFees}
            allowDeselect={false}
          />
        </Group>
        {error ? <Alert color="red">{error}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={saving}>
            {t('mandates.amendments.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
