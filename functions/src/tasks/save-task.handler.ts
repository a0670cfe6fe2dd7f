import { findRoomConflict, paths, roomSchema, type SaveTaskInput, type Task } from '@estate/domain';
import type { DocumentReference } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import type { Caller } from '../lib/caller';
import { timestampsToDates } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { memberConverter } from '../lib/converters';
import { Refusal } from '../lib/refusal';
import { isTaskCollaborator, readCollaborator, readTask, refuseIfDone, taskConverter } from './task-store';

export interface SaveTaskResult {
  taskId: string;
}

/** `2026-03-02 09:00 UTC`: the server does not know the user's zone; the apps format `details` themselves. */
function utc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * Creates or updates an open task. A meeting that books a room is checked against the room's other open
 * meetings inside the transaction, which also writes the room's booking lock: two bookings of one room
 * read and write the same document, so Firestore serialises them and the second sees the first.
 */
export async function saveTask(deps: Deps, caller: Caller, input: SaveTaskInput): Promise<SaveTaskResult> {
  const { db } = deps;
  const now = deps.now();
  return db.runTransaction(async (tx) => {
    const actor = await readCollaborator(db, tx, caller);
    const tenantId = actor.tenantId;
    const ref = input.taskId ? db.doc(paths.task(tenantId, input.taskId)) : db.collection(paths.tasks(tenantId)).doc();
    const existing = input.taskId ? await readTask(db, tx, tenantId, input.taskId) : null;
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
    if (input.subject.kind === 'contact' && input.subject.id) {
      const contact = await tx.get(db.doc(paths.contact(tenantId, input.subject.id)));
      if (!contact.exists) {
        throw new Refusal('failed-precondition', 'The linked client does not exist any more.', 'subject-not-found');
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
      const room = roomSnapshot.exists ? roomSchema.safeParse(timestampsToDates(roomSnapshot.data())) : null;
      if (!room?.success || !room.data.active) {
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
      const conflict = findRoomConflict(
        { id: ref.id, roomId: input.roomId, dueAt: input.dueAt, endAt: input.endAt },
        booked.docs.map((doc) => doc.data()),
      );
      if (conflict?.endAt) {
        throw new HttpsError(
          'failed-precondition',
          `${room.data.name} is already booked from ${utc(conflict.dueAt)} to ${utc(conflict.endAt)} ("${conflict.title}").`,
          {
            reason: 'room-busy',
            room: room.data.name,
            title: conflict.title,
            dueAt: conflict.dueAt.toISOString(),
            endAt: conflict.endAt.toISOString(),
          },
        );
      }
    }

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
      createdBy: existing?.createdBy ?? actor.uid,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      doneAt: null,
    };
    if (lock) tx.set(lock, { taskId: ref.id, bookedAt: now });
    tx.set(ref.withConverter(taskConverter), task);
    return { taskId: ref.id };
  });
}
