import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { drawable, sha256Hex, stampSignedPdf, type StampInput } from './stamp-pdf';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGNgYGD4z8DAwMAAAAUAAXpeqz8AAAAASUVORK5CYII=',
  'base64',
);
const at = new Date('2026-12-06T10:00:00Z');

async function input(): Promise<StampInput> {
  const doc = await PDFDocument.create();
  doc.addPage().drawText('Mandat');
  doc.addPage().drawText('Page 2');
  const original = await doc.save();
  const signer = {
    email: 'a@example.com',
    signedAt: at,
    ip: '203.0.113.7',
    userAgent: 'Mozilla/5.0',
    codeCheckedAt: at,
    method: 'drawn' as const,
    image: PNG,
  };
  return {
    requestId: 'r1',
    title: 'Mandat de vente n° 42',
    locale: 'fr',
    original,
    originalSha256: sha256Hex(original),
    signers: [
      { ...signer, name: 'Claire Martin' },
      { ...signer, name: 'Иван Петров', method: 'typed' },
    ],
    sealedAt: at,
  };
}

describe('stampSignedPdf', () => {
  it('keeps the stamped pages, appends the evidence and records both hashes', async () => {
    const given = await input();
    const output = await stampSignedPdf(given);
    expect(output.stampedSha256).toBe(sha256Hex(output.stamped));
    expect(output.signedSha256).toBe(sha256Hex(output.signed));
    const stamped = await PDFDocument.load(output.stamped);
    const signed = await PDFDocument.load(output.signed);
    expect(stamped.getPageCount()).toBe(2);
    expect(signed.getPageCount()).toBe(3);
    expect(signed.getKeywords()).toBe(`sha256-sent:${given.originalSha256} sha256-signed:${output.stampedSha256}`);
  });

  it('gives the same bytes when sealed again, so a retried trigger stores the same files', async () => {
    const given = await input();
    const [first, second] = [await stampSignedPdf(given), await stampSignedPdf(given)];
    expect(second.signedSha256).toBe(first.signedSha256);
  });

  it('draws Cyrillic names transliterated and unknown characters as ?', () => {
    expect(drawable('Иван Петров')).toBe('Ivan Petrov');
    expect(drawable('Zoë “Ö” 你')).toBe('Zoë "Ö" ?');
  });
});
