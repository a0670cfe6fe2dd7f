import {
  agreementIdOf,
  agreementTemplateModel,
  agreementValues,
  bookingTermsModel,
  buildingModel,
  contactFullName,
  contactModel,
  DEFAULT_AGREEMENT_TEMPLATES,
  developerSignatoryModel,
  fillTemplate,
  formatPhone,
  paths,
  powerCovers,
  projectModel,
  unitModel,
  type Agreement,
  type AgreementKind,
  type FilledTemplate,
  type GenerateAgreementInput,
} from '@estate/domain';
import { randomBytes } from 'node:crypto';
import type { FileStore } from '../files/file-store';
import type { Caller } from '../lib/caller';
import { readModel } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { agreementRef, readDeveloperStaff } from './agreement-store';
import { agreementsLog } from './agreements.log';
import { runTransaction } from '../lib/transactions';

/** Why a template could not be filled: its own placeholders, or what the deal lacks. */
function fillingRefusal(failed: Extract<FilledTemplate, { ok: false }>): Refusal {
  if (failed.unknown.length > 0 || failed.unclosed) {
    return new Refusal(
      'failed-precondition',
      'The template of this agreement has placeholders that do not exist.',
      'template-invalid',
      { unknown: failed.unknown, unclosed: failed.unclosed },
    );
  }
  return new Refusal(
    'failed-precondition',
    `The deal lacks what the template needs: ${failed.missing.join(', ')}.`,
    'values-missing',
    { missing: failed.missing },
  );
}

const KIND_FILE_NAMES: Record<AgreementKind, string> = { ddu: 'DDU', dkp: 'DKP', dupt: 'DUPT' };

/**
 * Generates the agreement of one kind for a paid booking, signed by a signatory whose power of attorney
 * covers today: fills the tenant's template (or the default), renders the PDF and keeps it privately.
 * One agreement per booking and kind: generating again while it is a draft renders it again in place
 * (another signatory, a corrected template); once sent to the bank it is refused.
 */
