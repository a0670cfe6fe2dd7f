// The demo client's documents space: a paper of their own file and a listing's diagnostics, both shared
// with them, as PDFs drawn at seed time with pdf-lib.
import {
  paths,
  sharedDocumentId,
  type ContactDocument,
  type Property,
  type PropertyDocument,
  type SharedDocument,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { getStorage } from 'firebase-admin/storage';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { toStored } from '../../functions/src/lib/converters';
import { adminAuth } from '../../tests/support/admin';
import { projectId } from '../../tests/support/emulator-env';

async function pdfOf(title: string, lines: string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  page.drawText(title, { x: 56, y: 770, size: 20, font });
  lines.forEach((line, index) => page.drawText(line, { x: 56, y: 730 - index * 18, size: 11, font }));
  return Buffer.from(await pdf.save());
}

export async function seedDemoDocuments(
  db: Firestore,
  tenantId: string,
  client: { contactId: string; agentUid: string },
  listing: Property,
  now: Date,
): Promise<void> {
  const bucket = getStorage(adminAuth().app).bucket(`${projectId}.appspot.com`);
  const financing = await pdfOf('Simulation de financement', [
    'Montant emprunté : 280 000 €',
    'Durée : 20 ans — taux fixe 3,35 %',
    'Mensualité estimée : 1 602 € hors assurance',
  ]);
  const diagnostics = await pdfOf('Diagnostic de performance énergétique', [
    `Bien : ${listing.title}`,
    'Classe énergie : C — classe climat : C',
    'Estimation des coûts annuels : 1 050 € à 1 450 €',
  ]);

  const contactDocument: ContactDocument = {
    id: 'demo-financing-simulation',
    name: 'Simulation de financement.pdf',
    category: 'financing',
    contentType: 'application/pdf',
    size: financing.length,
    storagePath: paths.contactDocumentFile(tenantId, client.contactId, 'demo-financing-simulation', 'simulation.pdf'),
    uploadedBy: client.agentUid,
    uploadedAt: now,
  };
  const propertyDocument: PropertyDocument = {
    id: 'demo-energy-diagnostics',
    name: 'DPE.pdf',
    category: 'diagnostics',
    contentType: 'application/pdf',
    size: diagnostics.length,
    storagePath: paths.propertyDocumentFile(tenantId, listing.id, 'demo-energy-diagnostics', 'DPE.pdf'),
    uploadedBy: client.agentUid,
    uploadedAt: now,
  };
  // Records first: files-checkUpload, fired by each file, finds them and keeps the files.
  await db.doc(paths.contactDocument(tenantId, client.contactId, contactDocument.id)).set(toStored(contactDocument));
  await db.doc(paths.propertyDocument(tenantId, listing.id, propertyDocument.id)).set(toStored(propertyDocument));
  await bucket.file(contactDocument.storagePath).save(financing, { contentType: 'application/pdf', resumable: false });
  await bucket
    .file(propertyDocument.storagePath)
    .save(diagnostics, { contentType: 'application/pdf', resumable: false });

  const shares: SharedDocument[] = [
    {
      id: sharedDocumentId(client.contactId, contactDocument.id),
      contactId: client.contactId,
      source: { kind: 'contact-document', contactId: client.contactId, documentId: contactDocument.id },
      propertyId: null,
      propertyTitle: null,
      name: contactDocument.name,
      contentType: contactDocument.contentType,
      size: contactDocument.size,
      sharedBy: client.agentUid,
      sharedAt: new Date(now.getTime() - 2 * 86_400_000),
    },
    {
      id: sharedDocumentId(client.contactId, propertyDocument.id),
      contactId: client.contactId,
      source: { kind: 'property-document', propertyId: listing.id, documentId: propertyDocument.id },
      propertyId: listing.id,
      propertyTitle: listing.title,
      name: propertyDocument.name,
      contentType: propertyDocument.contentType,
      size: propertyDocument.size,
      sharedBy: client.agentUid,
      sharedAt: now,
    },
  ];
  for (const share of shares) await db.doc(paths.sharedDocument(tenantId, share.id)).set(toStored(share));
}
