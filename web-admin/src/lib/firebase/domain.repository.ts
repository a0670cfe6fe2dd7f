import { domainSchema, paths, type TenantDomain } from '@estate/domain';
import { doc, getDoc } from 'firebase/firestore/lite';
import { publicDb } from './firebase-core';
import { liteSchemaConverter } from './lite.converter';

const domainConverter = liteSchemaConverter(domainSchema);

/**
 * The public branding of a host key, or null when no tenant is served there. The key is used as given:
 * aliases carry a tenant id, whose case matters. Read with Firestore lite: it is the one read before sign-in.
 */
export async function fetchDomain(key: string): Promise<TenantDomain | null> {
  const snapshot = await getDoc(doc(publicDb, paths.domain(key)).withConverter(domainConverter));
  return snapshot.exists() ? snapshot.data() : null;
}
