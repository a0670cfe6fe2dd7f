import { clientPreferencesModel, paths, type ClientPreferences } from '@estate/domain';
import { converterOf, readDoc } from '@estate/web-shared/firestore';
import { doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { clientStore, readDocument, sendWrite } from '../../../lib/firebase/client-store';

const preferencesConverter = converterOf(clientPreferencesModel);

/** The client's choices, or null when never made (the defaults apply: optional mails on). */
export async function fetchClientPreferences(tenantId: string, contactId: string): Promise<ClientPreferences | null> {
  return readDoc(
    await readDocument(
      doc(clientStore(), paths.clientPreferences(tenantId, contactId)).withConverter(preferencesConverter),
    ),
  );
}

/** Written directly (firestore.rules, clientPreferences): the whole document, now. */
export async function saveOptionalMail(tenantId: string, contactId: string, optionalMail: boolean): Promise<void> {
  await sendWrite(
    setDoc(doc(clientStore(), paths.clientPreferences(tenantId, contactId)), {
      optionalMail,
      updatedAt: serverTimestamp(),
    }),
  );
}
