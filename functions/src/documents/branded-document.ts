import { Document, Font, Image, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import type { Branding, Company, AgencyLegal, Locale } from '@estate/domain';
import { createRequire } from 'node:module';
import { createElement as h, type ReactElement, type ReactNode } from 'react';

/**
 * The agency's branded page layout for every document the functions render (mandates and their
 * amendments today, appraisals next): the logo and colours of the tenant's branding, its company and
 * legal mentions in the footer of every page, page numbers, in DejaVu Sans so Cyrillic names print.
 */
const DOCUMENT_FONT = 'DejaVu Sans';

let fontsRegistered = false;
function registerFonts(): void {
  if (fontsRegistered) return;
  // The fonts ship in a registry package next to the bundle (functions/dist/package.json lists it).
  const require = createRequire(import.meta.url);
  Font.register({
    family: DOCUMENT_FONT,
    fonts: [
      { src: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), fontWeight: 'normal' },
      { src: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'), fontWeight: 'bold' },
    ],
  });
  // Words are wrapped whole: the default hyphenation knows English only.
  Font.registerHyphenationCallback((word) => [word]);
  fontsRegistered = true;
}

export interface DocumentBrand {
  agencyName: string;
  company: Company;
  legal: AgencyLegal;
  branding: Branding;
  locale: Locale;
}

const FOOTER_COPY: Record<Locale, { card: string; guarantee: string; insurer: string; page: string }> = {
  fr: { card: 'Carte professionnelle', guarantee: 'Garantie financière', insurer: 'RCP', page: 'Page' },
  ru: {
    card: 'Профессиональная карта',
    guarantee: 'Финансовая гарантия',
    insurer: 'Страхование ответственности',
    page: 'Стр.',
  },
  en: { card: 'Professional card', guarantee: 'Financial guarantee', insurer: 'Liability insurance', page: 'Page' },
};

/** react-pdf draws PNG and JPEG; a WebP logo is left out rather than failing the document. */
function drawableLogo(logo: string | null): string | null {
  return logo && /^data:image\/(png|jpeg);base64,/.test(logo) ? logo : null;
}

export function documentStyles(brand: DocumentBrand) {
  return StyleSheet.create({
    page: {
      fontFamily: DOCUMENT_FONT,
      fontSize: 9.5,
      paddingTop: 36,
      paddingBottom: 64,
      paddingHorizontal: 40,
      lineHeight: 1.4,
    },
    header: {
      flexDirection: 'row',
      justifyContent: 'space-between',
      alignItems: 'center',
      borderBottomWidth: 2,
      borderBottomColor: brand.branding.primaryColor,
      paddingBottom: 8,
      marginBottom: 14,
    },
    logo: { width: 56, height: 56, objectFit: 'contain' },
    agency: { fontSize: 13, fontWeight: 'bold', color: brand.branding.primaryColor },
    agencyLine: { fontSize: 8, color: '#444444' },
    title: { fontSize: 15, fontWeight: 'bold', color: brand.branding.primaryColor, marginBottom: 4 },
    subtitle: { fontSize: 10, color: '#333333', marginBottom: 12 },
    section: { marginBottom: 10 },
    heading: {
      fontSize: 10.5,
      fontWeight: 'bold',
      color: brand.branding.primaryColor,
      marginBottom: 4,
      borderBottomWidth: 0.5,
      borderBottomColor: brand.branding.accentColor,
    },
    row: { flexDirection: 'row', marginBottom: 2 },
    label: { width: '38%', color: '#555555' },
    value: { width: '62%' },
    paragraph: { marginBottom: 4, textAlign: 'justify' },
    /** "En caractères très apparents" (décret n° 72-678, art. 78): bold, larger, framed in the brand colour. */
    apparent: {
      fontSize: 11.5,
      fontWeight: 'bold',
      borderWidth: 2,
      borderColor: brand.branding.accentColor,
      padding: 8,
      marginVertical: 6,
    },
    footer: {
      position: 'absolute',
      bottom: 20,
      left: 40,
      right: 40,
      fontSize: 7,
      color: '#555555',
      borderTopWidth: 0.5,
      borderTopColor: brand.branding.primaryColor,
      paddingTop: 4,
    },
    signatureBox: { borderWidth: 0.5, borderColor: '#999999', height: 64, marginTop: 4, padding: 4, fontSize: 8 },
  });
}

function footerLines(brand: DocumentBrand): string[] {
  const copy = FOOTER_COPY[brand.locale];
  const { company, legal } = brand;
  const first = [
    company.legalName || brand.agencyName,
    company.address,
    company.registrationNumber && `SIRET ${company.registrationNumber}`,
    company.vatNumber,
  ]
    .filter(Boolean)
    .join(' · ');
  const second = [
    legal.professionalCardNumber &&
      `${copy.card} ${legal.professionalCardNumber}${legal.cardIssuedBy ? ` (${legal.cardIssuedBy})` : ''}`,
    legal.guarantor &&
      `${copy.guarantee}: ${legal.guarantor}${legal.guaranteeAmount > 0 ? ` (${legal.guaranteeAmount})` : ''}`,
    legal.insurer && `${copy.insurer}: ${legal.insurer}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return [first, second].filter((lineText) => lineText !== '');
}

/** A page of the agency's document: header with logo and name, footer with its mentions and the page number. */
export function BrandedPage(props: { brand: DocumentBrand; children?: ReactNode; reference?: string }): ReactElement {
  const { brand } = props;
  const styles = documentStyles(brand);
  const logo = drawableLogo(brand.branding.logoDataUrl);
  const copy = FOOTER_COPY[brand.locale];
  return h(
    Page,
    { size: 'A4', style: styles.page, wrap: true },
    h(
      View,
      { style: styles.header, fixed: true },
      h(
        View,
        null,
        h(Text, { style: styles.agency }, brand.company.legalName || brand.agencyName),
        brand.company.address ? h(Text, { style: styles.agencyLine }, brand.company.address) : null,
        [brand.company.phone, brand.company.email].filter(Boolean).length > 0
          ? h(
              Text,
              { style: styles.agencyLine },
              [brand.company.phone, brand.company.email].filter(Boolean).join(' · '),
            )
          : null,
      ),
      logo ? h(Image, { style: styles.logo, src: logo }) : null,
    ),
    props.children,
    h(
      View,
      { style: styles.footer, fixed: true },
      ...footerLines(brand).map((text, index) => h(Text, { key: index }, text)),
      h(Text, {
        render: ({ pageNumber, totalPages }: { pageNumber: number; totalPages: number }) =>
          `${props.reference ? `${props.reference} · ` : ''}${copy.page} ${pageNumber} / ${totalPages}`,
      }),
    ),
  );
}

/** Renders a document of branded pages to PDF bytes. `title` goes into the PDF's metadata. */
export async function renderBrandedDocument(
  title: string,
  brand: DocumentBrand,
  pages: ReactElement[],
  options: { conformance?: 'PDF/A-3b' } = {},
): Promise<Buffer> {
  registerFonts();
  const document = h(
    Document,
    {
      title,
      author: brand.company.legalName || brand.agencyName,
      language: brand.locale,
      creator: brand.agencyName,
      // Invoices are PDF/A-3 (lower-case b: react-pdf ignores 'PDF/A-3B'), the base of Factur-X.
      ...(options.conformance ? { conformance: options.conformance } : {}),
    },
    ...pages,
  );
  return renderToBuffer(document);
}
