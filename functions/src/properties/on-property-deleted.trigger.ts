import { FUNCTIONS_REGION, paths } from '@estate/domain';
import { onDocumentDeleted } from 'firebase-functions/v2/firestore';
import { bucketFileStore } from '../files/file-store';
import { adminDb } from '../lib/admin';
import { removePropertyMedia } from './remove-property-media';

/** A property deleted (properties-deleteProperty): its photos and documents go. Retried on failure; idempotent. */
export const onPropertyDeletedTrigger = onDocumentDeleted(
  { region: FUNCTIONS_REGION, document: paths.property('{tenantId}', '{propertyId}'), retry: true },
  async (event) => {
    const { tenantId, propertyId } = event.params;
    if (!tenantId || !propertyId) return;
    await removePropertyMedia({ db: adminDb(), files: bucketFileStore() }, tenantId, propertyId);
  },
);
