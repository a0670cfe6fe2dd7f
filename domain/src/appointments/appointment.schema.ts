import { z } from 'zod';
import { isoDateTimeSchema } from '../tasks/task.schema';
import { docIdSchema, line, optionalLine, uidSchema } from '../shared/text';

/** What an appointment is for (seed 001: a visit, the preliminary contract, the visit before signing, the deed). */
export const APPOINTMENT_KINDS = [
  'visit',
  'preliminary-contract',
  'visit-before-signing',
  'notarial-deed',
  'other',
] as const;
export const appointmentKindSchema = z.enum(APPOINTMENT_KINDS);
export type AppointmentKind = z.infer<typeof appointmentKindSchema>;

export const APPOINTMENT_STATUSES = ['scheduled', 'done', 'cancelled'] as const;
export const appointmentStatusSchema = z.enum(APPOINTMENT_STATUSES);
export type AppointmentStatus = z.infer<typeof appointmentStatusSchema>;

/**
 * An appointment lasts at most this long. Bounding it lets the conflict check find every overlapping
 * appointment with one range on `startsAt` (those starting less than this before the candidate's end).
 */
export const APPOINTMENT_MAX_DURATION_MS = 12 * 60 * 60 * 1000;
/** The clients one appointment may name (buyers of one visit, a couple being one contact). */
export const APPOINTMENT_CONTACTS_MAX = 10;
export const APPOINTMENT_REQUEST_TEXT_MAX = 500;
export const APPOINTMENT_CANCEL_REASON_MAX = 500;
/** Pages of the lists (a property's visits, a client's appointments, the client app). */
export const APPOINTMENTS_PAGE_SIZE = 20;

/** A partner agency's property visited with a buyer: not in the agency's own listings. */
export const externalPropertySchema = z.object({
  address: line(200),
  agencyName: line(120),
  price: z.number().int().min(0).max(1_000_000_000).nullable(),
});
export type ExternalProperty = z.infer<typeof externalPropertySchema>;

function appointmentFields<D extends z.ZodType<Date>>(date: D) {
  return z.object({
    kind: appointmentKindSchema,
    title: line(160),
    startsAt: date,
    endsAt: date,
    place: optionalLine(200),
    /** The agency's property concerned, if any. */
    propertyId: docIdSchema.nullable(),
    /** Or a partner's property (a visit on a partner's listing). */
    externalProperty: externalPropertySchema.nullable(),
    /** The clients concerned; they read the appointment in their space and are mailed on each change. */
    contactIds: z
      .array(docIdSchema)
      .min(1, { message: 'at least one client' })
      .max(APPOINTMENT_CONTACTS_MAX, { message: `at most ${APPOINTMENT_CONTACTS_MAX} clients` }),
    /** The collaborator who holds the appointment (whose calendar shows it). */
    agentUid: uidSchema,
  });
}

interface Timing {
  startsAt: Date;
  endsAt: Date;
  propertyId: string | null;
  externalProperty: ExternalProperty | null;
  contactIds: string[];
}

function checkAppointment(value: Timing, context: z.core.$RefinementCtx<Timing>) {
  if (value.startsAt instanceof Date && value.endsAt instanceof Date) {
    const duration = value.endsAt.getTime() - value.startsAt.getTime();
    if (duration <= 0)
      context.addIssue({ code: 'custom', path: ['endsAt'], message: 'the end must be after the start' });
    else if (duration > APPOINTMENT_MAX_DURATION_MS)
      context.addIssue({ code: 'custom', path: ['endsAt'], message: 'at most 12 hours' });
  }
  if (value.propertyId !== null && value.externalProperty !== null) {
    context.addIssue({
      code: 'custom',
      path: ['externalProperty'],
      message: "either the agency's property or a partner's, not both",
    });
  }
  if (Array.isArray(value.contactIds) && new Set(value.contactIds).size !== value.contactIds.length) {
    context.addIssue({ code: 'custom', path: ['contactIds'], message: 'each client once' });
  }
}

/**
 * `appointments-saveAppointment`: the form's fields, under an id the form made once. `expectedSequence`
 * null creates the appointment; a number edits the version the form showed, so a retried call (the
 * stored appointment already says what is asked) changes nothing and a form older than a colleague's
 * change is refused rather than overwriting it. Conflicts are answered unsaved unless acknowledged.
 */
export const saveAppointmentInputSchema = appointmentFields(isoDateTimeSchema)
  .extend({
    appointmentId: docIdSchema,
    expectedSequence: z.number().int().min(0).nullable(),
    acknowledgeConflicts: z.boolean().default(false),
  })
  .superRefine(checkAppointment);
