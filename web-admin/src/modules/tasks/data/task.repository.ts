import { isTeamManager, paths, type Room, type RoomInput, roomModel, type Task, taskModel } from '@estate/domain';
import {
  collection,
  doc,
  getDocs,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  where,
  type QueryFieldFilterConstraint,
} from 'firebase/firestore';
import { type ContactsViewer, fetchContactsSettings } from '../../contacts';
import { db } from '../../../lib/firebase/firebase-app';
import { converterOf, readDocs } from '@estate/web-shared/firestore';

const taskConverter = converterOf(taskModel);
const roomConverter = converterOf(roomModel);

/** Who reads tasks: their clause in "own" visibility depends on their uid and role only. */
export type TasksViewer = Pick<ContactsViewer, 'uid' | 'role'>;

/**
 * The clause the rules demand on a tasks query (docs/data-model.md, tasks), or null when the viewer may
 * read them all: owner and admin, and everybody while the tenant's clients are shared. In "own" mode a
 * collaborator asks for the tasks naming them in `viewerUids` (assignee, author, the assignee's
 * manager, the viewers of the task's client).
 */
async function tasksVisibilityConstraint(
  tenantId: string,
  viewer: TasksViewer,
): Promise<QueryFieldFilterConstraint | null> {
  if (isTeamManager(viewer.role)) return null;
  const { visibility } = await fetchContactsSettings(tenantId);
  return visibility === 'shared' ? null : where('viewerUids', 'array-contains', viewer.uid);
}

/** Tasks due in [from, to) that the viewer reads, by due time. Tasks are written only by the tasks-* callables. */
export async function fetchTasksBetween(tenantId: string, viewer: TasksViewer, from: Date, to: Date): Promise<Task[]> {
  const visible = await tasksVisibilityConstraint(tenantId, viewer);
  const snapshot = await getDocs(
    query(
      collection(db, paths.tasks(tenantId)).withConverter(taskConverter),
      ...(visible ? [visible] : []),
      where('dueAt', '>=', Timestamp.fromDate(from)),
      where('dueAt', '<', Timestamp.fromDate(to)),
      orderBy('dueAt'),
    ),
  );
  return readDocs(snapshot);
}

/** Every room, active or not, by name: an agency has a handful. */
export async function fetchRooms(tenantId: string): Promise<Room[]> {
  const snapshot = await getDocs(
    query(collection(db, paths.rooms(tenantId)).withConverter(roomConverter), orderBy('name')),
  );
  return readDocs(snapshot);
}

/** Owner and admin, through the rules (docs/data-model.md): a new room is active. */
export async function createRoom(tenantId: string, input: RoomInput): Promise<string> {
  const ref = doc(collection(db, paths.rooms(tenantId)));
  await setDoc(ref, {
    id: ref.id,
    name: input.name,
    capacity: input.capacity,
    active: true,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
  return ref.id;
}

export async function updateRoom(
  tenantId: string,
  roomId: string,
  changes: Partial<RoomInput> & { active?: boolean },
): Promise<void> {
  await updateDoc(doc(db, paths.room(tenantId, roomId)), { ...changes, updatedAt: serverTimestamp() });
}
