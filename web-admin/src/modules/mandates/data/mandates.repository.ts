import {
  amendmentModel,
  cancelMandateContract,
  exportRegisterContract,
  mandateModel,
  paths,
  registerLineModel,
  saveAmendmentContract,
  saveMandateContract,
  sendAmendmentContract,
  sendMandateContract,
  signatoryModel,
  type Amendment,
  type ContractInput,
  type Mandate,
  type PrivateFileRef,
  type RegisterFilter,
  type RegisterLine,
  type Signatory,
} from '@estate/domain';
import { converterOf, readDocs } from '@estate/web-shared/firestore';
import type { User } from 'firebase/auth';
import {
  collection,
  getDocs,
  limit,
  orderBy,
  query,
  startAfter,
  Timestamp,
  where,
  type QueryConstraint,
} from 'firebase/firestore';
import { fetchPrivateFile } from '@estate/web-shared/private-files';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';

const mandateConverter = converterOf(mandateModel);
const amendmentConverter = converterOf(amendmentModel);
const lineConverter = converterOf(registerLineModel);
const signatoryConverter = converterOf(signatoryModel);

/** A property rarely has more than a few mandates over its life; the tab shows the latest 20. */
const PROPERTY_MANDATES_MAX = 20;
const REGISTER_PAGE_SIZE = 50;
/** The export reads the register page by page up to this many lines. */
const REGISTER_EXPORT_MAX = 5000;

export async function fetchPropertyMandates(tenantId: string, propertyId: string): Promise<Mandate[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.mandates(tenantId)).withConverter(mandateConverter),
      where('propertyId', '==', propertyId),
      orderBy('createdAt', 'desc'),
      limit(PROPERTY_MANDATES_MAX),
    ),
  );
  return readDocs(snapshot);
}

export async function fetchPropertyAmendments(tenantId: string, propertyId: string): Promise<Amendment[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.amendments(tenantId)).withConverter(amendmentConverter),
      where('propertyId', '==', propertyId),
      orderBy('createdAt', 'desc'),
      limit(PROPERTY_MANDATES_MAX * 5),
    ),
  );
  return readDocs(snapshot);
}

/** A seller's other signatories (spouse, heirs, co-sellers…), who may sign the mandate with them. */
export async function fetchSignatories(tenantId: string, contactId: string): Promise<Signatory[]> {
  const snapshot = await getDocs(
    query(collection(db, paths.signatories(tenantId, contactId)).withConverter(signatoryConverter), limit(20)),
  );
  return readDocs(snapshot);
}

function registerConstraints(filter: RegisterFilter): QueryConstraint[] {
  const constraints: QueryConstraint[] = [];
  if (filter.status) constraints.push(where('status', '==', filter.status));
  if (filter.kind) constraints.push(where('kind', '==', filter.kind));
  if (filter.agentUid) constraints.push(where('agentUid', '==', filter.agentUid));
  if (filter.from) constraints.push(where('registeredAt', '>=', Timestamp.fromDate(filter.from)));
  // `to` is a calendar day: the whole day counts.
  if (filter.to)
    constraints.push(where('registeredAt', '<', Timestamp.fromDate(new Date(filter.to.getTime() + 86_400_000))));
  constraints.push(orderBy('registeredAt', 'desc'));
  return constraints;
}

export interface RegisterPage {
  lines: RegisterLine[];
  /** Where the next page starts, or null at the register's first line. */
  next: Date | null;
}

/** One page of the register, newest first, filtered; each filter combination has its index. */
export async function fetchRegisterPage(
  tenantId: string,
  filter: RegisterFilter,
  after: Date | null,
  size = REGISTER_PAGE_SIZE,
): Promise<RegisterPage> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.mandateRegister(tenantId)).withConverter(lineConverter),
      ...registerConstraints(filter),
      ...(after ? [startAfter(Timestamp.fromDate(after))] : []),
      limit(size),
    ),
  );
  const lines = readDocs(snapshot);
  return { lines, next: snapshot.size === size ? (lines.at(-1)?.registeredAt ?? null) : null };
}

/** Every line the filter keeps (up to REGISTER_EXPORT_MAX), for the exports, in the register's order. */
export async function fetchRegisterForExport(tenantId: string, filter: RegisterFilter): Promise<RegisterLine[]> {
  const lines: RegisterLine[] = [];
  let after: Date | null = null;
  do {
    const page: RegisterPage = await fetchRegisterPage(tenantId, filter, after, 500);
    lines.push(...page.lines);
    after = page.next;
  } while (after && lines.length < REGISTER_EXPORT_MAX);
  return lines.slice(0, REGISTER_EXPORT_MAX).sort((a, b) => a.number - b.number);
}

export const saveMandate = (input: ContractInput<typeof saveMandateContract>) => call(saveMandateContract, input);
export const sendMandate = (mandateId: string) => call(sendMandateContract, { mandateId });
export const cancelMandate = (mandateId: string) => call(cancelMandateContract, { mandateId });
export const saveAmendment = (input: ContractInput<typeof saveAmendmentContract>) => call(saveAmendmentContract, input);
export const sendAmendment = (mandateId: string, amendmentId: string) =>
  call(sendAmendmentContract, { mandateId, amendmentId });

export { DownloadRefused as MandateFileRefused } from '@estate/web-shared/private-files';

/** A mandate or amendment PDF, asked of files-download with the user's ID token. */
export function fetchMandateFile(user: User, ref: PrivateFileRef): Promise<Blob> {
  return fetchPrivateFile(user, ref, { inline: true });
}

/** The register as a PDF rendered by mandates-exportRegister, for the page's filters (days as `2026-03-01`). */
export async function exportRegisterPdf(
  input: ContractInput<typeof exportRegisterContract>,
): Promise<{ blob: Blob; fileName: string }> {
  const result = await call(exportRegisterContract, input);
  const bytes = Uint8Array.from(atob(result.contentBase64), (char) => char.charCodeAt(0));
  return { blob: new Blob([bytes], { type: 'application/pdf' }), fileName: result.fileName };
}
