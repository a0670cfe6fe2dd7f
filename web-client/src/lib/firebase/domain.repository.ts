import { decodeStored, domainModel, paths, type TenantDomain } from '@estate/domain';
import { readTenantDomain } from './domain-read';

/** The REST reader gives Dates already: nothing to convert. */
const DATES = { isTimestamp: (_value: unknown): _value is { toDate(): Date } => false, fromDate: (date: Date) => date };

/**
 * `domains/{key}`: public, read before anybody signs in to brand the app, over Firestore's REST API so
 * no Firestore SDK weighs on the first screen. The key comes normalised from host resolution; alias
 * keys keep the tenant id's case, so nothing is lower-cased here. `read` is the read already started by
 * the first chunk (main.tsx), if any. A document that does not match its model is reported and read as
 * missing.
 */
export async function getTenantDomain(
  key: string,
  read: Promise<Record<string, unknown> | null> = readTenantDomain(key),
): Promise<TenantDomain | null> {
  const data = await read;
  if (data === null) return null;
  const decoded = decodeStored(domainModel, data, DATES);
  if (decoded.ok) return decoded.value;
  console.error(`domain ${paths.domain(key)} does not match its schema: ${decoded.issues}`);
  return null;
}
