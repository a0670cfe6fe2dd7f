import { describe, expect, it } from 'vitest';
import {
  CONTACT_DOCUMENT_MAX_BYTES,
  contactDocumentUploadSchema,
  isAllowedDocumentType,
  storageFileName,
} from './contact-document.schema';

const upload = { name: 'Pièce d’identité.pdf', category: 'identity', contentType: 'application/pdf', size: 1024 };

describe('contactDocumentUploadSchema', () => {
  it('accepts a PDF, an image and an office document up to 20 MB', () => {
    expect(contactDocumentUploadSchema.safeParse(upload).success).toBe(true);
    expect(contactDocumentUploadSchema.safeParse({ ...upload, contentType: 'image/jpeg' }).success).toBe(true);
    expect(
      contactDocumentUploadSchema.safeParse({
        ...upload,
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        size: CONTACT_DOCUMENT_MAX_BYTES,
      }).success,
    ).toBe(true);
  });

  it.each([
    ['a file over 20 MB', { size: CONTACT_DOCUMENT_MAX_BYTES + 1 }],
    ['an empty file', { size: 0 }],
    ['an executable', { contentType: 'application/x-msdownload' }],
    ['an HTML page', { contentType: 'text/html' }],
    ['an unknown category', { category: 'love-letters' }],
    ['no name', { name: '' }],
  ])('refuses %s', (_label, change) => {
    expect(contactDocumentUploadSchema.safeParse({ ...upload, ...change }).success).toBe(false);
  });

  it('tells allowed types apart', () => {
    expect(isAllowedDocumentType('image/png')).toBe(true);
    expect(isAllowedDocumentType('image/svg+xml')).toBe(false);
  });
});

describe('storageFileName', () => {
  it('keeps a safe, readable name', () => {
    expect(storageFileName('Pièce d’identité (recto).pdf')).toBe('Piece_d_identite_recto_.pdf');
    expect(storageFileName('../../etc/passwd')).toBe('etc_passwd');
    expect(storageFileName('***')).toBe('file');
    expect(storageFileName(`${'a'.repeat(200)}.pdf`)).toHaveLength(120);
  });
});
