import { contactSchema, paths, type Contact } from '@estate/domain';
import { doc, getDoc } from 'firebase/firestore/lite';
import { clientDb } from './firebase-app';
import { schemaConverter } from './timestamp.converter';

const contactConverter = schemaConverter(contactSchema);

export async function getContact(tenantId: string, contactId: string): Promise<Contact | null> {
  const snapshot = await getDoc(doc(clientDb(), paths.contact(tenantId, contactId)).withConverter(contactConverter));
  return snapshot.exists() ? snapshot.data() : null;
}
