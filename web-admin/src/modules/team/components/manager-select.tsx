import { setManagerContract } from '@estate/domain';
import type { Member, SetManagerInput } from '@estate/domain';
import { Select, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../../lib/firebase/callables';
import { describeError } from '../../../ui/auth-error';
import { notifyError, notifySuccess } from '../../../ui/notify';

const NONE = '';

/**
 * An agent's manager, in the team table. The team listener shows the new value once team-setManager
 * has written it; the agent's clients follow, so the manager sees them in "own" visibility.
 */
export function ManagerSelect({ member, members }: { member: Member; members: Member[] }) {
  const { t } = useTranslation();
  const setManager = useMutation({
    mutationFn: (input: SetManagerInput) => call(setManagerContract, input),
  });
  const managers = members.filter((candidate) => candidate.role === 'manager' && candidate.status === 'active');
  const current = member.managerUid ? members.find((candidate) => candidate.uid === member.managerUid) : undefined;

  if (member.role !== 'agent' || member.status !== 'active') {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }

  const choose = async (value: string | null) => {
    const managerUid = value === null || value === NONE ? null : value;
    if (managerUid === member.managerUid) return;
    try {
      const result = await setManager.mutateAsync({ uid: member.uid, managerUid });
      const manager = members.find((candidate) => candidate.uid === managerUid);
      notifySuccess(
        manager
          ? t('teamManagers.set', {
              name: member.displayName,
              manager: manager.displayName,
              count: result.contactsUpdated,
            })
          : t('teamManagers.cleared', { name: member.displayName }),
      );
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  };

  const options = [
    { value: NONE, label: t('teamManagers.none') },
    ...managers.map((manager) => ({ value: manager.uid, label: manager.displayName })),
    // A manager since demoted or deactivated still shows, so the table says what is stored.
    ...(current && !managers.includes(current)
      ? [{ value: current.uid, label: t('teamManagers.former', { name: current.displayName }), disabled: true }]
      : []),
  ];

  return (
    <Select
      size="xs"
      w={140}
      aria-label={t('teamManagers.for', { name: member.displayName })}
      data={options}
      value={member.managerUid ?? NONE}
      allowDeselect={false}
      disabled={setManager.isPending || (managers.length === 0 && !member.managerUid)}
      placeholder={managers.length === 0 ? t('teamManagers.noManagers') : undefined}
      onChange={(value) => void choose(value)}
      data-testid={`manager-of-${member.email}`}
    />
  );
}
