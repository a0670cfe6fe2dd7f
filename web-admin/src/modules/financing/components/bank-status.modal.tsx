import {
  FINANCING_CONDITIONS_MAX,
  nextBankStatuses,
  setBankStatusContract,
  type BankLine,
  type BankStatus,
} from '@estate/domain';
import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { notifySuccess } from '../../../ui/notify';
import { setBankStatus } from '../data/financing.repository';
import { useFinancingErrorText, useInvalidateFinancing } from './financing-ui';

/**
 * Records a bank's step: sent, under review, or its answer (approved, with its conditions and rate, or
 * declined). The answer is final, so the dialog says so before it is given.
 */
export function BankStatusModal({
  applicationId,
  line,
  onClose,
}: {
  applicationId: string;
  line: BankLine | null;
  onClose: () => void;
}) {
  return (
    <Modal opened={line !== null} onClose={onClose} title={line?.bank ?? ''} centered>
      {line && <BankStatusForm key={line.id} applicationId={applicationId} line={line} onClose={onClose} />}
    </Modal>
  );
}

function BankStatusForm({
  applicationId,
  line,
  onClose,
}: {
  applicationId: string;
  line: BankLine;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const errorText = useFinancingErrorText();
  const invalidate = useInvalidateFinancing(tenant.tenantId);
  const choices = nextBankStatuses(line.status);
  const [to, setTo] = useState<BankStatus>(choices[0] ?? 'sent');
  const [conditions, setConditions] = useState('');
  const [rate, setRate] = useState<number | null>(line.ratePercent);
  const tooLong = conditions.length > FINANCING_CONDITIONS_MAX;
  const move = useMutation({
    mutationFn: () =>
      setBankStatus({
        applicationId,
        lineId: line.id,
        to: to === 'draft' ? 'sent' : to,
        conditions: to === 'approved' ? conditions : '',
        ratePercent: to === 'approved' ? rate : null,
      }),
    onSuccess: async () => {
      notifySuccess(t('financing.status.saved', { bank: line.bank, status: t(`financing.statuses.${to}`) }));
      await invalidate();
      onClose();
    },
  });
  return (
    <Stack gap="md">
      <Text size="sm">{t('financing.status.current', { status: t(`financing.statuses.${line.status}`) })}</Text>
      <SegmentedControl
        aria-label={t('financing.status.to')}
        value={to}
        onChange={(value) => setTo(value as BankStatus)}
        data={choices.map((value) => ({ value, label: t(`financing.statuses.${value}`) }))}
        data-testid="financing-status-choice"
      />
      {to === 'approved' && (
        <>
          <Textarea
            label={t('financing.fields.conditions')}
            description={t('financing.status.conditionsHint')}
            autosize
            minRows={2}
            value={conditions}
            onChange={(event) => setConditions(event.currentTarget.value)}
            error={tooLong ? t('financing.validation.tooLong') : undefined}
            data-testid="financing-conditions"
          />
          <NumberInput
            label={t('financing.status.grantedRate')}
            min={0}
            max={100}
            decimalScale={2}
            suffix=" %"
            value={rate ?? ''}
            onChange={(value) => setRate(typeof value === 'number' ? value : null)}
          />
        </>
      )}
      {(to === 'approved' || to === 'declined') && (
        <Text size="xs" c="dimmed">
          {t('financing.status.finalHint')}
        </Text>
      )}
      {move.isError && <Alert color="orange">{errorText(setBankStatusContract, move.error)}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          onClick={() => move.mutate()}
          loading={move.isPending}
          disabled={tooLong}
          color={to === 'declined' ? 'red' : undefined}
          data-testid="financing-status-confirm"
        >
          {t('financing.status.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
