import { defineSecret, defineString } from 'firebase-functions/params';

// The only module that reads configuration: firebase-functions params, resolved by the CLI at deploy and by the emulator from functions/dist/.env.local and .secret.local.

/** Exported because the delivery trigger must declare it to get its value. */
export const smtpUri: ReturnType<typeof defineSecret> = defineSecret('SMTP_URI');
/** Signs the unsubscribe links of marketing mails; the functions that sign or verify them declare it. */
export const unsubscribeSecret: ReturnType<typeof defineSecret> = defineSecret('UNSUBSCRIBE_SECRET');
const localAdminOrigin = defineString('LOCAL_ADMIN_ORIGIN', {
  default: '',
  description: 'Emulator only: origin of the admin app served by the Hosting emulator. Leave empty in production.',
});
const localClientOrigin = defineString('LOCAL_CLIENT_ORIGIN', {
  default: '',
  description: 'Emulator only: origin of the client app served by the Hosting emulator. Leave empty in production.',
});
/**
 * Not a param: the emulator prompts on its terminal for any param missing from .env.local, which
 * hangs the shared emulator. Becomes `defineString('MAIL_FROM')` once the launcher writes it.
 */
const MAIL_FROM = 'no-reply@estate-crm.app';

export interface LocalOrigins {
  admin: string;
  client: string;
}

/** Set only for the emulator (functions/dist/.env.local): every tenant shares the same localhost ports. */
export function readLocalOrigins(): LocalOrigins | null {
  const admin = localAdminOrigin.value();
  const client = localClientOrigin.value();
  if (admin === '' || client === '') return null;
  return { admin, client };
}

export function readSmtpUri(): string {
  return smtpUri.value();
}

export function readUnsubscribeSecret(): string {
  return unsubscribeSecret.value();
}

export function readMailFrom(): string {
  return MAIL_FROM;
}

/**
 * The e-invoicing platform invoices to businesses are transmitted to, from the environment
 * (`EINVOICING_PLATFORM`, not a param for the reason below): `local`, the platform the emulator and
 * the tests run; unset, invoices are not transmitted.
 */
export function readEInvoicingPlatformName(): string | null {
  return (process.env.EINVOICING_PLATFORM ?? '').trim() || null;
}

/**
 * The routing service of travel times, from the environment (`functions/.env` when deployed): not params,
 * since the emulator prompts on its terminal for a param missing from .env.local (defaults included),
 * which hangs the shared emulator. `ROUTING_WALK_URL` and `ROUTING_BICYCLE_URL` are the base URLs of
 * OSRM-compatible servers routing on foot and by bicycle (either may be left out: that mode is
 * estimated); `ROUTING_SERVICE` names the service as the client app says it (default OSRM).
 */
function routingEnv(name: 'ROUTING_WALK_URL' | 'ROUTING_BICYCLE_URL' | 'ROUTING_SERVICE'): string {
  return (process.env[name] ?? '').trim();
}

export interface RoutingConfig {
  service: string;
  baseUrls: { walk?: string; bicycle?: string };
}

/** The routing service of travel times (places-travelTimes); null when none is configured. */
export function readRouting(): RoutingConfig | null {
  const walk = routingEnv('ROUTING_WALK_URL');
  const bicycle = routingEnv('ROUTING_BICYCLE_URL');
  if (walk === '' && bicycle === '') return null;
  return {
    service: routingEnv('ROUTING_SERVICE') || 'OSRM',
    baseUrls: { ...(walk ? { walk } : {}), ...(bicycle ? { bicycle } : {}) },
  };
}
