import { FUNCTIONS_REGION } from '../shared/functions';

/** The deployed name of the HTTPS endpoint portals post their leads to (`leads.receivePortalLead`). */
export const RECEIVE_PORTAL_LEAD_FUNCTION = 'leads-receivePortalLead';

/**
 * Where an agency's portals post their leads: the function's URL followed by `/<tenantId>`. In the
 * emulator the functions emulator's origin (`http://127.0.0.1:5001`) serves it under the project and
 * region; deployed, the region's functions host does.
 */
export function portalLeadEndpoint(options: {
  projectId: string;
  tenantId: string;
  /** The functions emulator's origin, or null for the deployed functions. */
  emulatorOrigin: string | null;
}): string {
  const { projectId, tenantId, emulatorOrigin } = options;
  const base = emulatorOrigin
    ? `${emulatorOrigin.replace(/\/+$/, '')}/${projectId}/${FUNCTIONS_REGION}`
    : `https://${FUNCTIONS_REGION}-${projectId}.cloudfunctions.net`;
  return `${base}/${RECEIVE_PORTAL_LEAD_FUNCTION}/${encodeURIComponent(tenantId)}`;
}

const TENANT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The tenant an endpoint call names: the first path segment after the function, else `?tenant=`. */
export function tenantOfLeadRequest(path: string, tenantParameter: unknown): string | null {
  const segments = path.split('/').filter((segment) => segment !== '');
  // Some hosts pass the whole path (project, region, function): the tenant is what follows the function.
  const at = segments.indexOf(RECEIVE_PORTAL_LEAD_FUNCTION);
  const fromPath = at >= 0 ? segments[at + 1] : segments[0];
  const candidate = fromPath ?? (typeof tenantParameter === 'string' ? tenantParameter : '');
  return TENANT_ID.test(candidate) ? candidate : null;
}
