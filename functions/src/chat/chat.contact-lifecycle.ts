import { paths, threadIdOf } from '@estate/domain';
import { getApp } from 'firebase-admin/app';
import { getStorage } from 'firebase-admin/storage';
import type { ContactLifecycleParticipant } from '../contacts/contact-lifecycle';
import { adminDb } from '../lib/admin';
import { deleteAll } from '../lib/batches';

/** Removes every attachment of a thread from Storage; returns how many there were. */
async function deleteThreadFiles(tenantId: string, threadId: string): Promise<number> {
  // adminDb() makes sure the default app exists; its bucket comes from the project's configuration.
  adminDb();
  const bucket = getStorage(getApp()).bucket();
  const [files] = await bucket.getFiles({ prefix: paths.chatThreadFilesPrefix(tenantId, threadId) });
  await Promise.all(files.map((file) => file.delete({ ignoreNotFound: true })));
  return files.length;
}

/**
 * The contact's conversations: deleted with their messages and attachments at the erasure (free text
 * about the person, which cannot be scrubbed). The general thread's messages go even when its thread
 * document was never written.
 */
export const chatContactLifecycle = {
  name: 'chat',
  async erased({ deps, tenantId, contactId, count }) {
    const { db } = deps;
    const threads = await db.collection(paths.threads(tenantId)).where('contactId', '==', contactId).get();
    const threadIds = new Set([threadIdOf(contactId, null), ...threads.docs.map((doc) => doc.id)]);
    let messages = 0;
    let files = 0;
    for (const threadId of threadIds) {
      files += await deleteThreadFiles(tenantId, threadId);
      messages += await deleteAll(db, db.collection(paths.threadMessages(tenantId, threadId)));
      await db.doc(paths.thread(tenantId, threadId)).delete();
    }
    await count('chatMessages', messages);
    await count('files', files);
  },
} satisfies ContactLifecycleParticipant;
