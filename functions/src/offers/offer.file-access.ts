import { isCollaborator, paths } from '@estate/domain';
import type { PrivateFileAccess } from '../files/file-access';
import { offerRef } from './offer-store';

/**
 * An offer's PDF as sent (`offer`) and its signed copy (`offer-signed`), read as the offer is
 * (firestore.rules, offers): by the agency's collaborators and by the offer's buyers, never by its
 * sellers (the PDF names the buyers). Functions write these files, so no upload is recognised. A record
 * naming a file outside the offer's folder or its signature request's is answered as missing.
 */
function offerAccess<K extends 'offer' | 'offer-signed'>(
  kind: K,
  pick: 'document' | 'signedDocument',
): PrivateFileAccess<K> {
  return {
    kind,
    async decide(db, viewer, ref) {
      const staff = viewer.kind === 'staff' && isCollaborator(viewer.role);
      if (!staff && viewer.kind !== 'client') return { status: 'not-allowed' };
      const offer = (await offerRef(db, viewer.tenantId, (ref as { offerId: string }).offerId).get()).data();
      if (!offer) return { status: 'not-found' };
      if (viewer.kind === 'client' && !offer.buyerContactIds.includes(viewer.contactId))
        return { status: 'not-allowed' };
      const file = offer[pick];
      const folders = [paths.offerFile(viewer.tenantId, offer.id, '')];
      if (offer.signatureRequestId) folders.push(paths.signatureFile(viewer.tenantId, offer.signatureRequestId, ''));
      if (!file || !folders.some((folder) => file.storagePath.startsWith(folder))) return { status: 'not-found' };
      return {
        status: 'granted',
        file: { storagePath: file.storagePath, fileName: file.fileName, contentType: 'application/pdf' },
      };
    },
    uploaded: () => null,
  };
}

export const offerFileAccess = offerAccess('offer', 'document');
export const signedOfferFileAccess = offerAccess('offer-signed', 'signedDocument');
