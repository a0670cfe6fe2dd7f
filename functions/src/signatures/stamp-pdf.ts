import type { Locale, SignatureRequest } from '@estate/domain';
import { createHash } from 'node:crypto';
import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';

/**
 * pdf-lib, loaded by the first seal: every function is served from one bundle, and a module loaded at
 * its top slows every function's cold start (each emulated function's worker too) for the one that seals.
 */
const pdfLib = () => import('pdf-lib');

/** One signer as the stamp and the evidence page show them. */
export interface StampSigner {
  name: string;
  email: string;
  signedAt: Date;
  ip: string | null;
  userAgent: string | null;
  codeCheckedAt: Date;
  method: 'drawn' | 'typed';
  /** The signature image, a PNG. */
  image: Uint8Array;
}

export interface StampInput {
  requestId: string;
  title: string;
  locale: Locale;
  /** The PDF as sent, and its SHA-256 as the request recorded it. */
  original: Uint8Array;
  originalSha256: string;
  signers: StampSigner[];
  /** When the document is sealed; every date the files carry is this one, so a rerun gives the same bytes. */
  sealedAt: Date;
}

export interface StampOutput {
  /** The original with the signatures stamped on its last page: what was signed. */
  stamped: Uint8Array;
  stampedSha256: string;
  /** The stamped pages, then the evidence page(s), with the stamped PDF attached: what is kept and sent. */
  signed: Uint8Array;
  signedSha256: string;
}

/** The name of the stamped PDF attached inside the signed one. */
const STAMPED_ATTACHMENT_NAME = 'signed-document.pdf';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/**
 * Text the standard Helvetica font (WinAnsi) can draw: Latin-1 kept, Cyrillic transliterated
 * (ISO 9 style, as passports do), typographic quotes made plain, anything else a `?`. The evidence page
 * prints names this way; the request keeps them exactly.
 */
export function drawable(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    const lower = char.toLowerCase();
    if (code >= 0x20 && code <= 0x7e) out += char;
    else if (code >= 0xa0 && code <= 0xff) out += char;
    else if (CYRILLIC[lower] !== undefined) {
      const latin = CYRILLIC[lower];
      out += char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    } else if ('‘’'.includes(char)) out += "'";
    else if ('“”«»'.includes(char)) out += '"';
    else if ('–—'.includes(char)) out += '-';
    else if (char === '\n' || char === '\t') out += ' ';
    else out += '?';
  }
  return out;
}

const LABELS = {
  fr: {
    title: 'Preuve de signature électronique',
    document: 'Document',
    request: 'Demande',
    sent: 'SHA-256 du document envoyé',
    signed: 'SHA-256 du document signé',
    signedNote:
      'Le document signé est formé des pages 1 à {pages} de ce fichier ; il y est joint ({file}). Cette page de preuve n’en fait pas partie.',
    signer: 'Signataire',
    email: 'E-mail',
    signedAt: 'Signé le (UTC)',
    ip: 'Adresse IP',
    userAgent: 'Navigateur',
    code: 'Code à six chiffres envoyé à l’adresse e-mail, vérifié le (UTC)',
    method: 'Signature',
    drawn: 'tracée',
    typed: 'saisie',
    ipMissing: 'non fournie par la plateforme',
    userAgentMissing: 'non fourni par le navigateur',
  },
  en: {
    title: 'Evidence of electronic signature',
    document: 'Document',
    request: 'Request',
    sent: 'SHA-256 of the document as sent',
    signed: 'SHA-256 of the document as signed',
    signedNote:
      'The signed document is pages 1 to {pages} of this file; it is attached to it ({file}). This evidence page is not part of it.',
    signer: 'Signer',
    email: 'Email',
    signedAt: 'Signed at (UTC)',
    ip: 'IP address',
    userAgent: 'User agent',
    code: 'Six-digit code mailed to the email address, checked at (UTC)',
    method: 'Signature',
    drawn: 'drawn',
    typed: 'typed',
    ipMissing: 'not provided by the platform',
    userAgentMissing: 'not sent by the browser',
  },
} as const;

/** The evidence page speaks French for French requests, English otherwise (Helvetica draws no Cyrillic). */
function labelsFor(locale: Locale) {
  return locale === 'fr' ? LABELS.fr : LABELS.en;
}

function utc(date: Date): string {
  return date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, ' UTC');
}

/** Splits drawable text into lines no wider than `width` at `size`. */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const char of text) {
    if (font.widthOfTextAtSize(current + char, size) > width) {
      lines.push(current);
      current = char;
    } else current += char;
  }
  if (current) lines.push(current);
  return lines;
}

const MARGIN = 48;
const SIGNATURE_HEIGHT = 56;
const COLUMNS = 3;

/** Each signer's image and name in a block at the foot of the last page, three to a row. */
async function stampSignatures(doc: PDFDocument, signers: StampSigner[], font: PDFFont): Promise<void> {
  const { rgb } = await pdfLib();
  const pages = doc.getPages();
  const page = pages[pages.length - 1];
  if (!page) throw new Error('the document has no page');
  const { width } = page.getSize();
  const cell = (width - 2 * MARGIN) / COLUMNS;
  for (const [index, signer] of signers.entries()) {
    const column = index % COLUMNS;
    const row = Math.floor(index / COLUMNS);
    const x = MARGIN + column * cell;
    const y = MARGIN + row * (SIGNATURE_HEIGHT + 28);
    const image = await doc.embedPng(signer.image);
    const scale = Math.min((cell - 12) / image.width, SIGNATURE_HEIGHT / image.height);
    page.drawImage(image, { x, y: y + 16, width: image.width * scale, height: image.height * scale });
    page.drawLine({
      start: { x, y: y + 14 },
      end: { x: x + cell - 12, y: y + 14 },
      thickness: 0.5,
      color: rgb(0.4, 0.4, 0.4),
    });
    page.drawText(drawable(signer.name).slice(0, 40), { x, y: y + 4, size: 8, font });
    page.drawText(utc(signer.signedAt), { x, y: y - 6, size: 7, font, color: rgb(0.3, 0.3, 0.3) });
  }
}

