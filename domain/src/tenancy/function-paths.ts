/**
 * Documents that only functions read and write (the rules deny them to everybody), kept apart
 * from `paths` because no app ever builds them.
 */
export const functionPaths = {
  /** One per user who created a tenant: makes a double-submitted `createTenant` create one tenant only. */
  tenantCreation: (uid: string) => `tenantCreations/${uid}`,
} as const;
