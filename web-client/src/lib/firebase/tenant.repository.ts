import { paths, tenantSchema, type Tenant } from '@estate/domain';
import { doc, getDoc } from 'firebase/firestore/lite';
import { clientDb } from './firebase-app';
import { schemaConverter } from './timestamp.converter';

const tenantConverter = schemaConverter(tenantSchema);

export async function getTenant(tenantId: string): Promise<Tenant | null> {
  const snapshot = await getDoc(doc(clientDb(), paths.tenant(tenantId)).withConverter(tenantConverter));
  return snapshot.exists() ? snapshot.data() : null;
}
