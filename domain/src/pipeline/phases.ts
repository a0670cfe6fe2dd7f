import { z } from 'zod';

/**
 * The commercialisation phases of an interest (a contact × a property), in the order of the sales
 * process (seed 003). A property for rent follows the rental list; both end with `cancelled`.
 * Tenants rename phases (`settings/pipeline.phaseNames`); ids never change.
 */
export const SALE_PHASES = [
  'matching-contacted',
  'request-received',
  'request-answered',
  'documentation-sent',
  'first-visit',
  'second-visit',
  'negotiation',
  'reservation',
  'purchase-confirmation',
  'financing-proof',
  'contract-preparation',
  'notary',
  'contract-signed',
  'cancelled',
] as const;

export const RENTAL_PHASES = [
  'matching-contacted',
  'request-received',
  'request-answered',
  'documentation-sent',
  'first-visit',
  'second-visit',
  'application-received',
  'solvency-check',
  'lease-preparation',
  'lease-signed',
  'check-in',
  'cancelled',
] as const;

export const DEAL_TYPES = ['sale', 'rental'] as const;
export const dealTypeSchema = z.enum(DEAL_TYPES);
export type DealType = z.infer<typeof dealTypeSchema>;

export const PHASES = [...new Set<string>([...SALE_PHASES, ...RENTAL_PHASES])] as unknown as readonly [
  SalePhase | RentalPhase,
  ...(SalePhase | RentalPhase)[],
];
export type SalePhase = (typeof SALE_PHASES)[number];
export type RentalPhase = (typeof RENTAL_PHASES)[number];
export type Phase = SalePhase | RentalPhase;
export const phaseSchema = z.enum(PHASES);

export function phasesOf(dealType: DealType): readonly Phase[] {
  return dealType === 'sale' ? SALE_PHASES : RENTAL_PHASES;
}

export function isPhaseOf(dealType: DealType, phase: string): phase is Phase {
  return (phasesOf(dealType) as readonly string[]).includes(phase);
}