export async function generateAgreement(
  deps: Deps & { files: FileStore },
  caller: Caller,
  input: GenerateAgreementInput,
): Promise<{ agreementId: string; created: boolean }> {
  const { db } = deps;
  const now = deps.now();
  const agreementId = agreementIdOf(input.bookingId, input.kind);

  const read = await runTransaction(db, async (tx) => {
    const { actor, tenant } = await readDeveloperStaff(db, tx, caller);
    const tenantId = actor.tenantId;
    const booking = readModel(bookingTermsModel, await tx.get(db.doc(paths.bookingTerms(tenantId, input.bookingId))));
    if (!booking) throw new Refusal('not-found', 'This booking does not exist.', 'booking-not-found');
    if (booking.status !== 'paid') {
      throw new Refusal('failed-precondition', 'An agreement is made once the booking is paid.', 'booking-not-paid', {
        status: booking.status,
      });
    }
    const [unitSnapshot, contactSnapshot, signatorySnapshot, templateSnapshot, existingSnapshot] = await Promise.all([
      tx.get(db.doc(paths.unit(tenantId, booking.unitId))),
      tx.get(db.doc(paths.contact(tenantId, booking.contactId))),
      tx.get(db.doc(paths.developerSignatory(tenantId, input.signatoryId))),
      tx.get(db.doc(paths.agreementTemplate(tenantId, input.kind))),
      tx.get(agreementRef(db, tenantId, agreementId)),
    ]);
    const unit = readModel(unitModel, unitSnapshot);
    if (!unit) throw new Refusal('not-found', 'The unit of this booking does not exist.', 'unit-not-found');
    const contact = readModel(contactModel, contactSnapshot);
    if (!contact) throw new Refusal('not-found', 'The client of this booking does not exist.', 'contact-not-found');
    const signatory = readModel(developerSignatoryModel, signatorySnapshot);
    if (!signatory) throw new Refusal('not-found', 'This signatory does not exist.', 'signatory-not-found');
    if (!powerCovers(signatory.power, now)) {
      const early = now.getTime() < signatory.power.issuedOn.getTime();
      throw new Refusal(
        'failed-precondition',
        early
          ? `The power of attorney of ${signatory.name} is not valid yet.`
          : `The power of attorney of ${signatory.name} has expired.`,
        early ? 'power-not-yet-valid' : 'power-expired',
        {
          signatoryName: signatory.name,
          powerNumber: signatory.power.number,
          issuedOn: signatory.power.issuedOn.toISOString(),
          validUntil: signatory.power.validUntil.toISOString(),
        },
      );
    }
    const existing = existingSnapshot.data() ?? null;
    if (existing && existing.status !== 'draft') {
      throw new Refusal(
        'failed-precondition',
        'This agreement has left the draft stage; it is not generated again.',
        'agreement-not-draft',
        { status: existing.status },
      );
    }
    const [projectSnapshot, buildingSnapshot] = await Promise.all([
      tx.get(db.doc(paths.project(tenantId, unit.projectId))),
      tx.get(db.doc(paths.building(tenantId, unit.buildingId))),
    ]);
    const project = readModel(projectModel, projectSnapshot);
    const building = readModel(buildingModel, buildingSnapshot);
    if (!project || !building) {
      throw new Refusal('not-found', 'The project of this unit does not exist.', 'unit-not-found');
    }
    const template = readModel(agreementTemplateModel, templateSnapshot) ?? DEFAULT_AGREEMENT_TEMPLATES[input.kind];
    const values = agreementValues({
      locale: tenant.locale,
      currency: tenant.currency,
      date: now,
      developer: {
        name: tenant.company.legalName || tenant.name,
        address: tenant.company.address,
        registrationNumber: tenant.company.registrationNumber,
      },
      booking,
      client: {
        fullName: contactFullName(contact),
        email: contact.emails[0]?.address ?? '',
        phone: contact.phones[0] ? formatPhone(contact.phones[0].number) : '',
      },
      unit,
      project,
      building,
      signatory,
    });
    const filledTitle = fillTemplate(template.title, values);
    if (!filledTitle.ok) throw fillingRefusal(filledTitle);
    const filled = fillTemplate(template.body, values);
    if (!filled.ok) throw fillingRefusal(filled);
    return {
      tenantId,
      actor,
      brand: {
        agencyName: tenant.name,
        company: tenant.company,
        legal: tenant.legal,
        branding: tenant.branding,
        locale: tenant.locale,
      },
      title: filledTitle.text,
      text: filled.text,
      booking,
      signatory,
    };
  });

  const { renderAgreementPdf } = await import('./agreement-pdf');
  const bytes = await renderAgreementPdf({
    brand: read.brand,
    title: read.title,
    reference: `${read.title} · ${read.booking.unitNumber}`,
    text: read.text,
  });
  const renderId = randomBytes(8).toString('hex');
  const storagePath = paths.agreementFile(read.tenantId, agreementId, renderId);
  await deps.files.write(storagePath, bytes, 'application/pdf');

  let replaced: string | null = null;
  let created = false;
  try {
    await runTransaction(db, async (tx) => {
      const ref = agreementRef(db, read.tenantId, agreementId);
      const existing = (await tx.get(ref)).data() ?? null;
      if (existing && existing.status !== 'draft') {
        throw new Refusal(
          'failed-precondition',
          'This agreement has left the draft stage; it is not generated again.',
          'agreement-not-draft',
          { status: existing.status },
        );
      }
      const { booking, signatory, actor } = read;
      const agreement: Agreement = {
        id: agreementId,
        kind: input.kind,
        title: read.title,
        bookingId: input.bookingId,
        unitId: booking.unitId,
        projectId: booking.projectId,
        unitNumber: booking.unitNumber,
        contactId: booking.contactId,
        contactName: booking.contactName,
        price: booking.price,
        signatory: {
          id: signatory.id,
          name: signatory.name,
          position: signatory.position,
          powerNumber: signatory.power.number,
          powerValidUntil: signatory.power.validUntil,
        },
        status: 'draft',
        steps: [{ status: 'draft', at: now, by: actor.uid, byName: actor.member.displayName }],
        document: {
          storagePath,
          fileName: `${KIND_FILE_NAMES[input.kind]}-${booking.unitNumber}.pdf`.replace(/[^\w.-]+/g, '_'),
          size: bytes.length,
        },
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      tx.set(ref, agreement);
      replaced = existing?.document.storagePath ?? null;
      created = existing === null;
    });
  } catch (error) {
    await deps.files.remove(storagePath);
    throw error;
  }
  if (replaced !== null && replaced !== storagePath) await deps.files.remove(replaced);
  agreementsLog.generated(read.tenantId, agreementId, created, bytes.length, read.actor.uid);
  return { agreementId, created };
}
