import { CONTACT_DOCUMENT_TYPES, type ContactDocumentType } from '../contacts/contact-document.schema';

/**
 * What a file's first bytes say it is. The content type an upload declares is only a claim; the
 * upload check (files-onFileUploaded) and the browser before sending compare it with these bytes.
 * Office formats are told apart by family: Word and Excel 97 share the OLE2 header, docx and xlsx are
 * ZIP packages whose parts come later in the file; OpenDocument names its type in its first entry.
 */
export type FileSignature =
  'pdf' | 'jpeg' | 'png' | 'webp' | 'heic' | 'ole2' | 'ooxml' | 'opendocument-text' | 'opendocument-spreadsheet';

/** How many leading bytes `fileSignature` needs (an OpenDocument type string ends before byte 100). */
export const FILE_SIGNATURE_BYTES = 128;

/**
 * The private files' allow-list: each accepted content type and the signature its bytes must carry.
 * No SVG (a script-carrying format), no HTML, nothing a browser would run. storage.rules keep the same
 * content types (privateFileTypes) and firestore.rules the same for the records.
 */
export const PRIVATE_FILE_SIGNATURES: Readonly<Record<ContactDocumentType, FileSignature>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/msword': 'ole2',
  'application/vnd.ms-excel': 'ole2',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'ooxml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'ooxml',
  'application/vnd.oasis.opendocument.text': 'opendocument-text',
  'application/vnd.oasis.opendocument.spreadsheet': 'opendocument-spreadsheet',
};

/** The content types a private file may have (today the client documents' list). */
export const PRIVATE_FILE_TYPES: readonly ContactDocumentType[] = CONTACT_DOCUMENT_TYPES;

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const ODF_TEXT = 'application/vnd.oasis.opendocument.text';
const ODF_SPREADSHEET = 'application/vnd.oasis.opendocument.spreadsheet';

function startsWith(bytes: Uint8Array, expected: readonly number[], at = 0): boolean {
  if (bytes.length < at + expected.length) return false;
  return expected.every((byte, index) => bytes[at + index] === byte);
}

function ascii(bytes: Uint8Array, from: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(from, from + length));
}

/** The signature of a file from its first bytes (at least `FILE_SIGNATURE_BYTES` when it has them), or null. */
export function fileSignature(bytes: Uint8Array): FileSignature | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 4) === 'ftyp' && HEIC_BRANDS.has(ascii(bytes, 8, 4))) return 'heic';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // OpenDocument: the first entry is `mimetype`, stored uncompressed, its content right after the
    // 30-byte local header and the 8-byte name.
    if (ascii(bytes, 30, 8) === 'mimetype') {
      const declared = ascii(bytes, 38, ODF_SPREADSHEET.length);
      if (declared === ODF_SPREADSHEET) return 'opendocument-spreadsheet';
      if (declared.startsWith(ODF_TEXT)) return 'opendocument-text';
      return null;
    }
    return 'ooxml';
  }
  return null;
}

export type FileTypeCheck =
  { ok: true } | { ok: false; reason: 'type-not-allowed' | 'content-mismatch'; found: FileSignature | null };

/** Whether a file declared as `contentType` is of an allowed type and its bytes are of that type. */
export function checkFileType(contentType: string, head: Uint8Array): FileTypeCheck {
  const expected = (PRIVATE_FILE_SIGNATURES as Record<string, FileSignature | undefined>)[contentType];
  const found = fileSignature(head);
  if (!expected) return { ok: false, reason: 'type-not-allowed', found };
  return found === expected ? { ok: true } : { ok: false, reason: 'content-mismatch', found };
}
