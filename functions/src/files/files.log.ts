import { logLine } from '../lib/log';

/** The log lines of files: who was refused what (never a file name: it may name the person). */
export const filesLog = {
  downloadRefused: (reason: string, fields: { tenantId?: string; uid?: string; kind?: string }) =>
    logLine.info('file download refused', { reason, ...fields }),
  downloadFailed: (error: unknown) =>
    logLine.error('file download failed', { error: error instanceof Error ? error.message : String(error) }),
  uploadRejected: (storagePath: string, reason: string, recordRemoved: boolean) =>
    logLine.warn('uploaded file rejected and deleted', { storagePath, reason, recordRemoved }),
  uploadUnknownPath: (storagePath: string) => logLine.warn('upload outside every private file kind', { storagePath }),
  documentDeleted: (tenantId: string, contactId: string, documentId: string, by: string) =>
    logLine.info('contact document deleted', { tenantId, contactId, documentId, by }),
  propertyDocumentDeleted: (tenantId: string, propertyId: string, documentId: string, by: string) =>
    logLine.info('property document deleted', { tenantId, propertyId, documentId, by }),
};
