import {
  cancelAppointmentContract,
  markAppointmentDoneContract,
  saveAppointmentContract,
  type CancelAppointmentInput,
  type MarkAppointmentDoneInput,
  type SaveAppointmentRequest,
} from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/firebase/callables';
import { appointmentKeys } from '../queries/appointments.queries';

/** Each mutation refreshes the appointments' lists only (and the property's visit count with its history). */
function useAppointmentMutation<Input, Output>(tenantId: string, run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appointmentKeys.all(tenantId) }),
  });
}

export const useSaveAppointment = (tenantId: string) =>
  useAppointmentMutation(tenantId, (input: SaveAppointmentRequest) => call(saveAppointmentContract, input));

export const useCancelAppointment = (tenantId: string) =>
  useAppointmentMutation(tenantId, (input: CancelAppointmentInput) => call(cancelAppointmentContract, input));

export const useMarkAppointmentDone = (tenantId: string) =>
  useAppointmentMutation(tenantId, (input: MarkAppointmentDoneInput) => call(markAppointmentDoneContract, input));
