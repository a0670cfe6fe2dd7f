import { z } from 'zod';
import { docIdSchema, line, optionalLine, uidSchema } from '../shared/text';

export const TASK_TYPES = ['call', 'meeting', 'task'] as const;
export const taskTypeSchema = z.enum(TASK_TYPES);
export type TaskType = z.infer<typeof taskTypeSchema>;

export const TASK_STATUSES = ['open', 'done'] as const;
export const taskStatusSchema = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

/** What a task is about; `none` is "hors comptabilité" (not tied to a file), `agency` the agency itself. */
export const SUBJECT_KINDS = ['contact', 'property', 'deal', 'agency', 'none'] as const;
export const subjectKindSchema = z.enum(SUBJECT_KINDS);
export type SubjectKind = z.infer<typeof subjectKindSchema>;

export const TASK_TEXT_MAX = 5000;

export const taskSubjectSchema = z
  .object({
    kind: subjectKindSchema,
    id: docIdSchema.nullable(),
    label: optionalLine(160),
  })
  .refine((subject) => (subject.kind === 'agency' || subject.kind === 'none') === (subject.id === null), {
    message: 'a contact, property or deal needs its id; the agency and "none" have none',
    path: ['id'],
  });
export type TaskSubject = z.infer<typeof taskSubjectSchema>;

const longText = z
  .string()
  .trim()
  .max(TASK_TEXT_MAX, { message: `at most ${TASK_TEXT_MAX} characters` });

/** An instant sent over a callable: an ISO 8601 date-time with its offset (`Date#toISOString()`). */
export const isoDateTimeSchema = z.iso
  .datetime({ offset: true, message: 'an ISO date-time like 2026-03-01T09:30:00.000Z' })
  .transform((value) => new Date(value));

/** The fields of a task a collaborator edits; shared by the callable and the stored document. */
function taskFields<D extends z.ZodType<Date>>(date: D) {
  return z.object({
    type: taskTypeSchema,
    title: line(160),
    dueAt: date,
    endAt: date.nullable(),
    assigneeUid: uidSchema,
    subject: taskSubjectSchema,
    project: optionalLine(120),
    text: longText,
    roomId: docIdSchema.nullable(),
  });
}

interface Timing {
  type: TaskType;
  dueAt: Date;
  endAt: Date | null;
  roomId: string | null;
}

/** A meeting has an end after its start and may book a room; calls and tasks have neither. */
function checkTiming(task: Timing, context: z.core.$RefinementCtx<Timing>) {
  // Zod still runs this when a date failed to parse; that field already carries its issue.
  if (!(task.dueAt instanceof Date) || (task.endAt !== null && !(task.endAt instanceof Date))) return;
  if (task.type === 'meeting') {
    if (task.endAt === null) context.addIssue({ code: 'custom', path: ['endAt'], message: 'required' });
    else if (task.endAt.getTime() <= task.dueAt.getTime())
      context.addIssue({ code: 'custom', path: ['endAt'], message: 'the end must be after the start' });
  } else {
    if (task.endAt !== null)
      context.addIssue({ code: 'custom', path: ['endAt'], message: 'only meetings have an end' });
    if (task.roomId !== null)
      context.addIssue({ code: 'custom', path: ['roomId'], message: 'only meetings book a room' });
  }
}

/** `tasks-saveTask`: creates a task when `taskId` is null, updates that open task otherwise. */
export const saveTaskInputSchema = taskFields(isoDateTimeSchema)
  .extend({ taskId: docIdSchema.nullable() })
  .superRefine(checkTiming);
export type SaveTaskInput = z.output<typeof saveTaskInputSchema>;
/** What the app sends: dates as ISO strings. */
export type SaveTaskRequest = z.input<typeof saveTaskInputSchema>;

/** `tasks-completeTask`: closes an open task with what came of it. */
export const completeTaskInputSchema = z.object({ taskId: docIdSchema, result: longText });
export type CompleteTaskInput = z.infer<typeof completeTaskInputSchema>;

/** `tasks-deleteTask`. */
export const deleteTaskInputSchema = z.object({ taskId: docIdSchema });
export type DeleteTaskInput = z.infer<typeof deleteTaskInputSchema>;

/** `tenants/{tenantId}/tasks/{taskId}`: written only by the `tasks-*` callables. */
export const taskSchema = taskFields(z.date()).extend({
  id: z.string(),
  status: taskStatusSchema,
  result: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
  doneAt: z.date().nullable(),
  /**
   * Who sees the task in "own" visibility besides owner and admin: its assignee and author, the
   * assignee's manager and, for a task about a contact, that contact's viewers (`contactViewerUids`).
   * Set by tasks-saveTask, kept by contacts-onContactWritten; empty on tasks stored before it.
   */
  viewerUids: z.array(z.string()).default([]),
});
export type Task = z.infer<typeof taskSchema>;

export interface Interval {
  start: Date;
  end: Date;
}

/** Half-open intervals [start, end): a meeting ending at 10:00 does not overlap one starting at 10:00. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

/**
 * The first other open meeting of the room overlapping [dueAt, endAt), or null: the booking rule
 * `tasks-saveTask` applies inside its transaction.
 */
export function findRoomConflict(
  candidate: { id: string | null; roomId: string | null; dueAt: Date; endAt: Date | null },
  booked: readonly Pick<Task, 'id' | 'type' | 'status' | 'roomId' | 'dueAt' | 'endAt' | 'title'>[],
): Pick<Task, 'id' | 'dueAt' | 'endAt' | 'title'> | null {
  if (candidate.roomId === null || candidate.endAt === null) return null;
  const wanted = { start: candidate.dueAt, end: candidate.endAt };
  return (
    booked.find(
      (task) =>
        task.id !== candidate.id &&
        task.type === 'meeting' &&
        task.status === 'open' &&
        task.roomId === candidate.roomId &&
        task.endAt !== null &&
        intervalsOverlap(wanted, { start: task.dueAt, end: task.endAt }),
    ) ?? null
  );
}

/** An open task whose due time has passed. */
export function isOverdue(task: Pick<Task, 'status' | 'dueAt'>, now: Date): boolean {
  return task.status === 'open' && task.dueAt.getTime() < now.getTime();
}
