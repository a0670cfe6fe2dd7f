import { TASK_TEXT_MAX, taskTypeSchema, type SaveTaskRequest, type Task, type TaskSubject } from '@estate/domain';
import { z } from 'zod';
import { dateTimeLocalSchema, toDateTimeLocal } from '../../history';

/** Subjects the app can pick today; deals join when their files exist. */
export const FORM_SUBJECT_KINDS = ['contact', 'property', 'agency', 'none'] as const;
type FormSubjectKind = (typeof FORM_SUBJECT_KINDS)[number];

/**
 * The "new task" form: dates as `datetime-local` strings, the subject as a kind plus a picked contact or property.
 * `toSaveTaskRequest` builds the callable's input, which tasks-saveTask validates again with the domain schema.
 */
export const taskFormSchema = z
  .object({
    type: taskTypeSchema,
    title: z.string().trim().min(1, { message: 'required' }).max(160, { message: 'at most 160 characters' }),
    dueAt: dateTimeLocalSchema,
    endAt: z.string(),
    assigneeUid: z.string().min(1, { message: 'required' }),
    subjectKind: z.enum(FORM_SUBJECT_KINDS),
    contactId: z.string(),
    contactLabel: z.string(),
    propertyId: z.string(),
    propertyLabel: z.string(),
    project: z.string().trim().max(120, { message: 'at most 120 characters' }),
    text: z
      .string()
      .trim()
      .max(TASK_TEXT_MAX, { message: `at most ${TASK_TEXT_MAX} characters` }),
    roomId: z.string(),
  })
  .superRefine((form, context) => {
    if (form.type === 'meeting') {
      if (!form.endAt) context.addIssue({ code: 'custom', path: ['endAt'], message: 'required' });
      else if (new Date(form.endAt).getTime() <= new Date(form.dueAt).getTime())
        context.addIssue({ code: 'custom', path: ['endAt'], message: 'end-after-start' });
    }
    if (form.subjectKind === 'contact' && !form.contactId)
      context.addIssue({ code: 'custom', path: ['contactId'], message: 'required' });
    if (form.subjectKind === 'property' && !form.propertyId)
      context.addIssue({ code: 'custom', path: ['propertyId'], message: 'required' });
  });
export type TaskFormInput = z.input<typeof taskFormSchema>;
export type TaskFormOutput = z.output<typeof taskFormSchema>;

/** A new task's form; `subject` prefills it from where it was planned (a property's page). */
export function emptyTaskForm(
  assigneeUid: string,
  start = nextQuarterHour(),
  subject: TaskSubject | null = null,
): TaskFormInput {
  return {
    ...subjectFields(subject ?? { kind: 'none', id: null, label: '' }),
    type: 'task',
    title: '',
    dueAt: toDateTimeLocal(start),
    endAt: toDateTimeLocal(new Date(start.getTime() + 60 * 60_000)),
    assigneeUid,
    project: '',
    text: '',
    roomId: '',
  };
}

function subjectFields(
  subject: TaskSubject,
): Pick<TaskFormInput, 'subjectKind' | 'contactId' | 'contactLabel' | 'propertyId' | 'propertyLabel'> {
  const kind: FormSubjectKind = (FORM_SUBJECT_KINDS as readonly string[]).includes(subject.kind)
    ? (subject.kind as FormSubjectKind)
    : 'none';
  return {
    subjectKind: kind,
    contactId: kind === 'contact' ? (subject.id ?? '') : '',
    contactLabel: kind === 'contact' ? subject.label : '',
    propertyId: kind === 'property' ? (subject.id ?? '') : '',
    propertyLabel: kind === 'property' ? subject.label : '',
  };
}

export function taskToForm(task: Task): TaskFormInput {
  return {
    type: task.type,
    title: task.title,
    dueAt: toDateTimeLocal(task.dueAt),
    endAt: task.endAt ? toDateTimeLocal(task.endAt) : toDateTimeLocal(new Date(task.dueAt.getTime() + 60 * 60_000)),
    assigneeUid: task.assigneeUid,
    ...subjectFields(task.subject),
    project: task.project,
    text: task.text,
    roomId: task.roomId ?? '',
  };
}

export function toSaveTaskRequest(values: TaskFormOutput, taskId: string | null, agencyName: string): SaveTaskRequest {
  const meeting = values.type === 'meeting';
  const subject: TaskSubject =
    values.subjectKind === 'contact'
      ? { kind: 'contact', id: values.contactId, label: values.contactLabel }
      : values.subjectKind === 'property'
        ? { kind: 'property', id: values.propertyId, label: values.propertyLabel.slice(0, 160) }
        : values.subjectKind === 'agency'
          ? { kind: 'agency', id: null, label: agencyName.slice(0, 160) }
          : { kind: 'none', id: null, label: '' };
  return {
    taskId,
    type: values.type,
    title: values.title,
    dueAt: new Date(values.dueAt).toISOString(),
    endAt: meeting ? new Date(values.endAt).toISOString() : null,
    assigneeUid: values.assigneeUid,
    subject,
    project: values.project,
    text: values.text,
    roomId: meeting && values.roomId ? values.roomId : null,
  };
}

function nextQuarterHour(): Date {
  const date = new Date();
  date.setSeconds(0, 0);
  date.setMinutes(Math.ceil((date.getMinutes() + 1) / 15) * 15);
  return date;
}
