const HINT_KEY = 'estate.client.signedIn';

/** Who was signed in when the app last ran, as their token's claims said then. */
export interface RememberedClient {
  uid: string;
  tenantId: string;
  contactId: string;
}

function read(): string | null {
  try {
    return localStorage.getItem(HINT_KEY);
  } catch {
    return null;
  }
}

/**
 * Whether this browser had a client signed in when the app last ran. Firebase Auth knows only after
 * reading IndexedDB; the hint lets the app fetch the sign-in page at once for everyone else, instead
 * of after Auth has answered (one round trip less on a phone's first screen).
 */
export function hadClientSession(): boolean {
  return read() !== null;
}

export function rememberClientSession(client: RememberedClient | null): void {
  try {
    if (client) localStorage.setItem(HINT_KEY, JSON.stringify(client));
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // Private browsing without storage: the hint only saves a round trip.
  }
}

/**
 * The client space this user entered last time on this tenant, for opening the app offline: an ID
 * token older than an hour cannot be refreshed without the network, and the cached documents are
 * theirs alone (the cache is cleared on sign-out). Once online, the token is checked again.
 */
export function rememberedContactId(uid: string, tenantId: string): string | null {
  const stored = read();
  if (!stored) return null;
  try {
    const client = JSON.parse(stored) as Partial<RememberedClient>;
    return client.uid === uid && client.tenantId === tenantId && typeof client.contactId === 'string'
      ? client.contactId
      : null;
  } catch {
    return null;
  }
}