export type SaveAppointmentInput = z.output<typeof saveAppointmentInputSchema>;
/** What the app sends: dates as ISO strings. */
export type SaveAppointmentRequest = z.input<typeof saveAppointmentInputSchema>;

/** `appointments-cancelAppointment`: the clients are told why. */
export const cancelAppointmentInputSchema = z.object({
  appointmentId: docIdSchema,
  reason: line(APPOINTMENT_CANCEL_REASON_MAX),
});
export type CancelAppointmentInput = z.infer<typeof cancelAppointmentInputSchema>;

/** `appointments-markDone`: the appointment took place (a visit then counts on its property). */
export const markAppointmentDoneInputSchema = z.object({ appointmentId: docIdSchema });
export type MarkAppointmentDoneInput = z.infer<typeof markAppointmentDoneInputSchema>;

/**
 * `tenants/{tenantId}/appointments/{appointmentId}`: written only by the `appointments-*` callables.
 * Clients read those naming them in `contactIds`; collaborators like tasks (`viewerUids`).
 */
export const appointmentSchema = appointmentFields(z.date()).extend({
  id: z.string(),
  status: appointmentStatusSchema,
  cancelReason: z.string().nullable(),
  /** 0 when created, one more on each change the clients are told of (the .ics SEQUENCE, the mails' ids). */
  sequence: z.number().int().min(0),
  /** What the clients read of the agency's property (reference, title, city), copied when saved. */
  propertyLabel: z.string(),
  createdBy: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
  doneAt: z.date().nullable(),
  cancelledAt: z.date().nullable(),
  /**
   * Who sees it in "own" visibility besides owner and admin: its agent and author, the agent's manager
   * and the viewers of every client named (`contactViewerUids`), computed when saved.
   */
  viewerUids: z.array(z.string()),
});
export type Appointment = z.infer<typeof appointmentSchema>;

/** The fields a save compares with what is stored: equal means a retried call, nothing to write. */
export type AppointmentFields = Pick<
  Appointment,
  'kind' | 'title' | 'startsAt' | 'endsAt' | 'place' | 'propertyId' | 'externalProperty' | 'contactIds' | 'agentUid'
>;

export function sameAppointmentFields(a: AppointmentFields, b: AppointmentFields): boolean {
  return (
    a.kind === b.kind &&
    a.title === b.title &&
    a.startsAt.getTime() === b.startsAt.getTime() &&
    a.endsAt.getTime() === b.endsAt.getTime() &&
    a.place === b.place &&
    a.propertyId === b.propertyId &&
    JSON.stringify(a.externalProperty) === JSON.stringify(b.externalProperty) &&
    a.contactIds.length === b.contactIds.length &&
    a.contactIds.every((id, index) => id === b.contactIds[index]) &&
    a.agentUid === b.agentUid
  );
}

/**
 * `tenants/{tenantId}/appointmentRequests/{requestId}`: a client asks for a change of an appointment
 * naming them (they cannot change it). Written by the client directly under an id their app made (the
 * rules check the shape and the appointment), so it works offline; `appointments-onRequestCreated` mails
 * the agent and writes a history remark, once.
 */
export const appointmentRequestSchema = z.object({
  id: docIdSchema,
  appointmentId: docIdSchema,
  contactId: docIdSchema,
  text: line(APPOINTMENT_REQUEST_TEXT_MAX),
  createdAt: z.date(),
});
export type AppointmentRequest = z.infer<typeof appointmentRequestSchema>;

/** What the client app writes (createdAt is the server's time). */
export const appointmentRequestInputSchema = appointmentRequestSchema.omit({ createdAt: true });
export type AppointmentRequestInput = z.infer<typeof appointmentRequestInputSchema>;

/** Mail ids: one per client and version of the appointment, so a retried call mails nobody twice. */
export function appointmentMailId(appointmentId: string, sequence: number, contactId: string): string {
  return `appointment-${appointmentId}-${sequence}-${contactId}`;
}

/** The history entry of a visit done: one per appointment, so its property counts the visit once. */
export function visitEntryId(appointmentId: string): string {
  return `appointment-${appointmentId}-visit`;
}

export function appointmentRequestMailId(requestId: string): string {
  return `appointment-request-${requestId}`;
}

export function appointmentRequestEntryId(requestId: string): string {
  return `appointment-request-${requestId}`;
}
