import type { Deps } from '../lib/deps';

// TEMPORARY placeholder (does nothing) owned by the history-visibility work.

/** Keeps the entry's `viewerUids` and its contacts' copies (contacts/{id}/history/{entryId}) in step. */
export async function syncHistoryEntry(_deps: Pick<Deps, 'db'>, _tenantId: string, _entryId: string): Promise<void> {
  return undefined as never; // placeholder until implemented
}

/** Recomputes `viewerUids` of the entries naming the contact after its agent, manager or sharing changed. */
export async function syncContactHistoryViewers(
  _deps: Pick<Deps, 'db'>,
  _tenantId: string,
  _contactId: string,
): Promise<number> {
  return undefined as never; // placeholder until implemented
}
