import { paths, roomSchema, taskSchema, type Room, type RoomInput, type Task } from '@estate/domain';
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
} from 'firebase/firestore';
import { db } from './firebase-app';
import { schemaConverter } from './timestamp.converter';

const taskConverter = schemaConverter(taskSchema);
const roomConverter = schemaConverter(roomSchema);

/** Tasks due in [from, to), by due time. Tasks are written only by the tasks-* callables. */
export async function fetchTasksBetween(tenantId: string, from: Date, to: Date): Promise<Task[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.tasks(tenantId)).withConverter(taskConverter),
      where('dueAt', '>=', Timestamp.fromDate(from)),
      where('dueAt', '<', Timestamp.fromDate(to)),
      orderBy('dueAt'),
    ),
  );
  return snapshot.docs.map((item) => item.data());
}

/** Every room, active or not, by name: an agency has a handful. */
export async function fetchRooms(tenantId: string): Promise<Room[]> {
  const snapshot = await getDocs(
    query(collection(db, paths.rooms(tenantId)).withConverter(roomConverter), orderBy('name')),
  );
  return snapshot.docs.map((item) => item.data());
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
