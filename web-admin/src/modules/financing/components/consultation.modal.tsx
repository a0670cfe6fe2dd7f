import { CONSULTATION_CHANNELS, logConsultationContract, type ConsultationChannel } from '@estate/domain';
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { historyKeys } from '../../history';
import { notifySuccess } from '../../../ui/notify';
import { logConsultation, newRequestId } from '../data/financing.repository';
import { useFinancingErrorText, useInvalidateFinancing } from './financing-ui';

const NOTES_MAX = 4000;

/** Logs a consultation with the client about the application; it lands in the client's history. */
export function ConsultationModal({
  applicationId,
  opened,
  onClose,
}: {
  applicationId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const errorText = useFinancingErrorText();
  const invalidate = useInvalidateFinancing(tenant.tenantId);
  const [channel, setChannel] = useState<ConsultationChannel>('meeting');
  const [notes, setNotes] = useState('');
  const [requestId, setRequestId] = useState(newRequestId);
  const [touched, setTouched] = useState(false);
  const problem = !notes.trim()
    ? 'financing.validation.required'
    : notes.length > NOTES_MAX
      ? 'financing.validation.tooLong'
      : null;
  const log = useMutation({
    mutationFn: () => logConsultation({ requestId, applicationId, channel, notes }),
    onSuccess: async () => {
      notifySuccess(t('financing.consultation.logged'));
      await Promise.all([invalidate(), queryClient.invalidateQueries({ queryKey: historyKeys.all(tenant.tenantId) })]);
      setNotes('');
      setTouched(false);
      setRequestId(newRequestId());
      onClose();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>{t('financing.consultation.title')}</Text>} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!problem) log.mutate();
        }}
        noValidate
      >
        <Stack gap="md">
          <SegmentedControl
            aria-label={t('financing.consultation.channel')}
            value={channel}
            onChange={(value) => setChannel(value as ConsultationChannel)}
            data={CONSULTATION_CHANNELS.map((value) => ({
              value,
              label: t(`financing.consultation.channels.${value}`),
            }))}
          />
          <Textarea
            label={t('financing.consultation.notes')}
            required
            autosize
            minRows={3}
            data-autofocus
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
            error={touched && problem ? t(problem) : undefined}
            data-testid="financing-consultation-notes"
          />
          <Text size="xs" c="dimmed">
            {t('financing.consultation.hint')}
          </Text>
          {log.isError && <Alert color="orange">{errorText(logConsultationContract, log.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={log.isPending} data-testid="financing-consultation-save">
              {t('financing.consultation.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
