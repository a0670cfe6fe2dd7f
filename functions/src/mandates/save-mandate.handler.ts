import {
  contactFullName,
  paths,
  signatoryModel,
  type Mandate,
  type MandateSigner,
  type SaveMandateInput,
  type SaveMandateResult,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { contactConverter, converterOf } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { propertyConverter, readPipelineCollaborator } from '../pipeline/pipeline-store';
import { addressLine, mandateConverter, mandateEvent, withEvent } from './mandate-store';
import { mandatesLog } from './mandates.log';
import { runTransaction } from '../lib/transactions';

const signatoryConverter = converterOf(signatoryModel);

/**
 * Creates (`mandateId` null, under `requestId`, so a create sent twice makes one mandate) or edits a
 * draft mandate of a property. Its signers are the property's sellers and their file's other
 * signatories (`paths.signatories`), whose names and emails are copied as they are now; the property's
 * reference, title, address and agent too, for the register and the PDF. Only a draft is edited: once
 * sent, the mandate changes through amendments.
 */
export async function saveMandate(deps: Deps, caller: Caller, input: SaveMandateInput): Promise<SaveMandateResult> {
  const { db } = deps;
  const now = deps.now();
  const result = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const tenantId = actor.tenantId;
    const creating = input.mandateId === null;
    const ref = db.doc(paths.mandate(tenantId, input.mandateId ?? input.requestId)).withConverter(mandateConverter);
    const [propertySnapshot, existingSnapshot, tenant] = await Promise.all([
      tx.get(db.doc(paths.property(tenantId, input.propertyId)).withConverter(propertyConverter)),
      tx.get(ref),
      readTenant(db, tx, tenantId),
    ]);
    const existing = existingSnapshot.data();
    if (creating && existing) return { mandateId: existing.id, written: null };
    if (!creating && (!existing || existing.propertyId !== input.propertyId)) {
      throw new Refusal('not-found', 'This mandate does not exist.', 'mandate-not-found');
    }
    if (existing && existing.status !== 'draft') {
      throw new Refusal(
        'failed-precondition',
        'Only a draft mandate can be edited; change a sent one by an amendment.',
        'mandate-not-draft',
      );
    }
    const property = propertySnapshot.data();
    if (!property) throw new Refusal('not-found', 'This property does not exist.', 'property-not-found');
    if (property.dealType !== input.terms.dealType) {
      throw new Refusal('failed-precondition', "A mandate's deal type is its property's.", 'deal-type-mismatch');
    }
    for (const signer of input.signers) {
      if (!property.sellerContactIds.includes(signer.contactId)) {
        throw new Refusal(
          'failed-precondition',
          'A signer is not a seller of this property.',
          'seller-not-on-property',
        );
      }
    }
    const signers: MandateSigner[] = await Promise.all(
      input.signers.map(async (signer): Promise<MandateSigner> => {
        if (signer.signatoryId === null) {
          const contact = (
            await tx.get(db.doc(paths.contact(tenantId, signer.contactId)).withConverter(contactConverter))
          ).data();
          if (!contact)
            throw new Refusal('failed-precondition', 'A signer does not exist any more.', 'signer-not-found');
          return { ...signer, name: contactFullName(contact), email: contact.emails[0]?.address ?? '' };
        }
        const signatory = (
          await tx.get(
            db.doc(paths.signatory(tenantId, signer.contactId, signer.signatoryId)).withConverter(signatoryConverter),
          )
        ).data();
        if (!signatory)
          throw new Refusal('failed-precondition', 'A signer does not exist any more.', 'signer-not-found');
        return { ...signer, name: `${signatory.firstName} ${signatory.lastName}`.trim(), email: signatory.email };
      }),
    );
    const mandate: Mandate = {
      ...input.terms,
      id: ref.id,
      propertyId: property.id,
      propertyReference: property.reference,
      propertyTitle: property.title,
      propertyAddress: addressLine(property.address),
      agentUid: property.assignedAgentUid,
      signers,
      status: 'draft',
      registerNumber: null,
      sendAttempt: existing?.sendAttempt ?? 0,
      signatureRequestId: null,
      document: null,
      signedDocument: null,
      locale: tenant.locale,
      events: withEvent(existing?.events ?? [], mandateEvent(creating ? 'created' : 'edited', now, actor.uid)),
      createdBy: existing?.createdBy ?? actor.uid,
      sentBy: null,
      sendingAt: null,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      sentAt: null,
      signedAt: null,
      closedAt: null,
    };
    tx.set(ref, mandate);
    return { mandateId: ref.id, written: { tenantId, by: actor.uid } };
  });
  if (result.written)
    mandatesLog.mandateSaved(result.written.tenantId, result.mandateId, input.mandateId === null, result.written.by);
  return { mandateId: result.mandateId };
}
