import {
  isCollaborator,
  isTeamManager,
  paths,
  taskModel,
  type ContactVisibility,
  type Member,
  type Task,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import { converterOf } from '../lib/converters';
import { Refusal } from '../lib/refusal';
import { readActor, type Actor } from '../lib/staff';

export const taskConverter = converterOf(taskModel);

export function isTaskCollaborator(member: Pick<Member, 'status' | 'role'>): boolean {
  return member.status === 'active' && isCollaborator(member.role);
}

/** The caller, an active collaborator of their tenant (partners and clients do not plan tasks). */
export async function readCollaborator(db: Firestore, tx: Transaction, caller: Caller): Promise<Actor> {
  const actor = await readActor(db, tx, caller);
  if (!isTaskCollaborator(actor.member)) {
    throw new Refusal('permission-denied', 'Only collaborators of the agency plan tasks.', 'not-collaborator');
  }
  return actor;
}

const taskNotFound = () => new Refusal('not-found', 'This task does not exist any more.', 'task-not-found');

async function readTask(db: Firestore, tx: Transaction, tenantId: string, taskId: string): Promise<Task> {
  const snapshot = await tx.get(db.doc(paths.task(tenantId, taskId)).withConverter(taskConverter));
  const task = snapshot.data();
  if (!task) throw taskNotFound();
  return task;
}

/**
 * Whether the actor reads the task, as the rules decide it: owner and admin always, everybody while
 * clients are shared, else its `viewerUids`. Its assignee and author are always among them; naming
 * them too keeps a task stored before `viewerUids` workable by them until the backfill ran.
 */
export function canReadTask(visibility: ContactVisibility, actor: Pick<Actor, 'uid' | 'role'>, task: Task): boolean {
  return (
    isTeamManager(actor.role) ||
    visibility === 'shared' ||
    task.viewerUids.includes(actor.uid) ||
    task.assigneeUid === actor.uid ||
    task.createdBy === actor.uid
  );
}

/** The task, if the actor reads it; one they do not read answers like a missing one. */
export async function readVisibleTask(
  db: Firestore,
  tx: Transaction,
  actor: Actor,
  visibility: ContactVisibility,
  taskId: string,
): Promise<Task> {
  const task = await readTask(db, tx, actor.tenantId, taskId);
  if (!canReadTask(visibility, actor, task)) throw taskNotFound();
  return task;
}

export function refuseIfDone(task: Task): void {
  if (task.status === 'done') {
    throw new Refusal('failed-precondition', 'This task is already done.', 'task-done');
  }
}
