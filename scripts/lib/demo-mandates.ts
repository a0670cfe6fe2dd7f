// The demo agency's mandates: a draft, a signed mandate numbered in the register, a declined one that
// keeps its line, each PDF rendered as the functions render it and stored in the Storage emulator.
import {
  contactFullName,
  formatRegisterNumber,
  mandateEndDate,
  mandateModel,
  mandateCounterModel,
  paths,
  registerLineId,
  registerLineModel,
  signatureRequestIdFor,
  signatureRequestModel,
  type AgencyLegal,
  type Contact,
  type DecodableModel,
  type Mandate,
  type ModelType,
  type Property,
  type RegisterLine,
  tenantModel,
} from '@estate/domain';
import type { DocumentReference, Firestore } from 'firebase-admin/firestore';
import { converterOf } from '../../functions/src/lib/converters';
import { projectId } from '../../tests/support/emulator-env';
import { bucketDocumentStore } from '../../functions/src/mandates/mandate-store';
import { renderMandatePdf } from '../../functions/src/mandates/mandate-pdf';
import { mandatePdfTitle } from '../../functions/src/mandates/mandate-pdf.copy';
import { newSignatureRequest, storeRendered } from '../../functions/src/mandates/send-document';

/** What the demo agency prints on its mandates (fictitious numbers). */
export const DEMO_AGENCY_LEGAL: AgencyLegal = {
  professionalCardNumber: 'CPI 1310 2024 000 000 042',
  cardIssuedBy: 'CCI Aix-Marseille-Provence',
  guarantor: 'Galian Assurances, 89 rue La Boétie, 75008 Paris',
  guaranteeAmount: 120000,
  insurer: 'MMA IARD, contrat RCP 114 220 987',
  mediator: 'Médiation de la consommation immobilière, www.mediation-immo.test',
};

const DAY = 86_400_000;

async function put<M extends DecodableModel>(
  db: Firestore,
  model: M,
  path: string,
  value: ModelType<M>,
): Promise<void> {
  const ref = db.doc(path).withConverter(converterOf(model)) as DocumentReference<ModelType<M>>;
  await ref.set(model.schema.parse(value) as ModelType<M>);
}

