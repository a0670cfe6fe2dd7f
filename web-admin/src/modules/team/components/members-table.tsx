import {
  ASSIGNABLE_ROLES,
  refuseTeamAction,
  type AssignableRole,
  type Member,
  type MemberStatus,
  type Role,
} from '@estate/domain';
import { ActionIcon, Badge, Card, Menu, Select, Table, Text } from '@mantine/core';
import { IconCrown, IconDots, IconPlayerPlay, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { ManagerSelect } from './manager-select';
import { useTeamActions } from '../hooks/use-team';

const STATUS_COLORS: Record<MemberStatus, string> = {
  active: 'teal',
  pending: 'accent',
  rejected: 'gray',
  deactivated: 'red',
};

type Dialog =
  | { kind: 'role'; member: Member; role: AssignableRole }
  | { kind: 'deactivate'; member: Member }
  | { kind: 'reactivate'; member: Member }
  | { kind: 'transfer'; member: Member };

interface MembersTableProps {
  members: Member[];
  actor: { uid: string; role: Role };
}

export function MembersTable({ members, actor }: MembersTableProps) {
  const { t } = useTranslation();
  const { changeRole, setActive, transfer } = useTeamActions();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const busy = changeRole.isPending || setActive.isPending || transfer.isPending;

  const run = async () => {
    if (!dialog) return;
    const name = dialog.member.displayName;
    try {
      switch (dialog.kind) {
        case 'role':
          await changeRole.mutateAsync({ uid: dialog.member.uid, role: dialog.role });
          notifySuccess(t('team.roleChanged', { name, role: t(`roles.${dialog.role}`) }));
          break;
        case 'deactivate':
          await setActive.mutateAsync({ uid: dialog.member.uid, active: false });
          notifySuccess(t('team.deactivated', { name }));
          break;
        case 'reactivate':
          await setActive.mutateAsync({ uid: dialog.member.uid, active: true });
          notifySuccess(t('team.reactivated', { name }));
          break;
        case 'transfer':
          await transfer.mutateAsync({ uid: dialog.member.uid });
          notifySuccess(t('team.transferred', { name }));
          break;
      }
      setDialog(null);
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  };

  const dialogCopy = (current: Dialog) => {
    const name = current.member.displayName;
    switch (current.kind) {
      case 'role':
        return {
          title: t('team.roleTitle'),
          message: t('team.roleConfirm', { name, role: t(`roles.${current.role}`) }),
          confirm: t('team.changeRole'),
          danger: false,
        };
      case 'deactivate':
        return {
          title: t('team.deactivateTitle'),
          message: t('team.deactivateConfirm', { name }),
          confirm: t('team.deactivate'),
          danger: true,
        };
      case 'reactivate':
        return {
          title: t('team.reactivateTitle'),
          message: t('team.reactivateConfirm', { name }),
          confirm: t('team.reactivate'),
          danger: false,
        };
      case 'transfer':
        return {
          title: t('team.transferTitle'),
          message: t('team.transferConfirm', { name }),
          confirm: t('team.transfer'),
          danger: true,
        };
    }
  };
  const copy = dialog ? dialogCopy(dialog) : null;

  return (
    <Card withBorder radius="lg" p={0}>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm" horizontalSpacing="md" data-testid="members-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('team.columns.name')}</Table.Th>
              <Table.Th>{t('team.columns.email')}</Table.Th>
              <Table.Th>{t('team.columns.role')}</Table.Th>
              <Table.Th>{t('teamManagers.column')}</Table.Th>
              <Table.Th w={120}>{t('team.columns.status')}</Table.Th>
              <Table.Th w={60} aria-label={t('common.actions')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => {
              const canChangeRole = refuseTeamAction(actor, member, 'change-role') === null;
              const canDeactivate = refuseTeamAction(actor, member, 'deactivate') === null;
              const canReactivate = refuseTeamAction(actor, member, 'reactivate') === null;
              const canTransfer = refuseTeamAction(actor, member, 'transfer-ownership') === null;
              const hasActions = canDeactivate || canReactivate || canTransfer;
              return (
                <Table.Tr key={member.uid} data-testid={`member-${member.email}`}>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {member.displayName}
                      {member.uid === actor.uid ? (
                        <Text span c="dimmed" size="xs" ml={6}>
                          ({t('team.you')})
                        </Text>
                      ) : null}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{member.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    {canChangeRole && member.role && member.role !== 'owner' && member.role !== 'partner' ? (
                      <Select
                        size="xs"
                        w={140}
                        aria-label={t('team.roleFor', { name: member.displayName })}
                        data={ASSIGNABLE_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
                        value={member.role}
                        allowDeselect={false}
                        onChange={(value) => {
                          if (value && value !== member.role)
                            setDialog({ kind: 'role', member, role: value as AssignableRole });
                        }}
                      />
                    ) : (
                      <Text size="sm">{member.role ? t(`roles.${member.role}`) : '—'}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ManagerSelect member={member} members={members} />
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[member.status]} variant="light">
                      {t(`memberStatus.${member.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {hasActions ? (
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t('team.actionsFor', { name: member.displayName })}
                          >
                            <IconDots size={18} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          {canReactivate ? (
                            <Menu.Item
                              leftSection={<IconPlayerPlay size={16} />}
                              onClick={() => setDialog({ kind: 'reactivate', member })}
                            >
                              {t('team.reactivate')}
                            </Menu.Item>
                          ) : null}
                          {canTransfer ? (
                            <Menu.Item
                              leftSection={<IconCrown size={16} />}
                              onClick={() => setDialog({ kind: 'transfer', member })}
                            >
                              {t('team.transfer')}
                            </Menu.Item>
                          ) : null}
                          {canDeactivate ? (
                            <Menu.Item
                              color="red"
                              leftSection={<IconUserOff size={16} />}
                              onClick={() => setDialog({ kind: 'deactivate', member })}
                            >
                              {t('team.deactivate')}
                            </Menu.Item>
                          ) : null}
                        </Menu.Dropdown>
                      </Menu>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={dialog !== null}
        title={copy?.title ?? ''}
        message={copy?.message ?? ''}
        confirmLabel={copy?.confirm ?? ''}
        danger={copy?.danger}
        loading={busy}
        onConfirm={() => void run()}
        onClose={() => setDialog(null)}
      />
    </Card>
  );
}
