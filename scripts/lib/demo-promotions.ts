// The demo's promotions and instalment plans, as a developer's sales office runs them: a running
// percentage on two-room flats that stacks with the parking offer, an amount off commercial premises,
// a fixed price per m² on studios (the larger saving when it meets the percentage), and one starting
// next month; two plans, interest-free over a year and with a markup over two.
import type { InstalmentPlan, Promotion } from '@estate/domain';
import { ANY_UNIT } from '@estate/domain';

const DAY = 86_400_000;

export function demoInstalmentPlans(now: Date): InstalmentPlan[] {
  return [
    {
      id: 'demo-plan-12',
      name: 'Paiement en 12 mois sans frais',
      downPaymentPercent: 30,
      months: 12,
      markupPercent: 0,
    },
    {
      id: 'demo-plan-24',
      name: 'Paiement échelonné sur 24 mois',
      downPaymentPercent: 20,
      months: 24,
      markupPercent: 6,
    },
  ].map((plan) => ({ ...plan, createdAt: now, updatedAt: now }));
}

export function demoPromotions(now: Date): Promotion[] {
  const days = (count: number) => new Date(now.getTime() + count * DAY);
  const base = { description: '', endedAt: null, createdAt: now, updatedAt: now };
  return [
    {
      ...base,
      id: 'demo-promo-two-rooms',
      name: 'Remise de 5 % sur les deux-pièces',
      description: 'Offre de printemps sur tous les deux-pièces.',
      validFrom: days(-10),
      validUntil: days(50),
      scope: { ...ANY_UNIT, kinds: ['apartment'], rooms: [2] },
      discount: { kind: 'percent', percent: 5 },
      combinesWith: ['demo-promo-parking'],
      planIds: ['demo-plan-12'],
    },
    {
      ...base,
      id: 'demo-promo-parking',
      name: 'Place de parking offerte',
      validFrom: days(-10),
      validUntil: days(20),
      scope: { ...ANY_UNIT, kinds: ['apartment'] },
      discount: { kind: 'amount', amount: 15_000 },
      combinesWith: [],
      planIds: ['demo-plan-12', 'demo-plan-24'],
    },
    {
      ...base,
      id: 'demo-promo-studios',
      name: 'Studios à 5 500 € le m²',
      validFrom: days(-3),
      validUntil: days(27),
      scope: { ...ANY_UNIT, kinds: ['apartment'], rooms: [0] },
      discount: { kind: 'pricePerSquareMetre', pricePerSquareMetre: 5_500 },
      combinesWith: [],
      planIds: [],
    },
    {
      ...base,
      id: 'demo-promo-commercial',
      name: 'Locaux commerciaux : −20 000 €',
      validFrom: days(30),
      validUntil: days(90),
      scope: { ...ANY_UNIT, kinds: ['commercial'] },
      discount: { kind: 'amount', amount: 20_000 },
      combinesWith: [],
      planIds: ['demo-plan-24'],
    },
  ];
}
