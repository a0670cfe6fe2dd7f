import { FUNCTIONS_REGION, paths } from '@estate/domain';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { adminDb } from '../lib/admin';
import { smtpUri } from '../lib/config';
import { deliverMail } from './deliver-mail.handler';
import { senderOf, smtpTransport } from './mail-transport';

export const onMailWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.mail('{tenantId}', '{mailId}'), secrets: [smtpUri] },
  async (event) => {
    if (
      event.data?.after.get('delivery.state') !== 'PENDING' &&
      event.data?.after.get('delivery.state') !== 'PROCESSING'
    )
      return;
    await deliverMail(
      { db: adminDb(), transport: smtpTransport, sender: senderOf, now: () => new Date() },
      event.data.after.ref.path,
    );
  },
);
