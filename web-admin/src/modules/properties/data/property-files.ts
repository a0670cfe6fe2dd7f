import { DOWNLOAD_REFUSALS, privateFileUrl, type DownloadRefusal, type PhotoVariant } from '@estate/domain';
import type { User } from 'firebase/auth';

// Property files through files-download: no Storage SDK here, so the list's cover thumbnails load little.

/** files-download refused the file: `reason` says why. */
export class DownloadRefused extends Error {
  constructor(readonly reason: DownloadRefusal | 'unavailable') {
    super(`download refused: ${reason}`);
    this.name = 'DownloadRefused';
  }
}

async function fetchPrivate(user: User, url: string): Promise<Blob> {
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${await user.getIdToken()}` },
    cache: 'no-store',
    credentials: 'omit',
  });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const reason = typeof body === 'object' && body !== null && 'reason' in body ? body.reason : null;
    throw new DownloadRefused(
      typeof reason === 'string' && Object.hasOwn(DOWNLOAD_REFUSALS, reason)
        ? (reason as DownloadRefusal)
        : 'unavailable',
    );
  }
  return response.blob();
}

/** A photo's thumbnail or original, asked of files-download with the user's ID token. */
export function fetchPhoto(user: User, propertyId: string, photoId: string, variant: PhotoVariant): Promise<Blob> {
  return fetchPrivate(user, privateFileUrl({ kind: 'property-photo', propertyId, photoId, variant }));
}

/** A property document's bytes, asked of files-download with the user's ID token. */
export function fetchPropertyDocument(user: User, propertyId: string, documentId: string): Promise<Blob> {
  return fetchPrivate(user, privateFileUrl({ kind: 'property-document', propertyId, documentId }, { inline: true }));
}
