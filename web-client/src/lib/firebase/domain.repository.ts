import { domainModel, paths, type TenantDomain } from '@estate/domain';
import { doc, getDoc } from 'firebase/firestore/lite';
import { clientDb } from './firebase-app';
import { converterOf, readDoc } from '@estate/web-shared/firestore-lite';

const domainConverter = converterOf(domainModel);

/**
 * `domains/{key}`: public, read before anybody signs in to brand the app. The key comes normalised from
 * host resolution; alias keys keep the tenant id's case, so nothing is lower-cased here.
 */
export async function getTenantDomain(key: string): Promise<TenantDomain | null> {
  const snapshot = await getDoc(doc(clientDb(), paths.domain(key)).withConverter(domainConverter));
  return readDoc(snapshot);
}