export async function seedDemoMandates(
  db: Firestore,
  args: { tenantId: string; properties: Property[]; contacts: Contact[]; now: Date },
): Promise<void> {
  const { now } = args;
  const t = args.tenantId;
  const tenant = (await db.doc(paths.tenant(t)).withConverter(converterOf(tenantModel)).get()).data();
  if (!tenant) return;
  // Sellers with an email: a mandate sent for signature needs one for each signer.
  const withEmail = new Set(args.contacts.filter((contact) => contact.emails.length > 0).map((contact) => contact.id));
  const sales = args.properties.filter(
    (property) => property.dealType === 'sale' && withEmail.has(property.sellerContactIds[0] ?? ''),
  );
  const files = bucketDocumentStore(`${projectId}.appspot.com`);
  const plans: Array<{ status: 'draft' | 'signed' | 'declined'; kind: Mandate['kind'] }> = [
    { status: 'signed', kind: 'exclusive' },
    { status: 'declined', kind: 'simple' },
    { status: 'draft', kind: 'semi-exclusive' },
  ];
  let number = 0;
  for (const [index, plan] of plans.entries()) {
    const closed = plan.status === 'signed' ? ('signed' as const) : ('declined' as const);
    const property = sales[index];
    if (!property) break;
    const seller = args.contacts.find((contact) => contact.id === property.sellerContactIds[0]);
    if (!seller) continue;
    const id = `demo-mandate-${index + 1}`;
    const sentAt = new Date(now.getTime() - (20 - index * 5) * DAY);
    const startDate = new Date(Date.UTC(sentAt.getUTCFullYear(), sentAt.getUTCMonth(), sentAt.getUTCDate()));
    const registerNumber = plan.status === 'draft' ? null : ++number;
    const mandate: Mandate = {
      kind: plan.kind,
      dealType: 'sale',
      price: property.price,
      fees: { amount: Math.round(property.price * 0.05), paidBy: 'mandator' },
      durationMonths: 3,
      startDate,
      delegationConsent: index === 0,
      signedAtDistance: true,
      id,
      propertyId: property.id,
      propertyReference: property.reference,
      propertyTitle: property.title,
      propertyAddress: [property.address.postalCode, property.address.city].filter(Boolean).join(' '),
      agentUid: property.assignedAgentUid,
      signers: [
        {
          contactId: seller.id,
          signatoryId: null,
          name: contactFullName(seller),
          email: seller.emails[0]?.address ?? '',
        },
      ],
      status: plan.status,
      registerNumber,
      sendAttempt: registerNumber === null ? 0 : 1,
      signatureRequestId: registerNumber === null ? null : signatureRequestIdFor('mandate', id, 1),
      document: null,
      signedDocument: null,
      locale: tenant.locale,
      events: [
        { type: 'created', at: sentAt, by: property.assignedAgentUid, amendmentId: null, detail: '' },
        ...(registerNumber === null
          ? []
          : [
              {
                type: 'numbered' as const,
                at: sentAt,
                by: 'system',
                amendmentId: null,
                detail: formatRegisterNumber(registerNumber),
              },
              { type: 'sent' as const, at: sentAt, by: 'system', amendmentId: null, detail: '' },
              {
                type: closed,
                at: new Date(sentAt.getTime() + 2 * DAY),
                by: 'system',
                amendmentId: null,
                detail: '',
              },
            ]),
      ],
      createdBy: property.assignedAgentUid,
      sentBy: registerNumber === null ? null : property.assignedAgentUid,
      sendingAt: registerNumber === null ? null : sentAt,
      createdAt: sentAt,
      updatedAt: sentAt,
      sentAt: registerNumber === null ? null : sentAt,
      signedAt: plan.status === 'signed' ? new Date(sentAt.getTime() + 2 * DAY) : null,
      closedAt: plan.status === 'declined' ? new Date(sentAt.getTime() + 2 * DAY) : null,
    };
    if (registerNumber !== null) {
      const pdf = await renderMandatePdf({
        brand: {
          agencyName: tenant.name,
          company: tenant.company,
          legal: tenant.legal,
          branding: tenant.branding,
          locale: tenant.locale,
        },
        currency: tenant.currency,
        mandate,
      });
      const title = mandatePdfTitle(tenant.locale, mandate);
      mandate.document = await storeRendered(
        files,
        pdf,
        (file) => paths.mandateFile(t, id, file),
        `mandate-${formatRegisterNumber(registerNumber)}-1`,
        `${title}.pdf`,
      );
      // The demo has no signing ceremony: the signed copy is the document as sent.
      if (plan.status === 'signed') mandate.signedDocument = mandate.document;
      const request = newSignatureRequest({
        tenantId: t,
        requestId: signatureRequestIdFor('mandate', id, 1),
        subject: { kind: 'mandate', id, propertyId: property.id, title },
        document: mandate.document,
        signers: mandate.signers,
        locale: tenant.locale,
        requestedBy: property.assignedAgentUid,
        now: sentAt,
      });
      const closedAt = new Date(sentAt.getTime() + 2 * DAY);
      await put(db, signatureRequestModel, paths.signatureRequest(t, request.id), {
        ...request,
        status: plan.status === 'signed' ? 'signed' : 'declined',
        signers: request.signers.map((signer) => ({
          ...signer,
          status: closed,
          invitedAt: sentAt,
          signedAt: plan.status === 'signed' ? closedAt : null,
          declinedAt: plan.status === 'declined' ? closedAt : null,
        })),
        signedDocument: mandate.signedDocument,
        closedAt,
        updatedAt: closedAt,
      });
      const line: RegisterLine = {
        number: registerNumber,
        mandateId: id,
        propertyId: property.id,
        propertyReference: property.reference,
        propertyAddress: mandate.propertyAddress,
        kind: mandate.kind,
        dealType: mandate.dealType,
        mandators: mandate.signers.map((signer) => signer.name),
        agentUid: mandate.agentUid,
        price: mandate.price,
        feesAmount: mandate.fees.amount,
        feesPaidBy: mandate.fees.paidBy,
        startDate,
        endDate: mandateEndDate(startDate, mandate.durationMonths),
        status: plan.status === 'signed' ? 'signed' : 'declined',
        registeredAt: sentAt,
        signedAt: mandate.signedAt,
        closedAt: mandate.closedAt,
        observations: [],
        updatedAt: closedAt,
      };
      await put(db, registerLineModel, paths.mandateRegisterLine(t, registerLineId(registerNumber)), line);
    }
    await put(db, mandateModel, paths.mandate(t, id), mandate);
  }
  await put(db, mandateCounterModel, paths.mandateCounter(t), { last: number });
}
