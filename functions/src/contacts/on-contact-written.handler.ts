import { contactSearchFieldsSchema, contactSearchTokens, paths } from '@estate/domain';
import { FieldPath, type Query } from 'firebase-admin/firestore';
import { z } from 'zod';
import type { Deps } from '../lib/deps';
import { contactsLog } from './contacts.log';
import { pipelineLog } from '../pipeline/pipeline.log';
import { interestContactFields } from '../pipeline/interest-store';

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
  const outcome = await deps.db.runTransaction(async (tx): Promise<SearchTokensOutcome> => {
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

/** How many interests a contact's change rewrites per transaction (Firestore allows 500 writes). */
const INTERESTS_PER_TRANSACTION = 400;

/** The contact fields its interests copy; a contact lacking them (not a contact as saved) is left alone. */
const interestSourceSchema = z.object({
  firstName: z.string().default(''),
  lastName: z.string().default(''),
  identityType: z.enum(['person', 'company']).catch('person'),
  companyName: z.string().default(''),
  email: z.string().default(''),
  assignedAgentUid: z.string().min(1),
  managerUid: z.string().nullable().default(null),
  sharedWithUids: z.array(z.string()).default([]),
});

/**
 * Keeps the contact's interests in step with it: `agentUid`, `managerUid` (which the rules read in
 * "own" visibility) and `contactName` follow a reassignment (contacts-saveContact, team-setManager,
 * a merge) or a rename. Read from the contact as it is now, in a transaction per page of interests,
 * and written only where they differ, so a replayed event changes nothing; a deleted contact writes
 * nothing (its erasure removes the interests). Returns how many interests were updated.
 */
export async function syncContactInterests(
  deps: Pick<Deps, 'db'>,
  tenantId: string,
  contactId: string,
): Promise<number> {
  const { db } = deps;
  const contactRef = db.doc(paths.contact(tenantId, contactId));
  const interests = db
    .collection(paths.interests(tenantId))
    .where('contactId', '==', contactId)
    .orderBy(FieldPath.documentId())
    .limit(INTERESTS_PER_TRANSACTION);
  let updated = 0;
  let after: string | null = null;
  for (;;) {
    const page: Query = after === null ? interests : interests.startAfter(after);
    const { written, last, full } = await db.runTransaction(async (tx) => {
      const [contactSnapshot, snapshot] = await Promise.all([tx.get(contactRef), tx.get(page)]);
      const source = interestSourceSchema.safeParse(contactSnapshot.data());
      if (!source.success) return { written: 0, last: null, full: false };
      const wanted = interestContactFields(source.data);
      const stale = snapshot.docs.filter(
        (doc) =>
          doc.get('agentUid') !== wanted.agentUid ||
          (doc.get('managerUid') ?? null) !== wanted.managerUid ||
          JSON.stringify(doc.get('sharedWithUids') ?? []) !== JSON.stringify(wanted.sharedWithUids) ||
          doc.get('contactName') !== wanted.contactName,
      );
      // Not updatedAt: these are copies of the contact's fields, the interest itself did not move.
      for (const doc of stale) tx.update(doc.ref, { ...wanted });
      return {
        written: stale.length,
        last: snapshot.docs.at(-1)?.id ?? null,
        full: snapshot.size === INTERESTS_PER_TRANSACTION,
      };
    });
    updated += written;
    if (!full || last === null) break;
    after = last;
  }
  if (updated > 0) pipelineLog.interestsFollowContact(tenantId, contactId, updated);
  return updated;
}
