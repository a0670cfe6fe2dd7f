import {
  applyAmendment,
  describeAmendment,
  mandateEndDate,
  mandateSignedAuthor,
  paths,
  propertyModel,
  registerLineId,
  statusOnMandateSigned,
  SYSTEM_AUTHOR_UID,
  UnreadableDocument,
  type MandateDocument,
  type MandateEventType,
  type Property,
  type SignatureRequest,
} from '@estate/domain';
import type { DocumentSnapshot, Firestore } from 'firebase-admin/firestore';
import { readModel, toStored } from '../lib/converters';
import { readTenant } from '../lib/staff';
import { propertiesLog } from '../properties/properties.log';
import { moveStatus } from '../properties/property-store';
import {
  amendmentConverter,
  mandateConverter,
  mandateEvent,
  registerLineConverter,
  SYSTEM,
  withEvent,
} from './mandate-store';
import { mandatesLog } from './mandates.log';
import { runTransaction } from '../lib/transactions';

/** A property as the properties capability stores it; one that does not read is left as it is, logged. */
function readProperty(snapshot: DocumentSnapshot): Property | null {
  try {
    return readModel(propertyModel, snapshot);
  } catch (error) {
    if (!(error instanceof UnreadableDocument)) throw error;
    mandatesLog.unreadable(error.path, error);
    return null;
  }
}

export type ClosedOutcome = 'applied' | 'unchanged';

type ClosedStatus = Exclude<SignatureRequest['status'], 'pending'>;

function signedCopy(request: SignatureRequest): MandateDocument | null {
  return request.signedDocument ? { ...request.signedDocument } : null;
}

/**
 * `mandates-onSignatureRequestWritten`: a request about a mandate or an amendment closed (`signed`,
 * `declined`, `expired`, `cancelled`). In one transaction the mandate (or amendment) takes that
 * status, its history a line, and: a mandate's register line is marked so (never removed); a signed
 * mandate puts its property `under-mandate` when it was in estimation, online or offline
 * (`statusOnMandateSigned`), by the rules of `properties-changeStatus` (`moveStatus`: the status and a
 * `status-change` history entry naming the sellers, authored by the system); a signed
 * amendment changes its mandate's price, duration or fees and adds an observation to the register
 * line. Only the request the document last sent is followed, and only once: a document no longer
 * `sent` is left as it is, so a replayed or late event changes nothing.
 */
export async function applyClosedRequest(
  deps: { db: Firestore; now: () => Date },
  tenantId: string,
  request: SignatureRequest,
): Promise<ClosedOutcome> {
  // Offers follow their own requests (offers-onSignatureRequestWritten).
  if (request.status === 'pending' || request.subject.kind === 'offer') return 'unchanged';
  const status: ClosedStatus = request.status;
  if (request.subject.kind === 'mandate') return applyToMandate(deps, tenantId, request, status);
  return applyToAmendment(deps, tenantId, request, status);
}

