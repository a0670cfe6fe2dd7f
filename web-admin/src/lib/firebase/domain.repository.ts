import { domainModel, paths, type TenantDomain } from '@estate/domain';
import { doc, getDoc } from 'firebase/firestore';
import { db } from './firebase-app';
import { converterOf, readDoc } from '@estate/web-shared/firestore';

const domainConverter = converterOf(domainModel);

/**
 * The public branding of a host key, or null when no tenant is served there. The key is used as given:
 * aliases carry a tenant id, whose case matters.
 */
export async function fetchDomain(key: string): Promise<TenantDomain | null> {
  const snapshot = await getDoc(doc(db, paths.domain(key)).withConverter(domainConverter));
  return readDoc(snapshot);
}
