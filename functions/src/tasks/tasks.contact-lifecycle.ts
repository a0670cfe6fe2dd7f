import { contactFullName, paths } from '@estate/domain';
import type { ContactLifecycleParticipant } from '../contacts/contact-lifecycle';
import { deleteAll } from '../lib/batches';
import { syncContactTasks } from './task-viewers';

/** The tasks about a contact (`subject.kind == 'contact'`, `subject.id`), and their `viewerUids`. */
export const tasksContactLifecycle = {
  name: 'tasks',
  async merged({ db, tenantId, keep, mergeId, inBatches }) {
    const tasks = await db.collection(paths.tasks(tenantId)).where('subject.id', '==', mergeId).get();
    const contactTasks = tasks.docs.filter((doc) => doc.get('subject.kind') === 'contact');
    await inBatches(contactTasks, (batch, doc) =>
      batch.update(doc.ref, { 'subject.id': keep.id, 'subject.label': contactFullName(keep) }),
    );
    return { tasks: contactTasks.length };
  },
  // Deleted rather than detached: their title, text and result are free text about the person, which
  // cannot be scrubbed reliably.
  async erased({ deps, tenantId, contactId, count }) {
    const about = deps.db
      .collection(paths.tasks(tenantId))
      .where('subject.kind', '==', 'contact')
      .where('subject.id', '==', contactId);
    await count('tasks', await deleteAll(deps.db, about));
  },
  viewersChanged: ({ deps, tenantId, contactId }) => syncContactTasks(deps, tenantId, contactId),
} satisfies ContactLifecycleParticipant;
