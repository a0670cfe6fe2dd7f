import {
  bankStatusKey,
  financingApplicationModel,
  financingReportModel,
  logConsultationContract,
  paths,
  saveApplicationContract,
  setBankStatusContract,
  type BankStatus,
  type ContractInput,
  type FinancingApplication,
  type FinancingKind,
  type FinancingReport,
} from '@estate/domain';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';
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

const applicationConverter = converterOf(financingApplicationModel);
const reportConverter = converterOf(financingReportModel);
const APPLICATIONS_PAGE_SIZE = 25;
/** A client's or a unit's applications, latest first: a handful at most. */
const PANEL_APPLICATIONS_MAX = 10;

export interface ApplicationFilters {
  kind: FinancingKind | null;
  status: BankStatus | null;
  bank: string | null;
}

export interface ApplicationsPage {
  applications: FinancingApplication[];
  next: QueryDocumentSnapshot<FinancingApplication> | null;
}

/**
 * The tenant's applications, latest first, a page at a time. The status and bank filters are about
 * the bank lines (an application with a bank at that status, with that bank, or that bank at that
 * status): one array-contains each, as Firestore allows one per query.
 */
export async function fetchApplicationsPage(
  tenantId: string,
  filters: ApplicationFilters,
  after: QueryDocumentSnapshot<FinancingApplication> | null,
): Promise<ApplicationsPage> {
  const constraints: QueryConstraint[] = [];
  if (filters.kind) constraints.push(where('kind', '==', filters.kind));
  if (filters.bank && filters.status) {
    constraints.push(where('bankStatusKeys', 'array-contains', bankStatusKey(filters.bank, filters.status)));
  } else if (filters.bank) {
    constraints.push(where('bankNames', 'array-contains', filters.bank));
  } else if (filters.status) {
    constraints.push(where('bankStatuses', 'array-contains', filters.status));
  }
  constraints.push(orderBy('createdAt', 'desc'));
  if (after) constraints.push(startAfter(after));
  constraints.push(limit(APPLICATIONS_PAGE_SIZE));
  const snapshot = await getDocs(
    query(collection(db, paths.financingApplications(tenantId)).withConverter(applicationConverter), ...constraints),
  );
  return {
    applications: readDocs(snapshot),
    next: snapshot.docs.length === APPLICATIONS_PAGE_SIZE ? (snapshot.docs.at(-1) ?? null) : null,
  };
}

async function fetchApplicationsOf(
  tenantId: string,
  field: 'contactId' | 'unitId',
  id: string,
): Promise<FinancingApplication[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.financingApplications(tenantId)).withConverter(applicationConverter),
      where(field, '==', id),
      orderBy('createdAt', 'desc'),
      limit(PANEL_APPLICATIONS_MAX),
    ),
  );
  return readDocs(snapshot);
}

export const fetchContactApplications = (tenantId: string, contactId: string) =>
  fetchApplicationsOf(tenantId, 'contactId', contactId);
export const fetchUnitApplications = (tenantId: string, unitId: string) =>
  fetchApplicationsOf(tenantId, 'unitId', unitId);

export async function fetchApplication(tenantId: string, applicationId: string): Promise<FinancingApplication | null> {
  return (
    readDoc(
      await getDoc(doc(db, paths.financingApplication(tenantId, applicationId)).withConverter(applicationConverter)),
    ) ?? null
  );
}

/** The counts per bank × status: one document, kept by the functions. */
export async function fetchFinancingReport(tenantId: string): Promise<FinancingReport> {
  const report = readDoc(await getDoc(doc(db, paths.financingReport(tenantId)).withConverter(reportConverter)));
  return report ?? { rows: [], updatedAt: new Date(0) };
}

/** An id per attempt of the user, so a retried call creates or logs once. */
export function newRequestId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

export const saveApplication = (input: ContractInput<typeof saveApplicationContract>) =>
  call(saveApplicationContract, input);
export const setBankStatus = (input: ContractInput<typeof setBankStatusContract>) => call(setBankStatusContract, input);
export const logConsultation = (input: ContractInput<typeof logConsultationContract>) =>
  call(logConsultationContract, input);
