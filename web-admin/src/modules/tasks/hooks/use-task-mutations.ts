import type { CompleteTaskInput, DeleteTaskInput, SaveTaskRequest } from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callCallable } from '../../../lib/firebase/callables';
import { taskKeys } from '../queries/tasks.queries';

interface TaskResult {
  taskId: string;
}

function useTaskMutation<Input>(tenantId: string, run: (input: Input) => Promise<TaskResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: taskKeys.all(tenantId) }),
  });
}

export const useSaveTask = (tenantId: string) =>
  useTaskMutation(tenantId, (input: SaveTaskRequest) => callCallable<TaskResult, SaveTaskRequest>('saveTask', input));

export const useCompleteTask = (tenantId: string) =>
  useTaskMutation(tenantId, (input: CompleteTaskInput) =>
    callCallable<TaskResult, CompleteTaskInput>('completeTask', input),
  );

export const useDeleteTask = (tenantId: string) =>
  useTaskMutation(tenantId, (input: DeleteTaskInput) => callCallable<TaskResult, DeleteTaskInput>('deleteTask', input));
