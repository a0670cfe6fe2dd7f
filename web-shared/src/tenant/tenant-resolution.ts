export { loadTenant, type TenantLoad, type TenantSource } from './load-tenant';
export { rememberTenantOverride, resolveCurrentHost, resolveHost, type HostResolution } from './tenant-host';
