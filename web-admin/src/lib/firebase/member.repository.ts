import { type Member, memberModel, paths } from '@estate/domain';
import { collection, doc, getDocs, onSnapshot, type Unsubscribe } from 'firebase/firestore';
import { db } from './firebase-app';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';

const memberConverter = converterOf(memberModel);

export function watchMember(
  tenantId: string,
  uid: string,
  onValue: (member: Member | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(db, paths.member(tenantId, uid)).withConverter(memberConverter),
    (snapshot) => onValue(readDoc(snapshot)),
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
    (snapshot) => onValue(readDocs(snapshot)),
    onError,
  );
}

export async function fetchMembers(tenantId: string): Promise<Member[]> {
  const snapshot = await getDocs(collection(db, paths.members(tenantId)).withConverter(memberConverter));
  return readDocs(snapshot);
}
