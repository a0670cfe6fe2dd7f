import { isCollaborator, paths, type MandateDocument } from '@estate/domain';
import type { FileAccessAnswer, PrivateFileAccess } from '../files/file-access';
import type { FileViewer } from '../files/file-viewer';
import { amendmentConverter, mandateConverter } from './mandate-store';

/**
 * Mandate and amendment PDFs are read as their records are (firestore.rules, mandates and amendments):
 * by the agency's collaborators, never by a client. Functions write them (no upload path is theirs:
 * storage.rules let nobody write under a mandate), so `uploaded` recognises none. A record naming a
 * file outside its own folders is answered as missing.
 */
function grant(file: MandateDocument | null, folders: string[]): FileAccessAnswer {
  if (!file || !folders.some((folder) => file.storagePath.startsWith(folder))) return { status: 'not-found' };
  return {
    status: 'granted',
    file: { storagePath: file.storagePath, fileName: file.fileName, contentType: 'application/pdf' },
  };
}

/**
 * Where a mandate's files may be: its own folder, and for the signed copy the folder of the signature
 * request it was sent in (the signatures capability stores the sealed PDF there).
 */
function foldersOf(
  tenantId: string,
  mandateId: string,
  pick: 'document' | 'signedDocument',
  signatureRequestId: string | null,
): string[] {
  const folders = [paths.mandateFile(tenantId, mandateId, '')];
  if (pick === 'signedDocument' && signatureRequestId) {
    folders.push(paths.signatureFile(tenantId, signatureRequestId, ''));
  }
  return folders;
}

const staffOnly = (viewer: FileViewer): viewer is Extract<FileViewer, { kind: 'staff' }> =>
  viewer.kind === 'staff' && isCollaborator(viewer.role);

function mandateAccess<K extends 'mandate' | 'mandate-signed'>(
  kind: K,
  pick: 'document' | 'signedDocument',
): PrivateFileAccess<K> {
  return {
    kind,
    async decide(db, viewer, ref) {
      if (!staffOnly(viewer)) return { status: 'not-allowed' };
      const mandate = (
        await db
          .doc(paths.mandate(viewer.tenantId, (ref as { mandateId: string }).mandateId))
          .withConverter(mandateConverter)
          .get()
      ).data();
      if (!mandate) return { status: 'not-found' };
      return grant(mandate[pick], foldersOf(viewer.tenantId, mandate.id, pick, mandate.signatureRequestId));
    },
    uploaded: () => null,
  };
}

function amendmentAccess<K extends 'amendment' | 'amendment-signed'>(
  kind: K,
  pick: 'document' | 'signedDocument',
): PrivateFileAccess<K> {
  return {
    kind,
    async decide(db, viewer, ref) {
      if (!staffOnly(viewer)) return { status: 'not-allowed' };
      const amendment = (
        await db
          .doc(paths.amendment(viewer.tenantId, (ref as { amendmentId: string }).amendmentId))
          .withConverter(amendmentConverter)
          .get()
      ).data();
      if (!amendment) return { status: 'not-found' };
      return grant(
        amendment[pick],
        foldersOf(viewer.tenantId, amendment.mandateId, pick, amendment.signatureRequestId),
      );
    },
    uploaded: () => null,
  };
}

export const mandateFileAccess = mandateAccess('mandate', 'document');
export const signedMandateFileAccess = mandateAccess('mandate-signed', 'signedDocument');
export const amendmentFileAccess = amendmentAccess('amendment', 'document');
export const signedAmendmentFileAccess = amendmentAccess('amendment-signed', 'signedDocument');
