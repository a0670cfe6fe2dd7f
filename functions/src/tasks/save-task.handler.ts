import {
  canSeeContact,
  findRoomConflict,
  paths,
  roomModel,
  type Contact,
  type SaveTaskInput,
  type Task,
  type TaskResult,
} from '@estate/domain';
import type { DocumentReference } from 'firebase-admin/firestore';

import type { Caller } from '../lib/caller';
import { readContactsSettings } from '../contacts/contact-access';
import { contactConverter, decodeData, memberConverter } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import {
  canReadTask,
  isTaskCollaborator,
  readCollaborator,
  readVisibleTask,
  refuseIfDone,
  taskConverter,
} from './task-store';
import { taskViewerUids } from './task-viewers';
import { runTransaction } from '../lib/transactions';

/** `2026-03-02 09:00 UTC`: the server does not know the user's zone; the apps format `details` themselves. */
function utc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const subjectNotFound = () =>
  new Refusal('failed-precondition', 'The linked client does not exist any more.', 'subject-not-found');

/**
 * Creates or updates an open task and stores who sees it (`viewerUids`, from the assignee's manager and
 * the contact as they are now). In "own" visibility a task the caller does not read answers like a
 * missing one, a client the caller does not see like a deleted one, and the assignee must see the
 * client: the task shows its name and the assignee works on its file, so handing it to someone outside
 * its circle would reveal it (share the client with them first). Both checks concern a new subject or
 * assignee only: rescheduling a task whose client was reassigned since tells nobody anything new. A meeting that books a room is checked against the room's other open
 * meetings inside the transaction, which also writes the room's booking lock: two bookings of one room
 * read and write the same document, so Firestore serialises them and the second sees the first.
 */
export async function saveTask(deps: Deps, caller: Caller, input: SaveTaskInput): Promise<TaskResult> {
  const { db } = deps;
  const now = deps.now();
  return runTransaction(db, async (tx) => {
    const actor = await readCollaborator(db, tx, caller);
    const tenantId = actor.tenantId;
    const ref = input.taskId ? db.doc(paths.task(tenantId, input.taskId)) : db.collection(paths.tasks(tenantId)).doc();
    const { visibility } = await readContactsSettings(db, tx, tenantId);
    const existing = input.taskId ? await readVisibleTask(db, tx, actor, visibility, input.taskId) : null;
    if (existing) refuseIfDone(existing);

    const assignee = (
      await tx.get(db.doc(paths.member(tenantId, input.assigneeUid)).withConverter(memberConverter))
    ).data();
    if (!assignee || !isTaskCollaborator(assignee)) {
      throw new Refusal(
        'failed-precondition',
        'The assignee must be an active collaborator of the agency.',
        'assignee-not-active',
      );
    }
    let contact: Contact | null = null;
    if (input.subject.kind === 'contact' && input.subject.id) {
      const contactId = input.subject.id;
      contact =
        (await tx.get(db.doc(paths.contact(tenantId, contactId)).withConverter(contactConverter))).data() ?? null;
      if (!contact) throw subjectNotFound();
      const kept = existing?.subject.kind === 'contact' && existing.subject.id === contactId;
      if (!kept && !canSeeContact(visibility, actor, contact)) throw subjectNotFound();
      const sameAssignee = kept && existing.assigneeUid === assignee.uid;
      if (!sameAssignee && !canSeeContact(visibility, { uid: assignee.uid, role: assignee.role }, contact)) {
        throw new Refusal(
          'failed-precondition',
          'The assignee does not see this client: share the client with them first.',
          'assignee-cannot-see-contact',
        );
      }
    }
    if (input.subject.kind === 'property' && input.subject.id) {
      const property = await tx.get(db.doc(paths.property(tenantId, input.subject.id)));
      if (!property.exists) {
        throw new Refusal(
          'failed-precondition',
          'The linked property does not exist any more.',
          'subject-property-not-found',
        );
      }
    }

    let lock: DocumentReference | null = null;
    if (input.roomId && input.endAt) {
      const roomSnapshot = await tx.get(db.doc(paths.room(tenantId, input.roomId)));
      const room = roomSnapshot.exists ? decodeData(roomModel, roomSnapshot.data()) : null;
      if (!room?.ok || !room.value.active) {
        throw new Refusal('failed-precondition', 'This meeting room is not available.', 'room-inactive');
      }
      lock = db.doc(paths.roomBookingLock(tenantId, input.roomId));
      await tx.get(lock);
      const booked = await tx.get(
        db
          .collection(paths.tasks(tenantId))
          .withConverter(taskConverter)
          .where('roomId', '==', input.roomId)
          .where('status', '==', 'open')
          .where('dueAt', '<', input.endAt),
      );
      const bookedTasks = booked.docs.map((doc) => doc.data());
      const conflict = findRoomConflict(
        { id: ref.id, roomId: input.roomId, dueAt: input.dueAt, endAt: input.endAt },
        bookedTasks,
      );
      if (conflict?.endAt) {
        // The other meeting's title often names its client: only for those who read that task.
        const other = bookedTasks.find((task) => task.id === conflict.id);
        const title = other && canReadTask(visibility, actor, other) ? conflict.title : null;
        throw new Refusal(
          'failed-precondition',
          `${room.value.name} is already booked from ${utc(conflict.dueAt)} to ${utc(conflict.endAt)}${title === null ? '' : ` ("${title}")`}.`,
          'room-busy',
          {
            room: room.value.name,
            title,
            dueAt: conflict.dueAt.toISOString(),
            endAt: conflict.endAt.toISOString(),
          },
        );
      }
    }

    const createdBy = existing?.createdBy ?? actor.uid;
    const task: Task = {
      id: ref.id,
      type: input.type,
      title: input.title,
      dueAt: input.dueAt,
      endAt: input.endAt,
      assigneeUid: input.assigneeUid,
      subject: input.subject,
      project: input.project,
      text: input.text,
      roomId: input.roomId,
      status: 'open',
      result: null,
      createdBy,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      doneAt: null,
      viewerUids: taskViewerUids({ assigneeUid: input.assigneeUid, createdBy }, assignee.managerUid, contact),
    };
    if (lock) tx.set(lock, { taskId: ref.id, bookedAt: now });
    tx.set(ref.withConverter(taskConverter), task);
    return { taskId: ref.id };
  });
}
