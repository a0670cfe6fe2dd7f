import { domainModel, paths, type TenantDomain } from '@estate/domain';
import { converterOf, readDoc } from '@estate/web-shared/firestore-lite';
import { doc, getDoc } from 'firebase/firestore/lite';
import { publicDb } from './firebase-core';

const domainConverter = converterOf(domainModel);

/**
 * The public branding of a host key, or null when no tenant is served there. The key is used as given:
 * aliases carry a tenant id, whose case matters. Read with Firestore lite: it is the one read before sign-in.
 */
export async function fetchDomain(key: string): Promise<TenantDomain | null> {
  const snapshot = await getDoc(doc(publicDb, paths.domain(key)).withConverter(domainConverter));
  return readDoc(snapshot);
}
