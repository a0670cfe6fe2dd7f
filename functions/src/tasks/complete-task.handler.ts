import { paths, type CompleteTaskInput } from '@estate/domain';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { readContactsSettings } from '../contacts/contact-access';
import { readCollaborator, readVisibleTask, refuseIfDone } from './task-store';
import { runTransaction } from '../lib/transactions';

/**
 * Closes an open task with its result; a done meeting frees its room. A task the caller does not read
 * ("own" visibility) answers like a missing one.
 */
export async function completeTask(deps: Deps, caller: Caller, input: CompleteTaskInput): Promise<{ taskId: string }> {
  const { db } = deps;
  const now = deps.now();
  return runTransaction(db, async (tx) => {
    const actor = await readCollaborator(db, tx, caller);
    const { visibility } = await readContactsSettings(db, tx, actor.tenantId);
    const task = await readVisibleTask(db, tx, actor, visibility, input.taskId);
    refuseIfDone(task);
    tx.update(
      db.doc(paths.task(actor.tenantId, input.taskId)),
      toStored({ status: 'done', result: input.result, doneAt: now, updatedAt: now }),
    );
    return { taskId: input.taskId };
  });
}
