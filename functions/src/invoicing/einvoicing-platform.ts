/**
 * France's e-invoicing reform has businesses exchange their invoices through an approved platform
 * ("plateforme agréée"). Every platform is reached through this interface; which one a deployment
 * uses is configuration (`readEInvoicingPlatform`). The only one here is the local platform, which the
 * emulator and the tests run: it checks what a platform checks first (a PDF carrying its Factur-X XML)
 * and answers with a reference of its own.
 */
export interface EInvoicingPlatform {
  /** The platform's name, as the invoice records it. */
  readonly name: string;
  submit(document: { invoiceNumber: string; pdf: Buffer }): Promise<PlatformAnswer>;
}

type PlatformAnswer = { accepted: true; reference: string } | { accepted: false; reason: string };

export const localPlatform: EInvoicingPlatform = {
  name: 'local',
  async submit({ invoiceNumber, pdf }) {
    const text = pdf.toString('latin1');
    if (!text.startsWith('%PDF-')) return { accepted: false, reason: 'not a PDF' };
    if (!text.includes('factur-x.xml')) return { accepted: false, reason: 'no Factur-X XML in the PDF' };
    return { accepted: true, reference: `LOCAL-${invoiceNumber}` };
  },
};