async function applyToMandate(
  deps: { db: Firestore; now: () => Date },
  tenantId: string,
  request: SignatureRequest,
  status: ClosedStatus,
): Promise<ClosedOutcome> {
  const { db } = deps;
  const outcome = await runTransaction(db, async (tx) => {
    const ref = db.doc(paths.mandate(tenantId, request.subject.id)).withConverter(mandateConverter);
    const mandate = (await tx.get(ref)).data();
    if (
      !mandate ||
      mandate.status !== 'sent' ||
      mandate.signatureRequestId !== request.id ||
      mandate.registerNumber === null
    ) {
      return 'unchanged' as const;
    }
    const lineRef = db
      .doc(paths.mandateRegisterLine(tenantId, registerLineId(mandate.registerNumber)))
      .withConverter(registerLineConverter);
    const propertyRef = db.doc(paths.property(tenantId, mandate.propertyId));
    const [lineSnapshot, propertySnapshot] = await Promise.all([tx.get(lineRef), tx.get(propertyRef)]);
    const line = lineSnapshot.data();
    const now = deps.now();
    const signed = status === 'signed';
    const property = signed ? readProperty(propertySnapshot) : null;
    const propertyTo = property ? statusOnMandateSigned(property.status) : null;
    // Every read before the first write: the tenant's language names the status in the history.
    const tenant = property && propertyTo ? await readTenant(db, tx, tenantId) : null;
    tx.update(
      ref,
      toStored({
        status,
        signedDocument: signed ? signedCopy(request) : null,
        signedAt: signed ? (request.closedAt ?? now) : null,
        closedAt: signed ? null : (request.closedAt ?? now),
        updatedAt: now,
        events: withEvent(mandate.events, mandateEvent(status as MandateEventType, now, SYSTEM, request.id)),
      }),
    );
    if (line) {
      tx.update(
        lineRef,
        toStored({
          status,
          signedAt: signed ? (request.closedAt ?? now) : null,
          closedAt: signed ? null : (request.closedAt ?? now),
          updatedAt: now,
        }),
      );
    }
    const moved =
      property && propertyTo && tenant
        ? moveStatus(db, tx, {
            author: {
              tenantId,
              uid: SYSTEM_AUTHOR_UID,
              name: mandateSignedAuthor(tenant.locale, mandate.registerNumber),
            },
            locale: tenant.locale,
            property,
            to: propertyTo,
            now,
          })
        : false;
    const movedTo =
      moved && property && propertyTo ? { propertyId: property.id, from: property.status, to: propertyTo } : null;
    return { moved: movedTo };
  });
  if (outcome === 'unchanged') return outcome;
  mandatesLog.requestClosed(tenantId, 'mandate', request.subject.id, request.id, status);
  if (outcome.moved) {
    const { propertyId, from, to } = outcome.moved;
    propertiesLog.statusChanged(tenantId, propertyId, from, to, SYSTEM_AUTHOR_UID);
  }
  return 'applied';
}

async function applyToAmendment(
  deps: { db: Firestore; now: () => Date },
  tenantId: string,
  request: SignatureRequest,
  status: ClosedStatus,
): Promise<ClosedOutcome> {
  const { db } = deps;
  const outcome = await runTransaction(db, async (tx) => {
    const amendmentRef = db.doc(paths.amendment(tenantId, request.subject.id)).withConverter(amendmentConverter);
    const amendment = (await tx.get(amendmentRef)).data();
    if (!amendment || amendment.status !== 'sent' || amendment.signatureRequestId !== request.id)
      return 'unchanged' as const;
    const mandateRef = db.doc(paths.mandate(tenantId, amendment.mandateId)).withConverter(mandateConverter);
    const mandate = (await tx.get(mandateRef)).data();
    if (!mandate) return 'unchanged' as const;
    const lineRef =
      mandate.registerNumber === null
        ? null
        : db
            .doc(paths.mandateRegisterLine(tenantId, registerLineId(mandate.registerNumber)))
            .withConverter(registerLineConverter);
    const line = lineRef ? (await tx.get(lineRef)).data() : undefined;
    const now = deps.now();
    const signed = status === 'signed';
    tx.update(
      amendmentRef,
      toStored({
        status,
        signedDocument: signed ? signedCopy(request) : null,
        signedAt: signed ? (request.closedAt ?? now) : null,
        closedAt: signed ? null : (request.closedAt ?? now),
        updatedAt: now,
      }),
    );
    const detail = describeAmendment(amendment.before, amendment.changes);
    const event = mandateEvent(
      `amendment-${status}` as MandateEventType,
      now,
      SYSTEM,
      signed ? detail : request.id,
      amendment.id,
    );
    if (!signed) {
      tx.update(mandateRef, toStored({ updatedAt: now, events: withEvent(mandate.events, event) }));
      return 'applied' as const;
    }
    const terms = applyAmendment(mandate, amendment.changes);
    tx.update(mandateRef, toStored({ ...terms, updatedAt: now, events: withEvent(mandate.events, event) }));
    if (lineRef && line) {
      tx.update(
        lineRef,
        toStored({
          price: terms.price,
          feesAmount: terms.fees.amount,
          feesPaidBy: terms.fees.paidBy,
          endDate: mandateEndDate(mandate.startDate, terms.durationMonths),
          observations: [...line.observations, `#${amendment.sequence}: ${detail}`].slice(-100),
          updatedAt: now,
        }),
      );
    }
    return 'applied' as const;
  });
  if (outcome === 'applied') mandatesLog.requestClosed(tenantId, 'amendment', request.subject.id, request.id, status);
  return outcome;
}
