import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFPage } from 'pdf-lib';
import { inflateSync } from 'node:zlib';

function streamBytes(stream: unknown): Uint8Array {
  if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode();
  throw new Error('unexpected content stream');
}

/**
 * The text drawn on a page by pdf-lib with a standard font (`<hex> Tj` operators), one string per
 * drawn line, to read an evidence page back.
 */
function pageText(page: PDFPage): string[] {
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  const lines: string[] = [];
  for (const stream of streams) {
    let bytes = streamBytes(stream);
    // Some streams arrive still deflated when their filter is named indirectly.
    if (bytes[0] === 0x78) bytes = inflateSync(bytes);
    const text = Buffer.from(bytes).toString('latin1');
    for (const match of text.matchAll(/<([0-9A-Fa-f]*)> Tj/g)) {
      lines.push(Buffer.from(match[1] ?? '', 'hex').toString('latin1'));
    }
  }
  return lines;
}

/** Every line of text on the pages after the first `skip`. */
export async function textAfterPage(pdf: Uint8Array, skip: number): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  return doc.getPages().slice(skip).flatMap(pageText);
}

/** A small PDF of `pages` pages, as a document owner would send. */
export async function samplePdf(title = 'Mandat de vente', pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let index = 0; index < pages; index += 1) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(`${title} - page ${index + 1}`, { x: 48, y: 780, size: 14 });
  }
  return doc.save();
}

/** A 2×1 PNG, opaque black and transparent: a stand-in signature. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGNgYGD4z8DAwMAAAAUAAXpeqz8AAAAASUVORK5CYII=',
  'base64',
);
