// The demo agency's signature requests: one mandate waiting for its seller's signature, on a PDF made
// here, so Signatures in the admin app is not empty and its signing link can be tried from MailDev.
// The mandates capability will create its own requests when it seeds mandates; this one stays minimal.
import { paths, signatureRequestModel, type Contact, type SignatureRequest } from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { getStorage } from 'firebase-admin/storage';
import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { converterOf } from '../../functions/src/lib/converters';
import { adminAuth } from '../../tests/support/admin';
import { projectId } from '../../tests/support/emulator-env';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A one-page sale mandate, enough to read and sign. */
async function demoMandatePdf(seller: string, agency: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Mandat de vente');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595.28, 841.89]);
  page.drawText('Mandat de vente sans exclusivité', { x: 56, y: 770, size: 18, font: bold });
  const lines = [
    `Entre ${seller}, ci-après « le mandant »,`,
    `et ${agency}, ci-après « le mandataire »,`,
    'il est convenu que le mandant confie au mandataire la vente du bien décrit ci-dessous.',
    'Prix de présentation : 420 000 EUR, honoraires inclus à la charge de l’acquéreur.',
    'Durée : trois mois, renouvelable par tacite reconduction.',
    'Document de démonstration, sans valeur contractuelle.',
  ];
  lines.forEach((line, index) => page.drawText(line, { x: 56, y: 720 - index * 22, size: 11, font }));
  return doc.save();
}

/** Writes the demo request (its PDF first); the signatures trigger then invites the seller. */
export async function seedDemoSignatures(
  db: Firestore,
  tenantId: string,
  context: { agencyName: string; agentUid: string; seller: Contact | undefined },
  now: Date,
): Promise<void> {
  const { seller } = context;
  if (!seller?.email) return;
  const ref = db.collection(paths.signatureRequests(tenantId)).doc('demo-mandate');
  const sellerName = `${seller.firstName} ${seller.lastName}`.trim();
  const pdf = await demoMandatePdf(sellerName, context.agencyName);
  const storagePath = `tenants/${tenantId}/signatures/demo-mandate/mandat-demo.pdf`;
  await getStorage(adminAuth().app)
    .bucket(`${projectId}.appspot.com`)
    .file(storagePath)
    .save(Buffer.from(pdf), { contentType: 'application/pdf', resumable: false });
  const request: SignatureRequest = {
    id: ref.id,
    subject: { kind: 'mandate', id: 'demo-mandate', propertyId: null, title: 'Mandat de vente (démo)' },
    document: {
      storagePath,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      fileName: 'mandat-demo.pdf',
    },
    signedDocument: null,
    ordering: 'sequential',
    signers: [
      {
        id: 'seller',
        name: sellerName,
        email: seller.email,
        contactId: seller.id,
        order: 1,
        status: 'waiting',
        invitedAt: null,
        signedAt: null,
        declinedAt: null,
        declineReason: null,
      },
    ],
    status: 'pending',
    locale: 'fr',
    requestedBy: context.agentUid,
    expiresAt: new Date(now.getTime() + 14 * DAY_MS),
    createdAt: now,
    updatedAt: now,
    closedAt: null,
  };
  await ref.withConverter(converterOf(signatureRequestModel)).set(signatureRequestModel.schema.parse(request));
}
