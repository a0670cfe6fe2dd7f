import { contactViewerUids, paths, uniqueUids, type Contact, type Task } from '@estate/domain';
import { FieldPath, type DocumentSnapshot, type Firestore, type Query } from 'firebase-admin/firestore';
import { z } from 'zod';
import type { Deps } from '../lib/deps';
import { runTransaction } from '../lib/transactions';

type ContactViewers = Pick<Contact, 'assignedAgentUid' | 'sharedWithUids' | 'managerUid'>;

/**
 * A task's `viewerUids` (docs/data-model.md, tasks): its assignee, its author, the assignee's manager
 * and, for a task about a contact, that contact's viewers, in this order so that the same inputs always
 * give the same array and a recomputation that changes nothing writes nothing.
 */
export function taskViewerUids(
  task: Pick<Task, 'assigneeUid' | 'createdBy'>,
  assigneeManagerUid: string | null,
  contact: ContactViewers | null,
): string[] {
  return uniqueUids([
    task.assigneeUid,
    task.createdBy,
    assigneeManagerUid,
    ...(contact ? contactViewerUids(contact) : []),
  ]);
}

/** How many tasks one transaction rewrites; it also reads their assignees and contacts (500 writes max). */
const TASKS_PER_TRANSACTION = 200;

/** The contact fields the viewers come from; a contact lacking its agent (not a contact as saved) gives none. */
const contactViewersSchema = z.object({
  assignedAgentUid: z.string().min(1),
  managerUid: z.string().nullable().catch(null).default(null),
  sharedWithUids: z.array(z.string()).catch([]).default([]),
});

/** The stored fields a recomputation reads; read raw so a task written before a schema change still counts. */
const storedTaskSchema = z.object({
  assigneeUid: z.string().min(1),
  createdBy: z.string().min(1),
  subject: z.object({ kind: z.string(), id: z.string().nullable().catch(null) }).catch({ kind: 'none', id: null }),
  viewerUids: z.array(z.string()).catch([]).default([]),
});

function sameUids(stored: readonly string[], wanted: readonly string[]): boolean {
  return stored.length === wanted.length && stored.every((uid, index) => uid === wanted[index]);
}

function contactIdOf(task: z.infer<typeof storedTaskSchema>): string | null {
  return task.subject.kind === 'contact' ? task.subject.id : null;
}

/**
 * Recomputes `viewerUids` of every task `query` returns, from the assignees and contacts as they are
 * now: a page of tasks per transaction, which also reads the page's assignees and contacts, so a
 * concurrent reassignment is either seen or retries the page. Writes only the tasks whose viewers
 * differ, so a replayed event or a second run changes nothing. Returns how many tasks changed.
 */
export async function refreshTaskViewers(db: Firestore, tenantId: string, query: Query): Promise<number> {
  const ordered = query.orderBy(FieldPath.documentId()).limit(TASKS_PER_TRANSACTION);
  let changed = 0;
  let after: string | null = null;
  for (;;) {
    const page: Query = after === null ? ordered : ordered.startAfter(after);
    const { written, last, full } = await runTransaction(db, async (tx) => {
      const snapshot = await tx.get(page);
      const tasks = snapshot.docs.flatMap((doc) => {
        const parsed = storedTaskSchema.safeParse(doc.data());
        return parsed.success ? [{ doc, task: parsed.data }] : [];
      });
      const assigneeUids = uniqueUids(tasks.map(({ task }) => task.assigneeUid));
      const contactIds = uniqueUids(tasks.map(({ task }) => contactIdOf(task)));
      const refs = [
        ...assigneeUids.map((uid) => db.doc(paths.member(tenantId, uid))),
        ...contactIds.map((id) => db.doc(paths.contact(tenantId, id))),
      ];
      const read: DocumentSnapshot[] = refs.length > 0 ? await tx.getAll(...refs) : [];
      const managerOf = new Map(
        read.slice(0, assigneeUids.length).map((member, index) => {
          const managerUid: unknown = member.get('managerUid');
          return [assigneeUids[index], typeof managerUid === 'string' ? managerUid : null] as const;
        }),
      );
      const viewersOf = new Map(
        read.slice(assigneeUids.length).map((contact, index) => {
          const parsed = contactViewersSchema.safeParse(contact.data());
          return [contactIds[index], parsed.success ? parsed.data : null] as const;
        }),
      );
      let writes = 0;
      for (const { doc, task } of tasks) {
        const contactId = contactIdOf(task);
        const wanted = taskViewerUids(
          task,
          managerOf.get(task.assigneeUid) ?? null,
          contactId === null ? null : (viewersOf.get(contactId) ?? null),
        );
        if (sameUids(task.viewerUids, wanted)) continue;
        // Not updatedAt: the viewers are derived from others' documents, the task itself did not change.
        tx.update(doc.ref, { viewerUids: wanted });
        writes += 1;
      }
      return {
        written: writes,
        last: snapshot.docs.at(-1)?.id ?? null,
        full: snapshot.size === TASKS_PER_TRANSACTION,
      };
    });
    changed += written;
    if (!full || last === null) break;
    after = last;
  }
  return changed;
}

/**
 * The tasks about a contact follow its agent, manager and sharing (contacts-onContactWritten). Two
 * equalities and the id order: Firestore merges the single-field indexes, no composite index needed.
 */
export async function syncContactTasks(deps: Pick<Deps, 'db'>, tenantId: string, contactId: string): Promise<number> {
  const about = deps.db
    .collection(paths.tasks(tenantId))
    .where('subject.kind', '==', 'contact')
    .where('subject.id', '==', contactId);
  return refreshTaskViewers(deps.db, tenantId, about);
}

/** The tasks assigned to a collaborator follow their manager (team-setManager). */
export async function syncAssigneeTasks(
  deps: Pick<Deps, 'db'>,
  tenantId: string,
  assigneeUid: string,
): Promise<number> {
  const assigned = deps.db.collection(paths.tasks(tenantId)).where('assigneeUid', '==', assigneeUid);
  return refreshTaskViewers(deps.db, tenantId, assigned);
}
