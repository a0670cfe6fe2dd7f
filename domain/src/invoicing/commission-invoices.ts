import { z } from 'zod';
import type { Deal } from '../deals/deal.schema';
import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { line, uidSchema } from '../shared/text';
import { sirenSchema, vatNumberSchema } from './french-identifiers';
import { invoiceAddressSchema, type InvoiceParty } from './invoice.schema';
import { VAT_FRANCHISE_REASON, type InvoiceLine, type LineVat } from './invoice-totals';

/**
 * An agent as the commission invoices the network issues in their name (self-billing) present them:
 * an independent agent's name, address and SIREN, their VAT number, or the VAT franchise
 * (art. 293 B du CGI) most of them are under.
 */
export const agentInvoicingInputSchema = z.object({
  name: line(160),
  address: invoiceAddressSchema,
  siren: sirenSchema,
  vatNumber: vatNumberSchema.nullable(),
  email: z.email({ message: 'invalid email address' }).max(254).nullable(),
  vatExempt: z.boolean(),
});
export type AgentInvoicingInput = z.input<typeof agentInvoicingInputSchema>;

/** The agent themselves, or the owner or an admin for them. */
export const saveAgentInvoicingInputSchema = z.object({ uid: uidSchema, identity: agentInvoicingInputSchema });
export type SaveAgentInvoicingInput = z.output<typeof saveAgentInvoicingInputSchema>;

/** `tenants/{t}/agentInvoicing/{uid}`: written by invoicing-saveAgentIdentity; the agent, owner and admin read it. */
export const agentInvoicingSchema = agentInvoicingInputSchema.extend({
  uid: uidSchema,
  updatedAt: z.date(),
  updatedBy: z.string().max(128),
});
export type AgentInvoicing = z.infer<typeof agentInvoicingSchema>;

export const agentInvoicingModel = defineModel({
  kind: 'agent invoicing identity',
  schema: agentInvoicingSchema,
  path: paths.agentInvoicing,
});

/** One commission invoice per agent and payout period (`2026-W49`, `2026-12`): the run never makes two. */
export const commissionInvoiceId = (uid: string, periodKey: string) => `commission-${uid}-${periodKey}`;

export function agentParty(
  identity: Pick<AgentInvoicing, 'name' | 'address' | 'siren' | 'vatNumber' | 'email'>,
): InvoiceParty {
  return {
    name: identity.name,
    address: identity.address,
    siren: identity.siren,
    vatNumber: identity.vatNumber,
    email: identity.email,
    mentions: [],
  };
}

/** VAT on an agent's commission: none under the franchise, else the standard rate. */
export const agentLineVat = (identity: Pick<AgentInvoicing, 'vatExempt'> | null): LineVat =>
  identity?.vatExempt ? { category: 'E', exemptionReason: VAT_FRANCHISE_REASON } : { category: 'S', ratePercent: 20 };

type CommissionDeal = Pick<Deal, 'id' | 'propertyTitle' | 'collectedAt' | 'split'>;

/**
 * The lines of an agent's commission invoice: one per deal whose fees were collected in the period,
 * the agent's part of its split, oldest collection first (then by deal). A deal without a split pays
 * nothing and is left out.
 */
export function commissionLines(deals: readonly CommissionDeal[], vat: LineVat): InvoiceLine[] {
  return [...deals]
    .filter((deal) => deal.split !== null && deal.collectedAt !== null && deal.split.agentCents > 0)
    .sort((a, b) => a.collectedAt!.getTime() - b.collectedAt!.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((deal) => ({
      description: `Commission – ${deal.propertyTitle} (${deal.collectedAt!.toISOString().slice(0, 10)})`.slice(0, 300),
      quantity: 1,
      unitPriceCents: deal.split!.agentCents,
      vat,
    }));
}
