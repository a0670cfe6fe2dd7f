import { completeTaskContract, deleteTaskContract, saveTaskContract } from '@estate/domain';
import type { CompleteTaskInput, DeleteTaskInput, SaveTaskRequest, TaskResult } from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/firebase/callables';
import { taskKeys } from '../queries/tasks.queries';

function useTaskMutation<Input>(tenantId: string, run: (input: Input) => Promise<TaskResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: taskKeys.all(tenantId) }),
  });
}

export const useSaveTask = (tenantId: string) =>
  useTaskMutation(tenantId, (input: SaveTaskRequest) => call(saveTaskContract, input));

export const useCompleteTask = (tenantId: string) =>
  useTaskMutation(tenantId, (input: CompleteTaskInput) => call(completeTaskContract, input));

export const useDeleteTask = (tenantId: string) =>
  useTaskMutation(tenantId, (input: DeleteTaskInput) => call(deleteTaskContract, input));
