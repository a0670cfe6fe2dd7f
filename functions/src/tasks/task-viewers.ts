import type { Deps } from '../lib/deps';

// TEMPORARY placeholder (does nothing) owned by the task-visibility work.

/** Recomputes `viewerUids` of the tasks about the contact after its agent, manager or sharing changed. */
export async function syncContactTasks(
  _deps: Pick<Deps, 'db'>,
  _tenantId: string,
  _contactId: string,
): Promise<number> {
  return undefined as never; // placeholder until implemented
}
