import { z } from 'zod';
import { defineCallable } from '../shared/contract';
import { completeTaskInputSchema, deleteTaskInputSchema, saveTaskInputSchema } from './task.schema';

export const taskResultSchema = z.object({ taskId: z.string() });
export type TaskResult = z.infer<typeof taskResultSchema>;

export const saveTaskContract = defineCallable({
  name: 'tasks-saveTask',
  access: 'signed-in',
  input: saveTaskInputSchema,
  output: taskResultSchema,
  refusals: [
    'actor-not-active',
    'assignee-cannot-see-contact',
    'assignee-not-active',
    'not-collaborator',
    'not-staff',
    'room-busy',
    'room-inactive',
    'subject-not-found',
    'subject-property-not-found',
    'task-done',
    'task-not-found',
  ],
});

export const completeTaskContract = defineCallable({
  name: 'tasks-completeTask',
  access: 'signed-in',
  input: completeTaskInputSchema,
  output: taskResultSchema,
  refusals: ['actor-not-active', 'not-collaborator', 'not-staff', 'task-done', 'task-not-found'],
});

export const deleteTaskContract = defineCallable({
  name: 'tasks-deleteTask',
  access: 'signed-in',
  input: deleteTaskInputSchema,
  output: taskResultSchema,
  refusals: ['actor-not-active', 'not-collaborator', 'not-staff', 'not-task-owner', 'task-not-found'],
});
