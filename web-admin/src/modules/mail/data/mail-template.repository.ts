import {
  type Contact,
  contactModel,
  mailTemplateModel,
  paths,
  type TemplateProperty,
  templatePropertySchema,
  type TenantMailTemplate,
  type TenantMailTemplateInput,
} from '@estate/domain';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
} from 'firebase/firestore';
import { db } from '../../../lib/firebase/firebase-app';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';

const templateConverter = converterOf(mailTemplateModel);
const contactConverter = converterOf(contactModel);
const templatePropertyConverter = converterOf({ kind: 'property', schema: templatePropertySchema });

/** Every template of the tenant by name: an agency keeps a handful. */
export async function fetchMailTemplates(tenantId: string): Promise<TenantMailTemplate[]> {
  const snapshot = await getDocs(
    query(collection(db, paths.mailTemplates(tenantId)).withConverter(templateConverter), orderBy('name')),
  );
  return readDocs(snapshot);
}

/** Owner, admin and managers, through the rules (docs/data-model.md, mailTemplates). */
export async function createMailTemplate(
  tenantId: string,
  uid: string,
  input: TenantMailTemplateInput,
): Promise<string> {
  const ref = doc(collection(db, paths.mailTemplates(tenantId)));
  await setDoc(ref, {
    id: ref.id,
    name: input.name,
    subject: input.subject,
    body: input.body,
    locale: input.locale,
    createdBy: uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
  return ref.id;
}

export async function updateMailTemplate(
  tenantId: string,
  templateId: string,
  input: TenantMailTemplateInput,
): Promise<void> {
  await updateDoc(doc(db, paths.mailTemplate(tenantId, templateId)), {
    name: input.name,
    subject: input.subject,
    body: input.body,
    locale: input.locale,
    updatedAt: serverTimestamp(),
  });
}

export async function deleteMailTemplate(tenantId: string, templateId: string): Promise<void> {
  await deleteDoc(doc(db, paths.mailTemplate(tenantId, templateId)));
}

/** One contact the caller may read (the rules decide), or null. */
export async function fetchContact(tenantId: string, contactId: string): Promise<Contact | null> {
  const snapshot = await getDoc(doc(db, paths.contact(tenantId, contactId)).withConverter(contactConverter));
  return readDoc(snapshot);
}

/** What the placeholders say about a property, or null when it does not exist. */
export async function fetchTemplateProperty(tenantId: string, propertyId: string): Promise<TemplateProperty | null> {
  const snapshot = await getDoc(doc(db, paths.property(tenantId, propertyId)).withConverter(templatePropertyConverter));
  return readDoc(snapshot);
}
