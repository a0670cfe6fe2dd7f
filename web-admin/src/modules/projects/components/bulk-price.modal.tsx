import { changePricesContract, priceChangeSchema, type Building, type PriceChange, type Unit } from '@estate/domain';
import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { changePrices, describeProjectsError } from '../data/projects.mutations';

/**
 * Changes the price of the filtered units by a percentage or an amount (projects-changePrices); units
 * with a fixed price are left as they are, and each change goes into the unit's history.
 */
export function BulkPriceModal({
  building,
  units,
  opened,
  onClose,
  onChanged,
}: {
  building: Building;
  units: readonly Unit[];
  opened: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<PriceChange['mode']>('percent');
  const [value, setValue] = useState<number | ''>('');
  const [saving, setSaving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    if (opened) {
      setValue('');
      setConfirming(false);
    }
  }, [opened]);
  const parsed = priceChangeSchema.safeParse({ mode, value });
  const fixed = units.filter((unit) => unit.priceFixed).length;

  const apply = async () => {
    if (!parsed.success) return;
    setSaving(true);
    try {
      const result = await changePrices({
        buildingId: building.id,
        change: parsed.data,
        units: units.filter((unit) => !unit.priceFixed).map((unit) => ({ unitId: unit.id, price: unit.price })),
      });
      notifySuccess(t('projects.bulk.done', { count: result.changed, skipped: result.skipped.length }));
      onChanged();
      onClose();
    } catch (caught) {
      notifyError(describeProjectsError(t, changePricesContract, caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('projects.bulk.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('projects.bulk.scope', { count: units.length - fixed })}</Text>
        {fixed > 0 ? (
          <Text size="sm" c="dimmed">
            {t('projects.bulk.fixed', { count: fixed })}
          </Text>
        ) : null}
        <SegmentedControl
          value={mode}
          onChange={(next) => setMode(next as PriceChange['mode'])}
          data={[
            { value: 'percent', label: t('projects.bulk.percent') },
            { value: 'amount', label: t('projects.bulk.amount') },
          ]}
        />
        <NumberInput
          label={mode === 'percent' ? t('projects.bulk.percentLabel') : t('projects.bulk.amountLabel')}
          description={t('projects.bulk.signHint')}
          value={value}
          onChange={(next) => {
            setValue(typeof next === 'number' ? next : '');
            setConfirming(false);
          }}
          allowDecimal={mode === 'percent'}
          decimalScale={mode === 'percent' ? 2 : 0}
          thousandSeparator=" "
          error={value !== '' && !parsed.success ? t('projects.bulk.invalid') : undefined}
          data-testid="bulk-value"
        />
        {confirming && parsed.success ? (
          <Alert color="orange" data-testid="bulk-confirm-text">
            {t(mode === 'percent' ? 'projects.bulk.confirmPercent' : 'projects.bulk.confirmAmount', {
              count: units.length - fixed,
              value: parsed.data.value,
            })}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {confirming ? (
            <Button color="orange" loading={saving} onClick={() => void apply()} data-testid="bulk-confirm">
              {t('projects.bulk.confirm')}
            </Button>
          ) : (
            <Button
              disabled={!parsed.success || units.length - fixed === 0}
              onClick={() => setConfirming(true)}
              data-testid="bulk-apply"
            >
              {t('projects.bulk.apply')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
