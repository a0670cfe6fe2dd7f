import { type Member, memberModel, paths } from '@estate/domain';
import { converterOf, readDoc } from '@estate/web-shared/firestore';
import { converterOf as liteConverterOf, readDoc as readLiteDoc } from '@estate/web-shared/firestore-lite';
import { doc, onSnapshot, type Unsubscribe } from 'firebase/firestore';
import { doc as liteDoc, getDoc } from 'firebase/firestore/lite';
import { db } from '../../../lib/firebase/firebase-app';
import { publicDb } from '../../../lib/firebase/firebase-core';

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

/**
 * The member document read once, over its own request rather than the live listeners' stream: when a
 * listener is refused (the rules no longer accept this session's token) the session asks where it
 * stands without waiting on a stream the refusal may have interrupted.
 */
export async function fetchMember(tenantId: string, uid: string): Promise<Member | null> {
  const snapshot = await getDoc(
    liteDoc(publicDb, paths.member(tenantId, uid)).withConverter(liteConverterOf(memberModel)),
  );
  return readLiteDoc(snapshot);
}
