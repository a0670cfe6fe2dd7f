import {
  AGREEMENT_KINDS,
  agreementTemplateModel,
  developerSignatoryModel,
  paths,
  type AgreementKind,
  type AgreementTemplate,
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
  updateDoc,
} from 'firebase/firestore';
import { db } from '../../../lib/firebase/firebase-app';

const signatoryConverter = converterOf(developerSignatoryModel);
const templateConverter = converterOf(agreementTemplateModel);
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
