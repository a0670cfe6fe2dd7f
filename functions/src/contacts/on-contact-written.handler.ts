import { contactSearchFieldsSchema, contactSearchTokens, paths } from '@estate/domain';
import type { Deps } from '../lib/deps';
import { contactsLog } from './contacts.log';
import { runTransaction } from '../lib/transactions';

export type SearchTokensOutcome = 'written' | 'unchanged' | 'gone' | 'unreadable';

function sameTokens(stored: unknown, wanted: string[]): boolean {
  return (
    Array.isArray(stored) && stored.length === wanted.length && stored.every((token, index) => token === wanted[index])
  );
}

/**
 * Keeps a contact's `searchTokens` in step with its names, company, emails and phones. The tokens
 * are computed from the document as it is now, read in a transaction, so an old event replayed late
 * cannot put back stale tokens; they are written only when they differ, so our own write, which fires the
 * trigger again, ends there.
 */
export async function syncContactSearchTokens(
  deps: Pick<Deps, 'db'>,
  tenantId: string,
  contactId: string,
): Promise<SearchTokensOutcome> {
  const ref = deps.db.doc(paths.contact(tenantId, contactId));
  const outcome = await runTransaction(deps.db, async (tx): Promise<SearchTokensOutcome> => {
    const snapshot = await tx.get(ref);
    if (!snapshot.exists) return 'gone';
    const fields = contactSearchFieldsSchema.safeParse(snapshot.data());
    if (!fields.success) return 'unreadable';
    const tokens = contactSearchTokens(fields.data);
    if (sameTokens(snapshot.get('searchTokens'), tokens)) return 'unchanged';
    // Not updatedAt: the tokens are derived data, the contact itself did not change.
    tx.update(ref, { searchTokens: tokens });
    return 'written';
  });
  if (outcome === 'written' || outcome === 'unreadable') contactsLog.searchTokens(tenantId, contactId, outcome);
  return outcome;
}
