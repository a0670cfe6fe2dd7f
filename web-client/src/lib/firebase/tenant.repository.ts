import { paths, tenantModel, type Tenant } from '@estate/domain';
import { doc } from 'firebase/firestore';
import { clientStore, readDocument } from './client-store';
import { converterOf, readDoc } from '@estate/web-shared/firestore';

const tenantConverter = converterOf(tenantModel);

export async function getTenant(tenantId: string): Promise<Tenant | null> {
  const snapshot = await readDocument(doc(clientStore(), paths.tenant(tenantId)).withConverter(tenantConverter));
  return readDoc(snapshot);
}
