import {
  approvalModel,
  decideApprovalContract,
  paths,
  requestApprovalContract,
  withdrawApprovalContract,
  type Approval,
  type ContractInput,
} from '@estate/domain';
import { converterOf, readDocs } from '@estate/web-shared/firestore';
import {
  collection,
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

const approvalConverter = converterOf(approvalModel);
const APPROVALS_PAGE_SIZE = 25;

/** The head of sales sees every request; anybody else their own (the rules say the same). */
export interface ApprovalsFilter {
  scope: { kind: 'all' } | { kind: 'mine'; uid: string };
  /** pending: waiting for a decision, oldest first; closed: decided or withdrawn, latest first. */
  state: 'pending' | 'closed';
}

export interface ApprovalsPage {
  approvals: Approval[];
  next: QueryDocumentSnapshot<Approval> | null;
}

export async function fetchApprovalsPage(
  tenantId: string,
  filter: ApprovalsFilter,
  after: QueryDocumentSnapshot<Approval> | null,
): Promise<ApprovalsPage> {
  const constraints: QueryConstraint[] = [];
  if (filter.scope.kind === 'mine') constraints.push(where('requestedBy', '==', filter.scope.uid));
  if (filter.state === 'pending') {
    constraints.push(where('status', '==', 'pending'), orderBy('requestedAt', 'asc'));
  } else {
    constraints.push(where('status', 'in', ['approved', 'rejected', 'withdrawn']), orderBy('updatedAt', 'desc'));
  }
  if (after) constraints.push(startAfter(after));
  constraints.push(limit(APPROVALS_PAGE_SIZE));
  const snapshot = await getDocs(
    query(collection(db, paths.approvals(tenantId)).withConverter(approvalConverter), ...constraints),
  );
  return {
    approvals: readDocs(snapshot),
    next: snapshot.docs.length === APPROVALS_PAGE_SIZE ? (snapshot.docs.at(-1) ?? null) : null,
  };
}

export const requestApproval = (input: ContractInput<typeof requestApprovalContract>) =>
  call(requestApprovalContract, input);
export const decideApproval = (input: ContractInput<typeof decideApprovalContract>) =>
  call(decideApprovalContract, input);
export const withdrawApproval = (approvalId: string) => call(withdrawApprovalContract, { approvalId });
