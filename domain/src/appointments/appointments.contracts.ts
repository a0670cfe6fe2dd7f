import { z } from 'zod';
import { defineCallable } from '../shared/contract';
import {
  cancelAppointmentInputSchema,
  markAppointmentDoneInputSchema,
  saveAppointmentInputSchema,
} from './appointment.schema';

/** An overlapping appointment, as the form shows it; the title only when the caller reads that appointment. */
export const appointmentConflictSchema = z.object({
  appointmentId: z.string(),
  reasons: z.array(z.enum(['agent', 'client'])),
  contactIds: z.array(z.string()),
  title: z.string().nullable(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
});
export type AppointmentConflictView = z.infer<typeof appointmentConflictSchema>;

/**
 * `saved` false: nothing written, the conflicts need the agent's word (`acknowledgeConflicts`).
 * `sequence`: the version stored after the call, which the next edit expects.
 */
export const saveAppointmentResultSchema = z.object({
  appointmentId: z.string(),
  saved: z.boolean(),
  sequence: z.number().int().nullable(),
  conflicts: z.array(appointmentConflictSchema),
});
export type SaveAppointmentResult = z.infer<typeof saveAppointmentResultSchema>;

export const appointmentResultSchema = z.object({ appointmentId: z.string() });
export type AppointmentResult = z.infer<typeof appointmentResultSchema>;

const STAFF_REFUSALS = ['actor-not-active', 'not-collaborator', 'not-staff'] as const;

export const saveAppointmentContract = defineCallable({
  name: 'appointments-saveAppointment',
  access: 'signed-in',
  input: saveAppointmentInputSchema,
  output: saveAppointmentResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'agent-not-active',
    'appointment-changed',
    'appointment-closed',
    'appointment-exists',
    'appointment-not-found',
    'contact-not-found',
    'property-not-found',
  ],
});

export const cancelAppointmentContract = defineCallable({
  name: 'appointments-cancelAppointment',
  access: 'signed-in',
  input: cancelAppointmentInputSchema,
  output: appointmentResultSchema,
  refusals: [...STAFF_REFUSALS, 'appointment-closed', 'appointment-not-found'],
});

export const markAppointmentDoneContract = defineCallable({
  name: 'appointments-markDone',
  access: 'signed-in',
  input: markAppointmentDoneInputSchema,
  output: appointmentResultSchema,
  refusals: [...STAFF_REFUSALS, 'appointment-closed', 'appointment-not-found', 'appointment-not-started'],
});
