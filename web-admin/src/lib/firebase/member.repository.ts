import { memberSchema, paths, type Member } from '@estate/domain';
import { collection, doc, getDocs, onSnapshot, type Unsubscribe } from 'firebase/firestore';
import { db } from './firebase-app';
import { schemaConverter } from './timestamp.converter';

const memberConverter = schemaConverter(memberSchema);

export function watchMember(
  tenantId: string,
  uid: string,
  onValue: (member: Member | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(db, paths.member(tenantId, uid)).withConverter(memberConverter),
    (snapshot) => onValue(snapshot.exists() ? snapshot.data() : null),
    onError,
  );
}

/** The whole team: a few dozen documents at most, so it is listened to live. */
export function watchMembers(
  tenantId: string,
  onValue: (members: Member[]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    collection(db, paths.members(tenantId)).withConverter(memberConverter),
    (snapshot) => onValue(snapshot.docs.map((item) => item.data())),
    onError,
  );
}

export async function fetchMembers(tenantId: string): Promise<Member[]> {
  const snapshot = await getDocs(collection(db, paths.members(tenantId)).withConverter(memberConverter));
  return snapshot.docs.map((item) => item.data());
}
