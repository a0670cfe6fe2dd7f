import { ASSIGNABLE_ROLES, type AssignableRole, type Member } from '@estate/domain';
import { Badge, Button, Card, Group, Select, Stack, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { formatDateTime } from '../../../ui/format-date';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useTeamActions } from '../hooks/use-team';

function PendingRequest({ member, onReject }: { member: Member; onReject: (member: Member) => void }) {
  const { t } = useTranslation();
  const { decide } = useTeamActions();
  const [role, setRole] = useState<AssignableRole>('agent');

  const approve = async () => {
    try {
      await decide.mutateAsync({ uid: member.uid, decision: 'approve', role });
      notifySuccess(t('team.approved', { name: member.displayName, role: t(`roles.${role}`) }));
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  };

  return (
    <Card withBorder radius="md" p="md" data-testid={`pending-${member.email}`}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <div>
          <Text fw={600}>{member.displayName}</Text>
          <Text size="sm" c="dimmed">
            {member.email} · {t('team.requestedAt', { date: formatDateTime(member.requestedAt) })}
          </Text>
        </div>
        <Group gap="sm" wrap="wrap">
          <Select
            aria-label={t('team.roleFor', { name: member.displayName })}
            w={150}
            data={ASSIGNABLE_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            value={role}
            onChange={(value) => value && setRole(value as AssignableRole)}
            allowDeselect={false}
          />
          <Button leftSection={<IconCheck size={16} />} loading={decide.isPending} onClick={() => void approve()}>
            {t('team.approve')}
          </Button>
          <Button variant="default" color="red" leftSection={<IconX size={16} />} onClick={() => onReject(member)}>
            {t('team.reject')}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}

export function PendingRequests({ pending }: { pending: Member[] }) {
  const { t } = useTranslation();
  const { decide } = useTeamActions();
  const [rejecting, setRejecting] = useState<Member | null>(null);

  const reject = async () => {
    if (!rejecting) return;
    try {
      await decide.mutateAsync({ uid: rejecting.uid, decision: 'reject' });
      notifySuccess(t('team.rejected', { name: rejecting.displayName }));
      setRejecting(null);
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  };

  if (pending.length === 0) return null;
  return (
    <Stack gap="sm" mb="xl">
      <Group gap="xs">
        <Text fw={700} size="lg">
          {t('team.pendingTitle')}
        </Text>
        <Badge color="accent" variant="filled" circle>
          {pending.length}
        </Badge>
      </Group>
      {pending.map((member) => (
        <PendingRequest key={member.uid} member={member} onReject={setRejecting} />
      ))}
      <ConfirmModal
        opened={rejecting !== null}
        title={t('team.rejectTitle')}
        message={rejecting ? t('team.rejectConfirm', { name: rejecting.displayName, email: rejecting.email }) : ''}
        confirmLabel={t('team.reject')}
        danger
        loading={decide.isPending}
        onConfirm={() => void reject()}
        onClose={() => setRejecting(null)}
      />
    </Stack>
  );
}
