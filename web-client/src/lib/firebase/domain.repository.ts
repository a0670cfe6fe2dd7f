import { domainSchema, paths, type TenantDomain } from '@estate/domain';
import { doc, getDoc } from 'firebase/firestore/lite';
import { clientDb } from './firebase-app';
import { schemaConverter } from './timestamp.converter';

const domainConverter = schemaConverter(domainSchema);

/**
 * `domains/{key}`: public, read before anybody signs in to brand the app. The key comes normalised from
 * host resolution; alias keys keep the tenant id's case, so nothing is lower-cased here.
 */
export async function getTenantDomain(key: string): Promise<TenantDomain | null> {
  const snapshot = await getDoc(doc(clientDb(), paths.domain(key)).withConverter(domainConverter));
  return snapshot.exists() ? snapshot.data() : null;
}
