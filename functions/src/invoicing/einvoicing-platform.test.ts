import { describe, expect, it } from 'vitest';
import { localPlatform } from './einvoicing-platform';

describe('the local e-invoicing platform', () => {
  it('accepts a PDF carrying its Factur-X XML, with a reference of its own', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /F (factur-x.xml) >> endobj', 'latin1');
    expect(await localPlatform.submit({ invoiceNumber: 'F-2026-000001', pdf })).toEqual({
      accepted: true,
      reference: 'LOCAL-F-2026-000001',
    });
  });

  it('rejects what is not an e-invoice, saying why', async () => {
    expect(await localPlatform.submit({ invoiceNumber: 'F-1', pdf: Buffer.from('%PDF-1.7\n') })).toEqual({
      accepted: false,
      reason: 'no Factur-X XML in the PDF',
    });
    expect(await localPlatform.submit({ invoiceNumber: 'F-1', pdf: Buffer.from('<xml/>') })).toEqual({
      accepted: false,
      reason: 'not a PDF',
    });
  });
});
