import { clientProfileModel, paths, type ClientProfile } from '@estate/domain';
import { doc, getDoc } from 'firebase/firestore/lite';
import { clientDb } from './firebase-app';
import { converterOf, readDoc } from '@estate/web-shared/firestore-lite';

const clientProfileConverter = converterOf(clientProfileModel);

/**
 * The signed-in client's projection of their contact (the rules refuse the contact itself), or null
 * while contacts-onContactWritten has not written it yet or after the client space was withdrawn.
 */
export async function getClientProfile(tenantId: string, contactId: string): Promise<ClientProfile | null> {
  const snapshot = await getDoc(
    doc(clientDb(), paths.clientProfile(tenantId, contactId)).withConverter(clientProfileConverter),
  );
  return readDoc(snapshot);
}
