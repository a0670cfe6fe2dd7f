import {
  cancelSignatureRequestContract,
  privateFileUrl,
  remindSignersContract,
  signatureRequestModel,
  paths,
  type SignatureRequest,
  type SignatureRequestStatus,
} from '@estate/domain';
import { converterOf, readDoc } from '@estate/web-shared/firestore';
import type { User } from 'firebase/auth';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  startAfter,
  where,
  type QueryConstraint,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';

const requestConverter = converterOf(signatureRequestModel);
const PAGE_SIZE = 20;

export interface RequestsPage {
  requests: SignatureRequest[];
  next: QueryDocumentSnapshot<SignatureRequest> | null;
}

/**
 * The tenant's signature requests, newest first, a page at a time. Owner, admin and managers read
 * them all; an agent only those they requested, so their query says so (firestore.rules).
 */
export async function fetchRequestsPage(
  tenantId: string,
  viewer: { uid: string; seesAll: boolean },
  status: SignatureRequestStatus | null,
  after: QueryDocumentSnapshot<SignatureRequest> | null,
): Promise<RequestsPage> {
  const constraints: QueryConstraint[] = [];
  if (!viewer.seesAll) constraints.push(where('requestedBy', '==', viewer.uid));
  if (status) constraints.push(where('status', '==', status));
  constraints.push(orderBy('createdAt', 'desc'));
  if (after) constraints.push(startAfter(after));
  constraints.push(limit(PAGE_SIZE));
  const snapshot = await getDocs(
    query(collection(db, paths.signatureRequests(tenantId)).withConverter(requestConverter), ...constraints),
  );
  return {
    requests: snapshot.docs.flatMap((item) => {
      const request = readDoc(item);
      return request ? [request] : [];
    }),
    next: snapshot.docs.length === PAGE_SIZE ? (snapshot.docs.at(-1) ?? null) : null,
  };
}

/** One request, or null when it does not exist (a refused read throws). */
export async function fetchRequest(tenantId: string, requestId: string): Promise<SignatureRequest | null> {
  return readDoc(await getDoc(doc(db, paths.signatureRequest(tenantId, requestId)).withConverter(requestConverter)));
}

/** The PDF as sent or signed, from files-download with the user's ID token. */
export async function fetchSignatureFile(user: User, requestId: string, copy: 'sent' | 'signed'): Promise<Blob> {
  const url = privateFileUrl({ kind: 'signed-document', requestId, copy }, { inline: true });
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${await user.getIdToken()}` },
    cache: 'no-store',
    credentials: 'omit',
  });
  if (!response.ok) throw new Error(`download refused: ${response.status}`);
  return response.blob();
}

export function remindSigners(requestId: string) {
  return call(remindSignersContract, { requestId });
}

export function cancelSignatureRequest(requestId: string, reason: string | null) {
  return call(cancelSignatureRequestContract, { requestId, reason });
}
