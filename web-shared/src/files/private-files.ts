import { DOWNLOAD_REFUSALS, privateFileUrl, type DownloadRefusal, type PrivateFileRef } from '@estate/domain';
import type { User } from 'firebase/auth';

/** files-download refused the file: `reason` says why (its HTTP status is DOWNLOAD_REFUSALS[reason]). */
export class DownloadRefused extends Error {
  constructor(readonly reason: DownloadRefusal | 'unavailable') {
    super(`download refused: ${reason}`);
    this.name = 'DownloadRefused';
  }
}

function refusalOfReply(body: unknown): DownloadRefusal | 'unavailable' {
  const reason = typeof body === 'object' && body !== null && 'reason' in body ? body.reason : null;
  return typeof reason === 'string' && Object.hasOwn(DOWNLOAD_REFUSALS, reason)
    ? (reason as DownloadRefusal)
    : 'unavailable';
}

/**
 * A private file's bytes, asked of files-download (same origin, a Hosting rewrite) with the user's ID
 * token: access is decided at each request, so no address that outlives it is ever stored or shown.
 * No Storage SDK is loaded for it.
 */
export async function fetchPrivateFile(
  user: User,
  ref: PrivateFileRef,
  options: { inline?: boolean } = {},
): Promise<Blob> {
  const response = await fetch(privateFileUrl(ref, options), {
    headers: { Authorization: `Bearer ${await user.getIdToken()}` },
    cache: 'no-store',
    credentials: 'omit',
  });
  if (!response.ok) throw new DownloadRefused(refusalOfReply(await response.json().catch(() => null)));
  return response.blob();
}
