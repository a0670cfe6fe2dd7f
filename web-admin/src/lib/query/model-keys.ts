import type { DecodableModel } from '@estate/domain';

/**
 * Query keys rooted at the tenant (one tenant's cache never serves another) and then at the model
 * read: every reader of a model puts its key under the model's root, so saving the model invalidates
 * all of them at once.
 */
export const modelKeys = {
  of: (tenantId: string, model: Pick<DecodableModel, 'kind'>) => ['tenant', tenantId, model.kind] as const,
  /** One document of a model, under the model's root. */
  one: (tenantId: string, model: Pick<DecodableModel, 'kind'>, id: string) =>
    ['tenant', tenantId, model.kind, 'one', id] as const,
};
