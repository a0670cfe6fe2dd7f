import { PDFDocument, PDFName, PDFString } from 'pdf-lib';

/**
 * Turns the PDF/A-3 of an invoice (rendered with `conformance: 'PDF/A-3b'`: embedded fonts and an sRGB
 * output intent) into a Factur-X invoice: the CII XML attached as `factur-x.xml` with the relationship
 * Factur-X requires, and XMP metadata declaring PDF/A-3 and the Factur-X EN 16931 profile.
 */
export interface FacturXMeta {
  title: string;
  author: string;
  subject: string;
  at: Date;
}

const FACTURX_NAMESPACE = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';
const FILE_NAME = 'factur-x.xml';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function extensionProperty(name: string, description: string): string {
  return `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${name}</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>${description}</pdfaProperty:description></rdf:li>`;
}

function xmp(meta: FacturXMeta & { producer: string }): string {
  const date = meta.at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>3</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:format>application/pdf</dc:format><dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escape(meta.title)}</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>${escape(meta.author)}</rdf:li></rdf:Seq></dc:creator><dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escape(meta.subject)}</rdf:li></rdf:Alt></dc:description></rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Producer>${escape(meta.producer)}</pdf:Producer></rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreatorTool>${escape(meta.author)}</xmp:CreatorTool><xmp:CreateDate>${date}</xmp:CreateDate><xmp:ModifyDate>${date}</xmp:ModifyDate><xmp:MetadataDate>${date}</xmp:MetadataDate></rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#"><pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource"><pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema><pdfaSchema:namespaceURI>${FACTURX_NAMESPACE}</pdfaSchema:namespaceURI><pdfaSchema:prefix>fx</pdfaSchema:prefix><pdfaSchema:property><rdf:Seq>${extensionProperty('DocumentFileName', 'The name of the embedded XML document')}${extensionProperty('DocumentType', 'The type of the hybrid document in capital letters, e.g. INVOICE or ORDER')}${extensionProperty('Version', 'The actual version of the standard applying to the embedded XML document')}${extensionProperty('ConformanceLevel', 'The conformance level of the embedded XML document')}</rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>
<rdf:Description rdf:about="" xmlns:fx="${FACTURX_NAMESPACE}"><fx:DocumentType>INVOICE</fx:DocumentType><fx:DocumentFileName>${FILE_NAME}</fx:DocumentFileName><fx:Version>1.0</fx:Version><fx:ConformanceLevel>EN 16931</fx:ConformanceLevel></rdf:Description>
</rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
}

export async function embedFacturX(pdf: Uint8Array, xml: string, meta: FacturXMeta): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  if (!document.catalog.has(PDFName.of('OutputIntents'))) {
    throw new Error("the invoice's PDF was not rendered as PDF/A-3 (no output intent)");
  }
  const context = document.context;
  const bytes = new TextEncoder().encode(xml);
  const file = context.register(
    context.flateStream(bytes, {
      Type: 'EmbeddedFile',
      Subtype: 'text/xml',
      Params: { Size: bytes.length, ModDate: PDFString.fromDate(meta.at) },
    }),
  );
  // The names as ASCII literals: pdf-lib's attach() writes UTF-16, which some readers (poppler) cannot find.
  const specification = context.register(
    context.obj({
      Type: 'Filespec',
      F: PDFString.of(FILE_NAME),
      UF: PDFString.of(FILE_NAME),
      EF: { F: file, UF: file },
      Desc: PDFString.of('Factur-X invoice'),
      AFRelationship: PDFName.of('Alternative'),
    }),
  );
  document.catalog.set(
    PDFName.of('Names'),
    context.obj({ EmbeddedFiles: { Names: [PDFString.of(FILE_NAME), specification] } }),
  );
  document.catalog.set(PDFName.of('AF'), context.obj([specification]));

  // PDF/A wants the document information and the XMP to say the same things.
  const producer = 'pdf-lib';
  document.setTitle(meta.title);
  document.setAuthor(meta.author);
  document.setSubject(meta.subject);
  document.setCreator(meta.author);
  document.setProducer(producer);
  document.setCreationDate(meta.at);
  document.setModificationDate(meta.at);
  // react-pdf's own XMP neither escapes its values nor declares Factur-X: replaced, as UTF-8 bytes.
  const previous = document.catalog.get(PDFName.of('Metadata'));
  if (previous) context.delete(previous as never);
  const metadata = context.stream(new TextEncoder().encode(xmp({ ...meta, producer })), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  document.catalog.set(PDFName.of('Metadata'), context.register(metadata));
  return document.save({ useObjectStreams: false });
}