/** Writes the evidence, adding pages as it fills them. */
class EvidenceWriter {
  private page: PDFPage;
  private y: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = doc.addPage([595.28, 841.89]);
    this.y = 841.89 - MARGIN;
  }

  line(text: string, options: { size?: number; bold?: boolean; gap?: number } = {}): void {
    const size = options.size ?? 9;
    const font = options.bold ? this.bold : this.font;
    for (const part of wrap(font, drawable(text), size, 595.28 - 2 * MARGIN)) {
      if (this.y < MARGIN) {
        this.page = this.doc.addPage([595.28, 841.89]);
        this.y = 841.89 - MARGIN;
      }
      this.page.drawText(part, { x: MARGIN, y: this.y, size, font });
      this.y -= size + 4;
    }
    this.y -= options.gap ?? 0;
  }
}

/**
 * Seals a fully signed request with pdf-lib. "As signed" is the stamped document (the original with
 * every signature on its last page), before the evidence is appended: a page cannot print the hash of
 * the file it belongs to. That stamped PDF is stored on its own and attached inside the signed PDF, so
 * anyone holding the signed file can extract it and check its hash against the evidence page.
 * Every date comes from `sealedAt`, so sealing twice gives the same bytes (a retried trigger stores
 * the same files).
 */
export async function stampSignedPdf(input: StampInput): Promise<StampOutput> {
  const labels = labelsFor(input.locale);
  const lib = await pdfLib();
  const doc = await lib.PDFDocument.load(input.original, { updateMetadata: false });
  const font = await doc.embedFont(lib.StandardFonts.Helvetica);
  await stampSignatures(doc, input.signers, font);
  doc.setModificationDate(input.sealedAt);
  const stamped = await doc.save({ useObjectStreams: false });
  const stampedSha256 = sha256Hex(stamped);
  const pageCount = doc.getPageCount();

  const sealed = await lib.PDFDocument.load(stamped, { updateMetadata: false });
  const regular = await sealed.embedFont(lib.StandardFonts.Helvetica);
  const bold = await sealed.embedFont(lib.StandardFonts.HelveticaBold);
  const writer = new EvidenceWriter(sealed, regular, bold);
  writer.line(labels.title, { size: 14, bold: true, gap: 8 });
  writer.line(`${labels.document}: ${input.title}`);
  writer.line(`${labels.request}: ${input.requestId}`, { gap: 6 });
  writer.line(`${labels.sent}:`, { bold: true });
  writer.line(input.originalSha256, { gap: 4 });
  writer.line(`${labels.signed}:`, { bold: true });
  writer.line(stampedSha256);
  writer.line(labels.signedNote.replace('{pages}', String(pageCount)).replace('{file}', STAMPED_ATTACHMENT_NAME), {
    size: 8,
    gap: 10,
  });
  for (const [index, signer] of input.signers.entries()) {
    writer.line(`${labels.signer} ${index + 1}: ${signer.name}`, { bold: true, size: 10 });
    writer.line(`${labels.email}: ${signer.email}`);
    writer.line(`${labels.signedAt}: ${utc(signer.signedAt)}`);
    // Said in words when missing: an evidence page does not leave a blank a reader could fill in.
    writer.line(`${labels.ip}: ${signer.ip ?? labels.ipMissing}`);
    writer.line(`${labels.userAgent}: ${signer.userAgent ?? labels.userAgentMissing}`);
    writer.line(`${labels.code}: ${utc(signer.codeCheckedAt)}`);
    writer.line(`${labels.method}: ${labels[signer.method]}`, { gap: 8 });
  }
  await sealed.attach(stamped, STAMPED_ATTACHMENT_NAME, {
    mimeType: 'application/pdf',
    description: labels.signed,
    creationDate: input.sealedAt,
    modificationDate: input.sealedAt,
  });
  sealed.setKeywords([`sha256-sent:${input.originalSha256}`, `sha256-signed:${stampedSha256}`]);
  sealed.setModificationDate(input.sealedAt);
  const signed = await sealed.save({ useObjectStreams: false });
  return { stamped, stampedSha256, signed, signedSha256: sha256Hex(signed) };
}

/** The signers of a fully signed request, in rank order, as the stamp needs them (images read apart). */
export function stampSigners(request: SignatureRequest, images: ReadonlyMap<string, Uint8Array>): StampSigner[] {
  return [...request.signers]
    .sort((a, b) => a.order - b.order)
    .map((signer) => {
      const evidence = signer.evidence;
      const image = images.get(signer.id);
      if (!evidence || !signer.signedAt || !image) throw new Error(`signer ${signer.id} has not signed`);
      return {
        name: signer.name,
        email: signer.email,
        signedAt: signer.signedAt,
        ip: evidence.ip,
        userAgent: evidence.userAgent,
        codeCheckedAt: evidence.codeCheckedAt,
        method: evidence.method,
        image,
      };
    });
}
