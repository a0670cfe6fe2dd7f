import { logLine } from '../lib/log';

/** The log lines of tenancy. */
export const tenancyLog = {
  tenantCreated: (tenantId: string, uid: string, slug: string) =>
    logLine.info('tenant created', { tenantId, uid, slug }),
  tenantClaimsRestored: (tenantId: string, uid: string) =>
    logLine.warn('tenant already created by this user: claims set again', { tenantId, uid }),
  domainsMirrored: (tenantId: string, hosts: string[], removed: string[]) =>
    logLine.info('domains mirrored', { tenantId, hosts, removed }),
  unknownHost: (host: string) => logLine.info('unknown host', { host }),
};
