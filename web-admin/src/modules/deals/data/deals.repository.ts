import {
  collectFeesContract,
  dealModel,
  openDealContract,
  paths,
  recordDealStepContract,
  type ContractInput,
  type Deal,
  type DealStage,
} from '@estate/domain';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';
import {
  collection,
  doc,
  documentId,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  startAfter,
  Timestamp,
  where,
  type QueryConstraint,
} from 'firebase/firestore';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';

const dealConverter = converterOf(dealModel);

const DEALS_PAGE_SIZE = 30;

/**
 * Which deals a list shows. Owner and admin see every deal (`all`, or one agent's); an agent their own
 * (`mine`); a manager their own or their team's (`team`): the rules let each read only those.
 */
export type DealsScope =
  { kind: 'all'; agentUid: string | null } | { kind: 'mine'; uid: string } | { kind: 'team'; uid: string };

export interface DealsFilter {
  scope: DealsScope;
  stage: DealStage | null;
}

/** Where a page starts: after this deal, in the list's order (day of acceptance, then id). */
export interface DealsCursor {
  acceptedAt: Date;
  id: string;
}

export interface DealsPage {
  deals: Deal[];
  /** Where the next page starts, or null on the last page. */
  next: DealsCursor | null;
}

function dealsConstraints(filter: DealsFilter): QueryConstraint[] {
  const constraints: QueryConstraint[] = [];
  const { scope } = filter;
  if (scope.kind === 'mine') constraints.push(where('agentUid', '==', scope.uid));
  if (scope.kind === 'team') constraints.push(where('managerUid', '==', scope.uid));
  if (scope.kind === 'all' && scope.agentUid) constraints.push(where('agentUid', '==', scope.agentUid));
  if (filter.stage) constraints.push(where('stage', '==', filter.stage));
  // Deals accepted the same day follow by id, so a page never ends inside a day and loses the rest.
  constraints.push(orderBy('acceptedAt', 'desc'), orderBy(documentId(), 'desc'));
  return constraints;
}

/** One page of deals, latest accepted first; each filter combination has its index. */
export async function fetchDealsPage(
  tenantId: string,
  filter: DealsFilter,
  after: DealsCursor | null,
): Promise<DealsPage> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.deals(tenantId)).withConverter(dealConverter),
      ...dealsConstraints(filter),
      ...(after ? [startAfter(Timestamp.fromDate(after.acceptedAt), after.id)] : []),
      limit(DEALS_PAGE_SIZE),
    ),
  );
  const deals = readDocs(snapshot);
  const last = deals.at(-1);
  return {
    deals,
    next: snapshot.size === DEALS_PAGE_SIZE && last ? { acceptedAt: last.acceptedAt, id: last.id } : null,
  };
}

/** One deal, or null when it does not exist (the rules refuse one the user may not read). */
export async function fetchDeal(tenantId: string, dealId: string): Promise<Deal | null> {
  return readDoc(await getDoc(doc(db, paths.deal(tenantId, dealId)).withConverter(dealConverter)));
}

export const openDeal = (input: ContractInput<typeof openDealContract>) => call(openDealContract, input);
export const recordDealStep = (input: ContractInput<typeof recordDealStepContract>) =>
  call(recordDealStepContract, input);
export const collectFees = (input: ContractInput<typeof collectFeesContract>) => call(collectFeesContract, input);
