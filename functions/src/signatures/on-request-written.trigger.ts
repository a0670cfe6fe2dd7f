import { FUNCTIONS_REGION, paths } from '@estate/domain';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { decoded, UnreadableDocument } from '../lib/converters';
import { runtimeDeps } from '../lib/deps';
import { requestConverter } from './built-in-provider';
import { onRequestWritten } from './on-request-written.handler';
import { bucketSignatureFiles } from './signature-files';
import { signaturesLog } from './signatures.log';

export const onRequestWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.signatureRequest('{tenantId}', '{requestId}'), memory: '512MiB' },
  async (event) => {
    if (!event.data) return;
    let after;
    try {
      after = decoded(requestConverter, event.data.after);
    } catch (error) {
      // A request that does not match its schema cannot be acted on; retrying cannot fix it.
      if (error instanceof UnreadableDocument) {
        signaturesLog.unreadable(event.data.after.ref.path, error);
        return;
      }
      throw error;
    }
    const { tenantId = '', requestId = '' } = event.params;
    await onRequestWritten({ ...runtimeDeps(), files: bucketSignatureFiles() }, tenantId, requestId, after);
  },
);
