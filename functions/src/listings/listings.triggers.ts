import { FUNCTIONS_REGION, paths } from '@estate/domain';
import { onDocumentCreated, onDocumentWritten } from 'firebase-functions/v2/firestore';
import { runtimeDeps } from '../lib/deps';
import { applyAction } from './on-action-created.handler';
import { syncListings } from './sync-listings.handler';

/** A client's action on a listing: applied once (see applyAction). Retried on failure. */
export const onActionCreatedTrigger = onDocumentCreated(
  { region: FUNCTIONS_REGION, document: paths.listingAction('{tenantId}', '{actionId}'), retry: true },
  async (event) => {
    const { tenantId, actionId } = event.params;
    if (!tenantId || !actionId) return;
    await applyAction(runtimeDeps(), tenantId, actionId);
  },
);

/** A property written or deleted: the clients' copies follow (see syncListings). Retried on failure. */
export const onPropertyWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.property('{tenantId}', '{propertyId}'), retry: true },
  async (event) => {
    const { tenantId, propertyId } = event.params;
    if (!tenantId || !propertyId) return;
    await syncListings(runtimeDeps(), tenantId, propertyId);
  },
);
