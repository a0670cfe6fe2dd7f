import {
  advanceAgreementContract,
  AGREEMENT_KINDS,
  agreementModel,
  agreementTemplateModel,
  bookingTermsModel,
  generateAgreementContract,
  developerSignatoryModel,
  paths,
  type Agreement,
  type AgreementKind,
  type AgreementStatus,
  type AgreementTemplate,
  type BookingTerms,
  type ContractInput,
  type DeveloperSignatory,
  type ValidDeveloperSignatoryInput,
} from '@estate/domain';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  startAfter,
  updateDoc,
  where,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import type { User } from 'firebase/auth';
import { fetchPrivateFile } from '@estate/web-shared/private-files';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';

const signatoryConverter = converterOf(developerSignatoryModel);
const templateConverter = converterOf(agreementTemplateModel);
const agreementConverter = converterOf(agreementModel);
const bookingConverter = converterOf(bookingTermsModel);
const PAGE_SIZE = 20;
/** The paid bookings the generate form offers, latest first. */
const BOOKINGS_LIMIT = 50;
/** A developer has a handful of signatories; a screen reads at most this many. */
export const SIGNATORIES_LIMIT = 100;

/** The tenant's signatories by name. */
export async function fetchSignatories(tenantId: string): Promise<DeveloperSignatory[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.developerSignatories(tenantId)).withConverter(signatoryConverter),
      orderBy('name'),
      limit(SIGNATORIES_LIMIT),
    ),
  );
  return readDocs(snapshot);
}

/** Adds (id null) or edits a signatory with only the keys the rules allow. */
export async function saveSignatory(
  tenantId: string,
  id: string | null,
  input: ValidDeveloperSignatoryInput,
): Promise<void> {
  const fields = {
    name: input.name,
    position: input.position,
    power: {
      number: input.power.number,
      issuedOn: input.power.issuedOn,
      validUntil: input.power.validUntil,
      scope: input.power.scope,
    },
  };
  if (id) {
    await updateDoc(doc(db, paths.developerSignatory(tenantId, id)), { ...fields, updatedAt: serverTimestamp() });
    return;
  }
  const ref = doc(collection(db, paths.developerSignatories(tenantId)));
  await setDoc(ref, { id: ref.id, ...fields, createdAt: serverTimestamp(), updatedAt: serverTimestamp() });
}

export async function deleteSignatory(tenantId: string, id: string): Promise<void> {
  await deleteDoc(doc(db, paths.developerSignatory(tenantId, id)));
}

/** The tenant's own template of each kind, null where it uses the default. */
export async function fetchTemplates(tenantId: string): Promise<Record<AgreementKind, AgreementTemplate | null>> {
  const read = await Promise.all(
    AGREEMENT_KINDS.map(async (kind) => {
      const snapshot = await getDoc(doc(db, paths.agreementTemplate(tenantId, kind)).withConverter(templateConverter));
      return [kind, readDoc(snapshot)] as const;
    }),
  );
  return Object.fromEntries(read) as Record<AgreementKind, AgreementTemplate | null>;
}

export async function saveTemplate(
  tenantId: string,
  kind: AgreementKind,
  input: { title: string; body: string },
): Promise<void> {
  await setDoc(doc(db, paths.agreementTemplate(tenantId, kind)), {
    kind,
    title: input.title,
    body: input.body,
    updatedAt: serverTimestamp(),
  });
}

/** Back to the default text of this kind. */
export async function resetTemplate(tenantId: string, kind: AgreementKind): Promise<void> {
  await deleteDoc(doc(db, paths.agreementTemplate(tenantId, kind)));
}

export interface AgreementsPage {
  agreements: Agreement[];
  next: QueryDocumentSnapshot<Agreement> | null;
}

/** The tenant's agreements, latest changed first, of one status or all, a page at a time. */
export async function fetchAgreementsPage(
  tenantId: string,
  status: AgreementStatus | null,
  after: QueryDocumentSnapshot<Agreement> | null,
): Promise<AgreementsPage> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.agreements(tenantId)).withConverter(agreementConverter),
      ...(status ? [where('status', '==', status)] : []),
      orderBy('updatedAt', 'desc'),
      ...(after ? [startAfter(after)] : []),
      limit(PAGE_SIZE),
    ),
  );
  return {
    agreements: readDocs(snapshot),
    next: snapshot.docs.length === PAGE_SIZE ? (snapshot.docs.at(-1) ?? null) : null,
  };
}

export async function fetchAgreement(tenantId: string, agreementId: string): Promise<Agreement | null> {
  return readDoc(await getDoc(doc(db, paths.agreement(tenantId, agreementId)).withConverter(agreementConverter)));
}

/** Paid bookings (offers whose payment fixed the price), the ones an agreement is made for. */
export async function fetchPaidBookings(tenantId: string): Promise<BookingTerms[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.bookingTermsCollection(tenantId)).withConverter(bookingConverter),
      where('status', '==', 'paid'),
      orderBy('updatedAt', 'desc'),
      limit(BOOKINGS_LIMIT),
    ),
  );
  return readDocs(snapshot);
}

export const generateAgreement = (input: ContractInput<typeof generateAgreementContract>) =>
  call(generateAgreementContract, input);
export const advanceAgreement = (input: ContractInput<typeof advanceAgreementContract>) =>
  call(advanceAgreementContract, input);

export { DownloadRefused as AgreementFileRefused } from '@estate/web-shared/private-files';

/** An agreement's PDF, asked of files-download with the user's ID token. */
export function fetchAgreementFile(user: User, agreementId: string): Promise<Blob> {
  return fetchPrivateFile(user, { kind: 'agreement', agreementId }, { inline: true });
}
