import { describe, expect, it } from 'vitest';
import { CONTACT_DOCUMENT_TYPES } from '../contacts/contact-document.schema';
import { checkFileType, fileSignature, PRIVATE_FILE_SIGNATURES, PRIVATE_FILE_TYPES } from './file-type';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

/** A ZIP whose first entry is `mimetype` holding `type`, as OpenDocument writes it. */
const openDocument = (type: string) => bytes([0x50, 0x4b, 0x03, 0x04], new Array<number>(26).fill(0), 'mimetype', type);

const SAMPLES = {
  pdf: bytes('%PDF-1.7\n'),
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'),
  png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'),
  webp: bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '),
  heic: bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'),
  ole2: bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
  ooxml: bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0], new Array<number>(22).fill(0), '[Content_Types].xml'),
  'opendocument-text': openDocument('application/vnd.oasis.opendocument.text'),
  'opendocument-spreadsheet': openDocument('application/vnd.oasis.opendocument.spreadsheet'),
} as const;

describe('fileSignature', () => {
  for (const [signature, sample] of Object.entries(SAMPLES)) {
    it(`reads ${signature} from its first bytes`, () => {
      expect(fileSignature(sample)).toBe(signature);
    });
  }

  it('knows no signature in HTML, SVG, a script, an unknown ZIP-free file or nothing at all', () => {
    expect(fileSignature(bytes('<!doctype html><script>alert(1)</script>'))).toBeNull();
    expect(fileSignature(bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toBeNull();
    expect(fileSignature(bytes('#!/bin/sh\n'))).toBeNull();
    expect(fileSignature(bytes('GIF89a'))).toBeNull();
    expect(fileSignature(new Uint8Array())).toBeNull();
  });

  it('does not take a truncated header or a video ftyp for an image', () => {
    expect(fileSignature(bytes([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(fileSignature(bytes([0, 0, 0, 0x18], 'ftypisom'))).toBeNull();
    expect(fileSignature(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBeNull();
    expect(fileSignature(openDocument('application/epub+zip'))).toBeNull();
  });
});

describe('checkFileType', () => {
  it('gives every accepted content type a signature, and accepts exactly the contact documents’ list', () => {
    expect([...PRIVATE_FILE_TYPES].sort()).toEqual([...CONTACT_DOCUMENT_TYPES].sort());
    expect(Object.keys(PRIVATE_FILE_SIGNATURES).sort()).toEqual([...CONTACT_DOCUMENT_TYPES].sort());
  });

  it('accepts a file whose bytes are what it declares', () => {
    for (const [type, signature] of Object.entries(PRIVATE_FILE_SIGNATURES)) {
      expect(checkFileType(type, SAMPLES[signature])).toEqual({ ok: true });
    }
  });

  it('refuses a file whose bytes are not what it declares', () => {
    expect(checkFileType('application/pdf', SAMPLES.png)).toEqual({
      ok: false,
      reason: 'content-mismatch',
      found: 'png',
    });
    expect(checkFileType('image/png', bytes('<html>'))).toEqual({ ok: false, reason: 'content-mismatch', found: null });
    expect(checkFileType('application/vnd.oasis.opendocument.text', SAMPLES['opendocument-spreadsheet'])).toMatchObject(
      {
        ok: false,
      },
    );
  });

  it('refuses SVG, HTML and any type off the list, whatever the bytes', () => {
    expect(checkFileType('image/svg+xml', bytes('<svg/>'))).toEqual({
      ok: false,
      reason: 'type-not-allowed',
      found: null,
    });
    expect(checkFileType('text/html', SAMPLES.pdf)).toEqual({ ok: false, reason: 'type-not-allowed', found: 'pdf' });
    expect(checkFileType('', SAMPLES.pdf)).toMatchObject({ ok: false, reason: 'type-not-allowed' });
  });
});
