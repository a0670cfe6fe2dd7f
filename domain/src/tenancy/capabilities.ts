import { z } from 'zod';

/**
 * What a tenant runs: an agency (listings, mandates, the 14 phases), an agents' network, a new-build
 * developer's sales office (projects, units, reservations, promotions). Several at once.
 */
export const CAPABILITIES = ['agency', 'network', 'developer'] as const;
export const capabilitySchema = z.enum(CAPABILITIES);
export type Capability = z.infer<typeof capabilitySchema>;

/** Tenants created before capabilities existed were all agencies: they keep exactly what they had. */
export const DEFAULT_CAPABILITIES: readonly Capability[] = ['agency'];

/** At least one, each once, kept in the order of `CAPABILITIES` so equal choices compare equal. */
export const capabilitiesSchema = z
  .array(capabilitySchema)
  .min(1, { message: 'choose at least one' })
  .max(CAPABILITIES.length)
  .refine((list) => new Set(list).size === list.length, { message: 'each capability once' })
  .transform((list) => CAPABILITIES.filter((capability) => list.includes(capability)));

export function hasCapability(capabilities: readonly Capability[], needed: Capability | undefined): boolean {
  return needed === undefined || capabilities.includes(needed);
}

/** The entries (navigation, Settings sections…) a tenant with these capabilities shows; untagged ones always. */
export function withCapabilities<T extends { capability?: Capability }>(
  entries: readonly T[],
  capabilities: readonly Capability[],
): T[] {
  return entries.filter((entry) => hasCapability(capabilities, entry.capability));
}
