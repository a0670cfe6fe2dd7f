import { FUNCTIONS_REGION } from '@estate/domain';
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The deployed name of the unsubscribe endpoint (`mail.unsubscribe` in index.ts). */
const UNSUBSCRIBE_FUNCTION = 'mail-unsubscribe';

/** HMAC-SHA256 of the tenant and the contact: the link proves which contact it was sent to. */
export function unsubscribeToken(secret: string, tenantId: string, contactId: string): string {
  return createHmac('sha256', secret).update(`${tenantId}\n${contactId}`).digest('base64url');
}

export function verifyUnsubscribeToken(secret: string, tenantId: string, contactId: string, token: string): boolean {
  const expected = Buffer.from(unsubscribeToken(secret, tenantId, contactId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Where the endpoint answers. The emulator serves functions on its own port (LOCAL_FUNCTIONS_ORIGIN,
 * written by the launcher: each local suite has its own ports); a browser opening a link from MailDev
 * reaches it there. Deployed, it is the region's functions host.
 */
export function unsubscribeEndpoint(env: Record<string, string | undefined> = process.env): string {
  const project = env.GCLOUD_PROJECT ?? env.GCP_PROJECT ?? 'demo-estate';
  if (env.FUNCTIONS_EMULATOR === 'true') {
    const origin = env.LOCAL_FUNCTIONS_ORIGIN || 'http://127.0.0.1:5001';
    return `${origin}/${project}/${FUNCTIONS_REGION}/${UNSUBSCRIBE_FUNCTION}`;
  }
  return `https://${FUNCTIONS_REGION}-${project}.cloudfunctions.net/${UNSUBSCRIBE_FUNCTION}`;
}

export function unsubscribeUrl(endpoint: string, secret: string, tenantId: string, contactId: string): string {
  const url = new URL(endpoint);
  url.searchParams.set('t', tenantId);
  url.searchParams.set('c', contactId);
  url.searchParams.set('k', unsubscribeToken(secret, tenantId, contactId));
  return url.toString();
}
