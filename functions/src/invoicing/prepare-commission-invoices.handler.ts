import {
  agentInvoicingModel,
  agentLineVat,
  agentParty,
  commissionAgentModel,
  commissionInvoiceId,
  commissionLines,
  commissionSettingsModel,
  dealModel,
  draftState,
  paths,
  planOfAgent,
  previousPayoutPeriod,
  PAYOUT_RHYTHMS,
  UnreadableDocument,
  type Invoice,
  type PayoutPeriod,
  type PayoutRhythm,
} from '@estate/domain';
import { FieldPath, type Firestore, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { converterOf, decodeData } from '../lib/converters';
import { readMember, readTenant } from '../lib/staff';
import { runTransaction } from '../lib/transactions';
import { dealRef, dealsOnInvoice } from '../deals/deal-store';
import { invoiceRef, invoicingSettingsRef, storedTotals } from './invoice-store';
import { invoicingLog } from './invoicing.log';

const DEALS_COLLECTION = 'deals';
const DEAL_PATH = /^tenants\/([^/]+)\/deals\/([^/]+)$/;
/** Deals read per query, the collected deals not invoiced yet of every tenant page by page. */
const PREPARE_PAGE_SIZE = 200;
/**
 * How far before a period's end the run looks for collected deals not invoiced yet: a deal recorded
 * late, or left over by a rhythm change or a deleted draft, goes on the next invoice within a year.
 */
const LOOKBACK_DAYS = 366;
const DAY_MS = 86_400_000;

const settingsConverter = converterOf(commissionSettingsModel);
const agentConverter = converterOf(commissionAgentModel);
const identityConverter = converterOf(agentInvoicingModel);

const dayOf = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const sameLines = (a: Invoice['lines'], b: Invoice['lines']) => JSON.stringify(a) === JSON.stringify(b);

export type PrepareOutcome = 'prepared' | 'refreshed' | 'unchanged' | 'validated' | 'other-rhythm' | 'not-configured';

/**
 * One agent's draft commission invoice for a period: a line per deal of theirs whose fees were collected
 * before the period ended and that is on no commission invoice yet (`candidateIds`, checked again here),
 * the agent's part of its split, issued in their name to the agency (self-billing). Each deal it takes is
 * stamped with the invoice (`commissionInvoiceId`), so no other invoice takes it again. Made once per
 * agent and period; while a draft, a later run adds the deals recorded since; once validated, it is left
 * alone and the deals collected late wait for the next period's. Agents paid at another rhythm are not
 * invoiced in this one.
 */
export async function prepareAgentInvoice(
  db: Firestore,
  tenantId: string,
  uid: string,
  rhythm: PayoutRhythm,
  period: PayoutPeriod,
  candidateIds: readonly string[],
  now: Date,
): Promise<PrepareOutcome> {
  return runTransaction(db, async (tx) => {
    const ref = invoiceRef(db, tenantId, commissionInvoiceId(uid, period.key));
    const periodEnd = dayOf(period.end);
    const [existing, settings, agent, identity, agency, tenant, member, stamped, candidates] = await Promise.all([
      tx.get(ref).then((snapshot) => snapshot.data()),
      tx.get(db.doc(paths.commissionSettings(tenantId)).withConverter(settingsConverter)).then((s) => s.data() ?? null),
      tx.get(db.doc(paths.commissionAgent(tenantId, uid)).withConverter(agentConverter)).then((s) => s.data() ?? null),
      tx
        .get(db.doc(paths.agentInvoicing(tenantId, uid)).withConverter(identityConverter))
        .then((s) => s.data() ?? null),
      tx.get(invoicingSettingsRef(db, tenantId)).then((snapshot) => snapshot.data() ?? null),
      readTenant(db, tx, tenantId),
      readMember(db, tx, tenantId, uid),
      tx.get(dealsOnInvoice(db, tenantId, ref.id)).then((snapshot) => snapshot.docs.map((doc) => doc.data())),
      candidateIds.length === 0
        ? []
        : tx
            .getAll(...candidateIds.map((id) => dealRef(db, tenantId, id)))
            .then((snapshots) => snapshots.flatMap((snapshot) => snapshot.data() ?? [])),
    ]);
    if (existing && existing.status !== 'draft') return 'validated';
    const { plan } = planOfAgent(settings?.plans ?? null, settings?.defaultPlanId ?? null, agent?.planId ?? null);
    if (plan.payout !== rhythm) return 'other-rhythm';
    if (!agency) return 'not-configured';
    const agencyIssuer = agency.issuer;
    const added = candidates.filter(
      (deal) =>
        deal.agentUid === uid &&
        deal.commissionInvoiceId === null &&
        deal.collectedAt !== null &&
        deal.collectedAt < periodEnd &&
        commissionLines([deal], agentLineVat(identity)).length > 0,
    );
    const lines = commissionLines([...stamped, ...added], agentLineVat(identity));
    if (lines.length === 0) return 'unchanged';
    if (existing && added.length === 0 && sameLines(existing.lines, lines)) return 'unchanged';
    // Until the agent gives their identity, the draft names them with the agency's address; validation
    // needs the identity and takes it.
    const issuer = identity
      ? agentParty(identity)
      : { ...agencyIssuer, name: member.displayName || member.email, siren: null, vatNumber: null, mentions: [] };
    const invoice: Invoice = {
      ...draftState(existing?.createdAt ?? now, 'invoicing-prepareCommissionInvoices'),
      id: ref.id,
      kind: 'commission',
      issuerId: uid,
      issuer,
      customer: agencyIssuer,
      selfBilled: true,
      currency: tenant.currency,
      lines,
      totals: storedTotals(lines),
      // The agency pays the agent: its own bank details have no place on the agent's invoice.
      terms: { ...agency.terms, iban: '', bic: '' },
      dealId: null,
      customerContactId: null,
      corrects: null,
      updatedAt: now,
    };
    tx.set(ref, invoice);
    for (const deal of added)
      tx.set(dealRef(db, tenantId, deal.id), { ...deal, commissionInvoiceId: ref.id, updatedAt: now });
    return existing ? 'refreshed' : 'prepared';
  });
}

/**
 * `invoicing-prepareCommissionInvoices`: for each rhythm, the period before `now` (last ISO week,
 * last month) and the deals of every tenant whose fees were collected before its end (within
 * `LOOKBACK_DAYS`) and that are on no commission invoice yet, read page by page; one draft per agent of
 * that rhythm (`prepareAgentInvoice`). Idempotent: a run again changes nothing.
 */
export async function prepareCommissionInvoices(
  deps: { db: Firestore },
  now: Date,
  pageSize = PREPARE_PAGE_SIZE,
): Promise<Record<PrepareOutcome, number>> {
  const { db } = deps;
  const counts: Record<PrepareOutcome, number> = {
    prepared: 0,
    refreshed: 0,
    unchanged: 0,
    validated: 0,
    'other-rhythm': 0,
    'not-configured': 0,
  };
  for (const rhythm of PAYOUT_RHYTHMS) {
    const period = previousPayoutPeriod(rhythm, now);
    const end = dayOf(period.end);
    const collected = db
      .collectionGroup(DEALS_COLLECTION)
      .where('commissionInvoiceId', '==', null)
      .where('collectedAt', '>=', new Date(end.getTime() - LOOKBACK_DAYS * DAY_MS))
      .where('collectedAt', '<', end)
      .orderBy('collectedAt')
      .orderBy(FieldPath.documentId())
      .limit(pageSize);
    const byAgent = new Map<string, { tenantId: string; uid: string; dealIds: string[] }>();
    let last: QueryDocumentSnapshot | null = null;
    for (;;) {
      const page = await (last === null ? collected : collected.startAfter(last)).get();
      for (const doc of page.docs) {
        const tenantId = DEAL_PATH.exec(doc.ref.path)?.[1];
        const read = decodeData(dealModel, doc.data());
        if (!tenantId) continue;
        if (!read.ok) {
          invoicingLog.unreadable(doc.ref.path, new UnreadableDocument(doc.ref.path, dealModel.kind, read.issues));
          continue;
        }
        const key = `${tenantId}/${read.value.agentUid}`;
        const group = byAgent.get(key) ?? { tenantId, uid: read.value.agentUid, dealIds: [] };
        group.dealIds.push(read.value.id);
        byAgent.set(key, group);
      }
      last = page.docs.at(-1) ?? null;
      if (page.size < pageSize || last === null) break;
    }
    for (const { tenantId, uid, dealIds } of byAgent.values()) {
      let outcome: PrepareOutcome;
      try {
        outcome = await prepareAgentInvoice(db, tenantId, uid, rhythm, period, dealIds, now);
      } catch (error) {
        // One agent's trouble (a member gone, a tenant unreadable) never keeps the others' invoices back.
        invoicingLog.commissionDraftSkipped(tenantId, uid, error instanceof Error ? error.message : String(error));
        continue;
      }
      counts[outcome] += 1;
      if (outcome === 'prepared' || outcome === 'refreshed') {
        invoicingLog.commissionDraftPrepared(tenantId, commissionInvoiceId(uid, period.key), dealIds.length);
      } else if (outcome === 'not-configured') {
        invoicingLog.commissionDraftSkipped(tenantId, uid, outcome);
      }
    }
  }
  return counts;
}
