import { paths } from '@estate/domain';
import { FieldPath, type Query } from 'firebase-admin/firestore';
import { z } from 'zod';
import type { Deps } from '../lib/deps';
import { interestContactFields } from './interest-store';
import { pipelineLog } from './pipeline.log';
import { runTransaction } from '../lib/transactions';

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
    const { written, last, full } = await runTransaction(db, async (tx) => {
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
