import { contentDisposition, DOWNLOAD_REFUSALS, parsePrivateFilePath, type DownloadRefusal } from '@estate/domain';
import type { Readable } from 'node:stream';
import type { Deps } from '../lib/deps';
import { jsonReply, type HttpReply } from '../lib/http-reply';
import { decideFileAccess } from './file-access.kinds';
import type { FileStore } from './file-store';
import { identifyViewer } from './file-viewer';
import { filesLog } from './files.log';

export interface DownloadRequest {
  method: string;
  path: string;
  authorization: string;
  inline: boolean;
}

/** A granted download: the headers, and the file's bytes opened only once everything is decided. */
export interface FileStream {
  status: 200;
  headers: Record<string, string>;
  open(): Readable;
}

const MESSAGES: Record<DownloadRefusal, string> = {
  'no-token': 'Sign in to open this file (Authorization: Bearer <Firebase ID token>).',
  'invalid-token': 'Your session is not valid or has expired; sign in again.',
  'token-revoked': 'Your session was ended (access changed or account disabled); sign in again.',
  'not-a-member': 'You are not a member of this agency.',
  'member-not-active': 'Your access to this agency is not active.',
  'role-changed': 'Your role changed since you signed in; sign in again.',
  'client-space-not-active': 'Your client space is not active.',
  'not-allowed': 'You may not open this file.',
  'bad-path': 'No such file.',
  'file-not-found': 'This file no longer exists.',
  'method-not-allowed': 'Files are only downloaded (GET).',
};

/** No answer about a private file is ever cached, by the browser or anything on the way. */
const PRIVATE = { 'Cache-Control': 'no-store' };

function refuse(reason: DownloadRefusal, fields: Parameters<typeof filesLog.downloadRefused>[1] = {}): HttpReply {
  filesLog.downloadRefused(reason, fields);
  const status = DOWNLOAD_REFUSALS[reason];
  const headers: Record<string, string> = { ...PRIVATE };
  if (status === 401) headers['WWW-Authenticate'] = 'Bearer';
  if (status === 405) headers.Allow = 'GET';
  return jsonReply(status, { error: MESSAGES[reason], reason }, headers);
}

/**
 * Serves a private file after deciding, from today's documents, that the caller may read it: the ID
 * token is verified with its revocation, the caller's member document (or client space) must still
 * grant the role the token claims, and the file's kind decides from its record as the rules would.
 */
export async function downloadFile(
  deps: Pick<Deps, 'db' | 'auth'> & { files: FileStore },
  request: DownloadRequest,
): Promise<HttpReply | FileStream> {
  if (request.method !== 'GET') return refuse('method-not-allowed');
  const identified = await identifyViewer(deps, request.authorization);
  if ('refusal' in identified) return refuse(identified.refusal);
  const { viewer } = identified;
  const who = { tenantId: viewer.tenantId, uid: viewer.uid };
  const ref = parsePrivateFilePath(request.path);
  if (!ref) return refuse('bad-path', who);
  const access = await decideFileAccess(deps.db, viewer, ref);
  if (access.status === 'not-allowed') return refuse('not-allowed', { ...who, kind: ref.kind });
  if (access.status === 'not-found') return refuse('file-not-found', { ...who, kind: ref.kind });
  const stored = await deps.files.stat(access.file.storagePath);
  if (!stored) return refuse('file-not-found', { ...who, kind: ref.kind });
  return {
    status: 200,
    headers: {
      ...PRIVATE,
      'Content-Type': access.file.contentType,
      'Content-Length': String(stored.size),
      'Content-Disposition': contentDisposition(access.file.fileName, request.inline ? 'inline' : 'attachment'),
      // Shown inline, a file is a document of its own origin: it may run nothing and load nothing.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
    },
    open: () => deps.files.open(access.file.storagePath),
  };
}
