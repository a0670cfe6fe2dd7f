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
  type Deal,
  type Invoice,
  type PayoutPeriod,
  type PayoutRhythm,
} from '@estate/domain';
import { FieldPath, type Firestore, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { converterOf, decodeData } from '../lib/converters';
import { readMember, readTenant } from '../lib/staff';
import { runTransaction } from '../lib/transactions';
import { invoiceRef, invoicingSettingsRef, storedTotals } from './invoice-store';
import { invoicingLog } from './invoicing.log';

const DEALS_COLLECTION = 'deals';
const DEAL_PATH = /^tenants\/([^/]+)\/deals\/([^/]+)$/;
/** Deals read per query, the period's collected deals of every tenant page by page. */
const PREPARE_PAGE_SIZE = 200;

const settingsConverter = converterOf(commissionSettingsModel);
const agentConverter = converterOf(commissionAgentModel);
const identityConverter = converterOf(agentInvoicingModel);

const dayOf = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const sameLines = (a: Invoice['lines'], b: Invoice['lines']) => JSON.stringify(a) === JSON.stringify(b);

export type PrepareOutcome = 'prepared' | 'refreshed' | 'unchanged' | 'validated' | 'other-rhythm' | 'not-configured';

/**
 * One agent's draft commission invoice for a period: a line per deal of theirs collected in it, the
 * agent's part of its split, issued in their name to the agency (self-billing). Made once per agent and
 * period (`commissionInvoiceId`); while it is a draft, a later run brings it up to date (a deal recorded
 * late); once validated, it is left alone. Agents paid at another rhythm are not invoiced in this one.
 */
export async function prepareAgentInvoice(
  db: Firestore,
  tenantId: string,
  uid: string,
  rhythm: PayoutRhythm,
  period: PayoutPeriod,
  deals: readonly Deal[],
  now: Date,
): Promise<PrepareOutcome> {
  return runTransaction(db, async (tx) => {
    const ref = invoiceRef(db, tenantId, commissionInvoiceId(uid, period.key));
    const [existing, settings, agent, identity, agency, tenant, member] = await Promise.all([
      tx.get(ref).then((snapshot) => snapshot.data()),
      tx.get(db.doc(paths.commissionSettings(tenantId)).withConverter(settingsConverter)).then((s) => s.data() ?? null),
      tx.get(db.doc(paths.commissionAgent(tenantId, uid)).withConverter(agentConverter)).then((s) => s.data() ?? null),
      tx
        .get(db.doc(paths.agentInvoicing(tenantId, uid)).withConverter(identityConverter))
        .then((s) => s.data() ?? null),
      tx.get(invoicingSettingsRef(db, tenantId)).then((snapshot) => snapshot.data() ?? null),
      readTenant(db, tx, tenantId),
      readMember(db, tx, tenantId, uid),
    ]);
    if (existing && existing.status !== 'draft') return 'validated';
    const { plan } = planOfAgent(settings?.plans ?? null, settings?.defaultPlanId ?? null, agent?.planId ?? null);
    if (plan.payout !== rhythm) return 'other-rhythm';
    if (!agency) return 'not-configured';
    const agencyIssuer = agency.issuer;
    const lines = commissionLines(deals, agentLineVat(identity));
    if (lines.length === 0) return 'unchanged';
    if (existing && sameLines(existing.lines, lines)) return 'unchanged';
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
    return existing ? 'refreshed' : 'prepared';
  });
}

/**
 * `invoicing-prepareCommissionInvoices`: for each rhythm, the period before `now` (last ISO week,
 * last month) and the deals of every tenant whose fees were collected in it, read page by page; one
 * draft per agent of that rhythm (`prepareAgentInvoice`). Idempotent: a run again changes nothing.
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
    const collected = db
      .collectionGroup(DEALS_COLLECTION)
      .where('collectedAt', '>=', dayOf(period.start))
      .where('collectedAt', '<', dayOf(period.end))
      .orderBy('collectedAt')
      .orderBy(FieldPath.documentId())
      .limit(pageSize);
    const byAgent = new Map<string, { tenantId: string; uid: string; deals: Deal[] }>();
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
        const group = byAgent.get(key) ?? { tenantId, uid: read.value.agentUid, deals: [] };
        group.deals.push(read.value);
        byAgent.set(key, group);
      }
      last = page.docs.at(-1) ?? null;
      if (page.size < pageSize || last === null) break;
    }
    for (const { tenantId, uid, deals } of byAgent.values()) {
      let outcome: PrepareOutcome;
      try {
        outcome = await prepareAgentInvoice(db, tenantId, uid, rhythm, period, deals, now);
      } catch (error) {
        // One agent's trouble (a member gone, a tenant unreadable) never keeps the others' invoices back.
        invoicingLog.commissionDraftSkipped(tenantId, uid, error instanceof Error ? error.message : String(error));
        continue;
      }
      counts[outcome] += 1;
      if (outcome === 'prepared' || outcome === 'refreshed') {
        invoicingLog.commissionDraftPrepared(tenantId, commissionInvoiceId(uid, period.key), deals.length);
      } else if (outcome === 'not-configured') {
        invoicingLog.commissionDraftSkipped(tenantId, uid, outcome);
      }
    }
  }
  return counts;
}
