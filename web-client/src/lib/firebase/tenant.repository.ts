import { paths, tenantModel, type Tenant } from '@estate/domain';
import { doc, getDoc } from 'firebase/firestore/lite';
import { clientDb } from './firebase-app';
import { converterOf, readDoc } from '@estate/web-shared/firestore-lite';

const tenantConverter = converterOf(tenantModel);

export async function getTenant(tenantId: string): Promise<Tenant | null> {
  const snapshot = await getDoc(doc(clientDb(), paths.tenant(tenantId)).withConverter(tenantConverter));
  return readDoc(snapshot);
}
