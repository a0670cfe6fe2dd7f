import {
  changeRoleContract,
  decideAccessContract,
  setMemberActiveContract,
  transferOwnershipContract,
} from '@estate/domain';
import type {
  ChangeRoleInput,
  DecideAccessInput,
  Member,
  SetMemberActiveInput,
  TransferOwnershipInput,
} from '@estate/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call } from '../../../lib/firebase/callables';
import { watchMembers } from '../data/member.repository';
import { teamKeys, teamMembersOptions } from '../queries/team.queries';

/** The team, kept live: a decision taken by another admin shows up without reloading. */
export function useTeamMembers(tenantId: string) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      watchMembers(
        tenantId,
        (members) => queryClient.setQueryData<Member[]>(teamKeys.members(tenantId), members),
        () => undefined,
      ),
    [tenantId, queryClient],
  );
  return useQuery(teamMembersOptions(tenantId));
}

export function useTeamActions() {
  const decide = useMutation({
    mutationFn: (input: DecideAccessInput) => call(decideAccessContract, input),
  });
  const changeRole = useMutation({
    mutationFn: (input: ChangeRoleInput) => call(changeRoleContract, input),
  });
  const setActive = useMutation({
    mutationFn: (input: SetMemberActiveInput) => call(setMemberActiveContract, input),
  });
  const transfer = useMutation({
    mutationFn: (input: TransferOwnershipInput) => call(transferOwnershipContract, input),
  });
  return { decide, changeRole, setActive, transfer };
}
