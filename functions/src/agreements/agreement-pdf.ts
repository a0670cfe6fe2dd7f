import { Text, View } from '@react-pdf/renderer';
import { templateBlocks } from '@estate/domain';
import { createElement as h, type ReactElement } from 'react';
import { BrandedPage, documentStyles, renderBrandedDocument, type DocumentBrand } from '../documents/branded-document';

/** What an agreement's PDF prints: its title and the template's text with every placeholder filled. */
export interface AgreementPdfInput {
  brand: DocumentBrand;
  title: string;
  /** Printed in each page's footer (the unit and the kind). */
  reference: string;
  text: string;
}

function agreementPage(input: AgreementPdfInput): ReactElement {
  const styles = documentStyles(input.brand);
  const blocks = templateBlocks(input.text);
  return h(
    BrandedPage,
    { brand: input.brand, reference: input.reference },
    ...blocks.map((block, index) =>
      block.kind === 'heading'
        ? h(
            View,
            { key: index, style: index === 0 ? {} : styles.section, wrap: false, minPresenceAhead: 40 },
            h(Text, { style: index === 0 ? styles.title : styles.heading }, block.text),
          )
        : h(Text, { key: index, style: styles.paragraph }, block.text),
    ),
  );
}

/** Renders a generated agreement in the developer's branding, with its title in the PDF's metadata. */
export function renderAgreementPdf(input: AgreementPdfInput): Promise<Buffer> {
  return renderBrandedDocument(input.title, input.brand, [agreementPage(input)]);
}
