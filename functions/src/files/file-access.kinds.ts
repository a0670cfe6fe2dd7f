import type { PrivateFileKind, PrivateFileRef } from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { agreementFileAccess } from '../agreements/agreement.file-access';
import { chatAttachmentFileAccess } from '../chat/chat-attachment.file-access';
import { contactDocumentFileAccess } from '../contacts/contact-document.file-access';
import { appraisalFileAccess } from '../estimations/appraisal.file-access';
import {
  amendmentFileAccess,
  mandateFileAccess,
  signedAmendmentFileAccess,
  signedMandateFileAccess,
} from '../mandates/mandate.file-access';
import { invoiceFileAccess } from '../invoicing/invoice.file-access';
import { offerFileAccess, signedOfferFileAccess } from '../offers/offer.file-access';
import { signedDocumentFileAccess } from '../signatures/signed-document.file-access';
import { propertyDocumentFileAccess } from '../properties/property-document.file-access';
import { propertyPhotoFileAccess } from '../properties/property-photo.file-access';
import { unitLayoutFileAccess } from '../projects/unit-layout.file-access';
import { sellerMandateFileAccess } from '../selling/seller-mandate.file-access';
import type { FileAccessAnswer, PrivateFileAccess, UploadedFile } from './file-access';
import { sharedDocumentFileAccess } from './shared-document.file-access';
import type { FileViewer } from './file-viewer';

/**
 * Every kind of private file and its access check: a kind declared in domain (PRIVATE_FILE_KINDS)
 * without one here does not compile.
 */
const FILE_ACCESS: { readonly [K in PrivateFileKind]: PrivateFileAccess<K> } = {
  agreement: agreementFileAccess,
  appraisal: appraisalFileAccess,
  'chat-attachment': chatAttachmentFileAccess,
  'contact-document': contactDocumentFileAccess,
  invoice: invoiceFileAccess,
  mandate: mandateFileAccess,
  'mandate-signed': signedMandateFileAccess,
  amendment: amendmentFileAccess,
  'amendment-signed': signedAmendmentFileAccess,
  'signed-document': signedDocumentFileAccess,
  offer: offerFileAccess,
  'offer-signed': signedOfferFileAccess,
  'property-document': propertyDocumentFileAccess,
  'property-photo': propertyPhotoFileAccess,
  'shared-document': sharedDocumentFileAccess,
  'seller-mandate': sellerMandateFileAccess,
  'unit-layout': unitLayoutFileAccess,
};

export function decideFileAccess(db: Firestore, viewer: FileViewer, ref: PrivateFileRef): Promise<FileAccessAnswer> {
  const access = FILE_ACCESS[ref.kind] as PrivateFileAccess<typeof ref.kind>;
  return access.decide(db, viewer, ref);
}

/** The kind an upload belongs to, or null for a path no kind of private file owns. */
export function recogniseUpload(storagePath: string): UploadedFile | null {
  for (const access of Object.values(FILE_ACCESS)) {
    const uploaded = access.uploaded(storagePath);
    if (uploaded) return uploaded;
  }
  return null;
}
