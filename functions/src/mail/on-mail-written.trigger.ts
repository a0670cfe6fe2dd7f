import { FUNCTIONS_REGION, paths } from '@estate/domain';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { adminDb, readStorageFile } from '../lib/admin';
import { smtpUri } from '../lib/config';
import { deliverMail } from './deliver-mail.handler';
import { senderOf, smtpTransport } from './mail-transport';

/** States worth a look; the handler's transaction decides whether this event may deliver. */
const DELIVERABLE = new Set(['PENDING', 'PROCESSING']);

export const onMailWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.mail('{tenantId}', '{mailId}'), secrets: [smtpUri] },
  async (event) => {
    const after = event.data?.after;
    if (!after?.exists || !DELIVERABLE.has(String(after.get('delivery.state')))) return;
    await deliverMail(
      { db: adminDb(), transport: smtpTransport, sender: senderOf, now: () => new Date(), readFile: readStorageFile },
      after.ref.path,
    );
  },
);
