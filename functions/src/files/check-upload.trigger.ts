import { FUNCTIONS_REGION } from '@estate/domain';
import { onObjectFinalized } from 'firebase-functions/v2/storage';
import { adminDb } from '../lib/admin';
import { checkUpload } from './check-upload.handler';
import { bucketFileStore } from './file-store';

/**
 * Every finished upload to the default bucket; retried on failure (the check is idempotent). A photo's
 * thumbnails are made here too (sharp), hence the memory.
 */
export const checkUploadTrigger = onObjectFinalized(
  { region: FUNCTIONS_REGION, retry: true, memory: '1GiB' },
  async (event) => {
    await checkUpload(
      { db: adminDb(), files: bucketFileStore() },
      {
        name: event.data.name,
        contentType: event.data.contentType ?? '',
        size: Number(event.data.size),
        metadata: event.data.metadata ?? {},
      },
    );
  },
);
