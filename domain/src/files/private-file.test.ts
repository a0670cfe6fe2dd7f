import { describe, expect, it } from 'vitest';
import { contentDisposition, parsePrivateFilePath, privateFileUrl } from './private-file';

describe('privateFileUrl and parsePrivateFilePath', () => {
  const ref = { kind: 'contact-document', contactId: 'c1', documentId: 'd_2-x' } as const;

  it('build a same-origin address and read it back, through Hosting or on the function’s own URL', () => {
    expect(privateFileUrl(ref)).toBe('/files/contact-document/c1/d_2-x');
    expect(privateFileUrl(ref, { inline: true })).toBe('/files/contact-document/c1/d_2-x?inline=1');
    expect(parsePrivateFilePath('/files/contact-document/c1/d_2-x')).toEqual(ref);
    expect(parsePrivateFilePath('/contact-document/c1/d_2-x')).toEqual(ref);
  });

  it('read nothing from an unknown kind, missing or extra ids, or ids that are not document ids', () => {
    expect(parsePrivateFilePath('/files/invoice/c1/d1')).toBeNull();
    expect(parsePrivateFilePath('/files/contact-document/c1')).toBeNull();
    expect(parsePrivateFilePath('/files/contact-document/c1/d1/more')).toBeNull();
    expect(parsePrivateFilePath('/files/contact-document/c1/..%2F..%2Fsecrets')).toBeNull();
    expect(parsePrivateFilePath('/files/contact-document/c1/%E0%A4%A')).toBeNull();
    expect(parsePrivateFilePath('/files/__proto__/a/b')).toBeNull();
    expect(parsePrivateFilePath('/')).toBeNull();
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII name as it is', () => {
    expect(contentDisposition('passport.pdf', 'attachment')).toBe(
      `attachment; filename="passport.pdf"; filename*=UTF-8''passport.pdf`,
    );
  });

  it('encodes an accented or Cyrillic name per RFC 5987, with an ASCII fallback', () => {
    expect(contentDisposition('Pièce d’identité.pdf', 'inline')).toBe(
      `inline; filename="Piece d_identite.pdf"; filename*=UTF-8''Pi%C3%A8ce%20d%E2%80%99identit%C3%A9.pdf`,
    );
    expect(contentDisposition('паспорт.pdf', 'attachment')).toContain(
      `filename*=UTF-8''%D0%BF%D0%B0%D1%81%D0%BF%D0%BE%D1%80%D1%82.pdf`,
    );
  });

  it('never lets quotes, backslashes or line breaks into the header', () => {
    const header = contentDisposition('a"b\\c\r\nSet-Cookie: x.pdf', 'attachment');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain('filename="a_b_cSet-Cookie: x.pdf"');
    expect(header).toContain(`filename*=UTF-8''a%22b%5CcSet-Cookie%3A%20x.pdf`);
    expect(contentDisposition('', 'attachment')).toContain('filename="file"');
  });
});
