import type { Task } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { emptyTaskForm, taskFormSchema, taskToForm, toSaveTaskRequest } from './task.form';

const start = new Date('2031-01-06T09:00:00');
const property = { kind: 'property' as const, id: 'p1', label: 'V-00042 · Maison avec jardin' };

describe('task form: a property as subject', () => {
  it('prefills the property a task is planned from, and sends it as the subject', () => {
    const form = emptyTaskForm('alex', start, property);
    expect(form).toMatchObject({ subjectKind: 'property', propertyId: 'p1', propertyLabel: property.label });
    const values = taskFormSchema.parse({ ...form, title: 'Préparer le compromis' });
    expect(toSaveTaskRequest(values, null, 'Agence').subject).toEqual(property);
  });

  it('requires a picked property', () => {
    const parsed = taskFormSchema.safeParse({
      ...emptyTaskForm('alex', start),
      title: 'Visite',
      subjectKind: 'property',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['propertyId']);
  });

  it('reads a stored property task back, and an unknown kind (a deal) as none', () => {
    const task = {
      type: 'task',
      title: 'Relancer le notaire',
      dueAt: start,
      endAt: null,
      assigneeUid: 'alex',
      subject: property,
      project: '',
      text: '',
      roomId: null,
    } as unknown as Task;
    expect(taskToForm(task)).toMatchObject({ subjectKind: 'property', propertyId: 'p1', contactId: '' });
    expect(taskToForm({ ...task, subject: { kind: 'deal', id: 'd1', label: 'Affaire' } })).toMatchObject({
      subjectKind: 'none',
      propertyId: '',
    });
  });
});
