import { clientPreferencesModel, paths, type ClientPreferences } from '@estate/domain';
import { converterOf, readDoc } from '@estate/web-shared/firestore-lite';
import { doc, getDoc, serverTimestamp, setDoc } from 'firebase/firestore/lite';
import { clientDb } from '../../../lib/firebase/firebase-app';

const preferencesConverter = converterOf(clientPreferencesModel);

/** The client's choices, or null when never made (the defaults apply: optional mails on). */
export async function fetchClientPreferences(tenantId: string, contactId: string): Promise<ClientPreferences | null> {
  return readDoc(
    await getDoc(doc(clientDb(), paths.clientPreferences(tenantId, contactId)).withConverter(preferencesConverter)),
  );
}

/** Written directly (firestore.rules, clientPreferences): the whole document, now. */
export async function saveOptionalMail(tenantId: string, contactId: string, optionalMail: boolean): Promise<void> {
  await setDoc(doc(clientDb(), paths.clientPreferences(tenantId, contactId)), {
    optionalMail,
    updatedAt: serverTimestamp(),
  });
}
