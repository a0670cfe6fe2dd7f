import { paths } from '@estate/domain';
import type { Firestore, QueryDocumentSnapshot } from 'firebase-admin/firestore';
import type { ContactLifecycleParticipant } from '../contacts/contact-lifecycle';
import { deleteAll } from '../lib/batches';

/** Mails a page reads, then deletes. */
const BATCH_SIZE = 400;

/**
 * Notifications to staff that name the person without linking the contact (a phase change mailed to
 * the agent): found by the name they carry, and only among mails linked to no contact, so a
 * namesake's own mails stay.
 */
async function deleteStaffMailsNaming(db: Firestore, tenantId: string, named: readonly string[]): Promise<number> {
  const names = [...new Set(named.filter((name) => name !== ''))];
  if (names.length === 0) return 0;
  const query = db.collection(paths.mails(tenantId)).where('templateData.contactName', 'in', names);
  let deleted = 0;
  let last: QueryDocumentSnapshot | undefined;
  for (;;) {
    const page = await (last ? query.orderBy('__name__').startAfter(last) : query.orderBy('__name__'))
      .limit(BATCH_SIZE)
      .get();
    if (page.empty) return deleted;
    const unlinked = page.docs.filter((doc) => (doc.get('contactId') ?? null) === null);
    if (unlinked.length > 0) {
      const batch = db.batch();
      for (const doc of unlinked) batch.delete(doc.ref);
      await batch.commit();
      deleted += unlinked.length;
    }
    last = page.docs[page.docs.length - 1];
  }
}

/**
 * The mail log: mails sent to a contact carry its id (the client file lists its mails by it); a note
 * reminder quotes a private note, so it carries the id in `templateData.contactId` only.
 */
export const mailContactLifecycle = {
  name: 'mail',
  async merged({ db, tenantId, keep, mergeId, inBatches }) {
    const linked = await db.collection(paths.mails(tenantId)).where('contactId', '==', mergeId).get();
    await inBatches(linked.docs, (batch, doc) => batch.update(doc.ref, { contactId: keep.id }));
    return { mail: linked.size };
  },
  // The mails sent to the person or naming them go, staff notifications included.
  async erased({ deps, tenantId, contactId, pending, count }) {
    const { db } = deps;
    const names = [pending.fullName, pending.email];
    await count(
      'mails',
      (await deleteAll(db, db.collection(paths.mails(tenantId)).where('contactId', '==', contactId))) +
        (await deleteAll(db, db.collection(paths.mails(tenantId)).where('templateData.contactId', '==', contactId))) +
        (await deleteStaffMailsNaming(db, tenantId, names)),
    );
  },
} satisfies ContactLifecycleParticipant;
