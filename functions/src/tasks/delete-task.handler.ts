import { isTeamManager, paths, type DeleteTaskInput } from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readContactsSettings } from '../contacts/contact-access';
import { readCollaborator, readVisibleTask } from './task-store';
import { runTransaction } from '../lib/transactions';

/**
 * Deletes a task: its creator, its assignee, or the owner or an admin. A task the caller does not read
 * ("own" visibility) answers like a missing one, before the ownership check says it exists.
 */
export async function deleteTask(deps: Deps, caller: Caller, input: DeleteTaskInput): Promise<{ taskId: string }> {
  const { db } = deps;
  return runTransaction(db, async (tx) => {
    const actor = await readCollaborator(db, tx, caller);
    const { visibility } = await readContactsSettings(db, tx, actor.tenantId);
    const task = await readVisibleTask(db, tx, actor, visibility, input.taskId);
    if (task.createdBy !== actor.uid && task.assigneeUid !== actor.uid && !isTeamManager(actor.role)) {
      throw new Refusal(
        'permission-denied',
        'Only its creator, its assignee, the owner or an admin may delete this task.',
        'not-task-owner',
      );
    }
    tx.delete(db.doc(paths.task(actor.tenantId, input.taskId)));
    return { taskId: input.taskId };
  });
}
