import { describe, expect, it } from 'vitest';
import { agentInvoicingInputSchema, agentLineVat, commissionInvoiceId, commissionLines } from './commission-invoices';

const split = (agentCents: number) => ({
  feesCents: 1_000_000,
  partnerCents: 0,
  networkCents: 1_000_000 - agentCents,
  agentGrossCents: agentCents,
  referralCents: 0,
  ambassadorCents: 0,
  agentCents,
  agentRatePercent: 70,
});
const deal = (id: string, day: string, agentCents: number | null) => ({
  id,
  propertyTitle: `Maison ${id}`,
  collectedAt: new Date(`${day}T00:00:00Z`),
  split: agentCents === null ? null : split(agentCents),
});

describe('commission invoices', () => {
  it('bill each collected deal’s agent part, oldest first, and leave out a deal that pays nothing', () => {
    const lines = commissionLines(
      [
        deal('b', '2026-12-03', 700_000),
        deal('a', '2026-12-01', 350_000),
        deal('c', '2026-12-02', null),
        deal('d', '2026-12-02', 0),
      ],
      agentLineVat(null),
    );
    expect(lines.map((entry) => [entry.description, entry.unitPriceCents])).toEqual([
      ['Commission – Maison a (2026-12-01)', 350_000],
      ['Commission – Maison b (2026-12-03)', 700_000],
    ]);
    expect(lines[0]?.vat).toEqual({ category: 'S', ratePercent: 20 });
  });

  it('print the VAT franchise for an agent under it', () => {
    expect(agentLineVat({ vatExempt: true })).toEqual({
      category: 'E',
      exemptionReason: 'TVA non applicable, art. 293 B du CGI',
    });
  });

  it('are one per agent and period, and need the agent’s SIREN', () => {
    expect(commissionInvoiceId('uid1', '2026-W49')).toBe('commission-uid1-2026-W49');
    const identity = {
      name: 'Alice Martin EI',
      address: { street: '1 rue A', postalCode: '13001', city: 'Marseille', country: 'FR' },
      siren: '',
      vatNumber: null,
      email: null,
      vatExempt: true,
    };
    expect(agentInvoicingInputSchema.safeParse(identity).success).toBe(false);
    expect(agentInvoicingInputSchema.safeParse({ ...identity, siren: '404 833 048' }).success).toBe(true);
  });
});
