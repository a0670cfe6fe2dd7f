import { phasesOf, type Interest, type Phase } from '@estate/domain';
import { Alert, Anchor, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { useMovePhase } from '../hooks/use-pipeline-mutations';
import { usePhaseLabels } from '../hooks/use-phase-labels';
import { PhaseRefusal } from './phase-refusal';

interface MovePhaseModalProps {
  interest: Interest | null;
  onClose: () => void;
}

/**
 * Moves one contact to another phase by hand. The move is confirmed in the modal, which then shows
 * the remark the move wrote in the contact's history, with a link to it.
 */
export function MovePhaseModal({ interest, onClose }: MovePhaseModalProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { label } = usePhaseLabels();
  const move = useMovePhase(tenant.tenantId);
  const [target, setTarget] = useState<Phase | null>(null);
  const [remark, setRemark] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  useEffect(() => {
    setTarget(null);
    setRemark(null);
    setFailure(null);
  }, [interest]);

  if (!interest) return null;
  const options = phasesOf(interest.dealType)
    .filter((phase) => phase !== interest.phase)
    .map((phase) => ({ value: phase, label: label(interest.dealType, phase) }));

  const confirm = async () => {
    if (!target) return;
    setFailure(null);
    try {
      const result = await move.mutateAsync({
        contactId: interest.contactId,
        propertyId: interest.propertyId,
        phase: target,
      });
      setRemark(result.remark ?? t('properties.move.unchanged'));
    } catch (caught) {
      setFailure({ error: caught });
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={<Text fw={700}>{t('properties.move.title', { name: interest.contactName })}</Text>}
    >
      {remark ? (
        <Stack gap="md" data-testid="move-result">
          <Alert color="teal" title={t('properties.move.done')}>
            {remark}
          </Alert>
          <Group justify="space-between">
            <Anchor component={Link} to={`/clients/${interest.contactId}/history`} size="sm">
              {t('properties.move.seeHistory')}
            </Anchor>
            <Button onClick={onClose} data-autofocus>
              {t('properties.move.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm">{t('properties.move.current', { phase: label(interest.dealType, interest.phase) })}</Text>
          <Select
            label={t('properties.move.target')}
            placeholder={t('properties.move.targetPlaceholder')}
            data={options}
            value={target}
            onChange={(value) => setTarget(value as Phase | null)}
            searchable
            data-autofocus
          />
          {target ? (
            <Text size="sm" c="dimmed">
              {t('properties.move.confirmText', {
                name: interest.contactName,
                from: label(interest.dealType, interest.phase),
                to: label(interest.dealType, target),
              })}
            </Text>
          ) : null}
          {failure ? <PhaseRefusal error={failure.error} contactId={interest.contactId} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button disabled={!target} loading={move.isPending} onClick={() => void confirm()}>
              {t('properties.move.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
