import { EMULATORS } from '../firebase/emulator-endpoints';
import { firebaseConfig, usesEmulators } from '../firebase/firebase-config';

/** A value as Firestore's REST API writes it (https://firebase.google.com/docs/firestore/reference/rest/v1/Value). */
export type RestValue =
  | { nullValue: null }
  | { booleanValue: boolean }
  | { integerValue: string }
  | { doubleValue: number | string }
  | { timestampValue: string }
  | { stringValue: string }
  | { mapValue: { fields?: Record<string, RestValue> } }
  | { arrayValue: { values?: RestValue[] } };

/** A REST value as the SDKs would give it, timestamps as Dates. Other kinds are not stored in public documents. */
export function fromRestValue(value: RestValue): unknown {
  if ('nullValue' in value) return null;
  if ('booleanValue' in value) return value.booleanValue;
  if ('integerValue' in value) return Number(value.integerValue);
  if ('doubleValue' in value) return Number(value.doubleValue);
  if ('timestampValue' in value) return new Date(value.timestampValue);
  if ('stringValue' in value) return value.stringValue;
  if ('mapValue' in value) return fromRestFields(value.mapValue.fields ?? {});
  if ('arrayValue' in value) return (value.arrayValue.values ?? []).map(fromRestValue);
  throw new Error(`unexpected Firestore value ${Object.keys(value).join(', ')}`);
}

export function fromRestFields(fields: Record<string, RestValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, fromRestValue(value)]));
}

/**
 * One document the rules let anybody read, over Firestore's REST API with a plain fetch: what an app
 * needs before anybody signs in (the host's branding), without a Firestore SDK in its first chunk.
 * Null when the document does not exist; throws when the service cannot be reached or refuses.
 */
export async function fetchPublicDocument(path: string): Promise<Record<string, unknown> | null> {
  const origin = usesEmulators
    ? `http://${EMULATORS.firestore.host}:${EMULATORS.firestore.port}`
    : 'https://firestore.googleapis.com';
  const name = path.split('/').map(encodeURIComponent).join('/');
  const url =
    `${origin}/v1/projects/${encodeURIComponent(firebaseConfig.projectId)}/databases/(default)/documents/${name}` +
    `?key=${encodeURIComponent(firebaseConfig.apiKey)}`;
  const response = await fetch(url, { credentials: 'omit' });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`reading ${path} failed (${response.status})`);
  const document = (await response.json()) as { fields?: Record<string, RestValue> };
  return fromRestFields(document.fields ?? {});
}
