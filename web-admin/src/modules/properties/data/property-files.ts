import type { PhotoVariant } from '@estate/domain';
import type { User } from 'firebase/auth';
import { fetchPrivateFile } from '@estate/web-shared/private-files';

export { DownloadRefused } from '@estate/web-shared/private-files';

/** A photo's thumbnail or original, asked of files-download with the user's ID token. */
export function fetchPhoto(user: User, propertyId: string, photoId: string, variant: PhotoVariant): Promise<Blob> {
  return fetchPrivateFile(user, { kind: 'property-photo', propertyId, photoId, variant });
}

/** A property document's bytes, asked of files-download with the user's ID token. */
export function fetchPropertyDocument(user: User, propertyId: string, documentId: string): Promise<Blob> {
  return fetchPrivateFile(user, { kind: 'property-document', propertyId, documentId }, { inline: true });
}
