import { type Member, memberModel, paths } from '@estate/domain';
import { converterOf, readDoc } from '@estate/web-shared/firestore';
import { doc, onSnapshot, type Unsubscribe } from 'firebase/firestore';
import { db } from '../../../lib/firebase/firebase-app';

/** The signed-in collaborator's own member document, listened to: its status and role decide access. */
export function watchMember(
  tenantId: string,
  uid: string,
  onValue: (member: Member | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(db, paths.member(tenantId, uid)).withConverter(converterOf(memberModel)),
    (snapshot) => onValue(readDoc(snapshot)),
    onError,
  );
}
