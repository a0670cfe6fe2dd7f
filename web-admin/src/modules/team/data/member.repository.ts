import { type Member, memberModel, paths } from '@estate/domain';
import { collection, getDocs, onSnapshot, type Unsubscribe } from 'firebase/firestore';
import { db } from '../../../lib/firebase/firebase-app';
import { converterOf, readDocs } from '@estate/web-shared/firestore';

const memberConverter = converterOf(memberModel);

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
