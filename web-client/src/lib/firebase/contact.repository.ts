import { clientProfileModel, paths, type ClientProfile } from '@estate/domain';
import { doc } from 'firebase/firestore';
import { clientStore, readDocument } from './client-store';
import { converterOf, readDoc } from '@estate/web-shared/firestore';

const clientProfileConverter = converterOf(clientProfileModel);

/**
 * The signed-in client's projection of their contact (the rules refuse the contact itself), or null
 * while contacts-onContactWritten has not written it yet or after the client space was withdrawn.
 */
export async function getClientProfile(tenantId: string, contactId: string): Promise<ClientProfile | null> {
  const snapshot = await readDocument(
    doc(clientStore(), paths.clientProfile(tenantId, contactId)).withConverter(clientProfileConverter),
  );
  return readDoc(snapshot);
}
