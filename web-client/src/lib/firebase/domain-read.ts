import { paths } from '@estate/domain';
import { fetchPublicDocument } from '@estate/web-shared/public-document';

/**
 * The raw read of `domains/{key}`, started by the first chunk (main.tsx) and decoded by getTenantDomain
 * in the app's chunk: this file stays free of schemas so the first chunk carries no zod.
 */
export function readTenantDomain(key: string): Promise<Record<string, unknown> | null> {
  return fetchPublicDocument(paths.domain(key));
}
