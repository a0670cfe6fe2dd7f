// Estimations in the demo agency: the sales in estimation, under mandate and online were estimated
// from recent sales nearby (some typed, some as a DVF import gives them), so a property's Estimations
// tab shows a working agency's file.
import {
  comparableSaleSchema,
  estimationModel,
  summariseComparables,
  suggestedRange,
  type ComparableSaleInput,
  type Estimation,
  type Property,
} from '@estate/domain';

/** Recent sales by town, as DVF lists them (the street and price of each are typical of the place). */
const SALES: Record<string, ComparableSaleInput[]> = {
  apartment: [
    {
      address: '12 Rue de la Republique',
      postalCode: '13002',
      city: 'Marseille',
      date: '2026-03-10',
      price: 245_000,
      surface: 62,
      rooms: 3,
      kind: 'apartment',
      source: 'dvf',
      sourceId: '2026-118201',
    },
    {
      address: '4 B Bd Notre-Dame',
      postalCode: '13006',
      city: 'Marseille',
      date: '2026-05-22',
      price: 389_000,
      surface: 81,
      rooms: 4,
      kind: 'apartment',
      source: 'dvf',
      sourceId: '2026-120044',
    },
    {
      address: '7 Rue Breteuil',
      postalCode: '13006',
      city: 'Marseille',
      date: '2026-02-03',
      price: 268_000,
      surface: 58,
      rooms: 3,
      kind: 'apartment',
      source: 'dvf',
      sourceId: '2026-120049',
    },
    {
      address: '3 rue Colbert',
      postalCode: '13001',
      city: 'Marseille',
      date: '2026-09-12',
      price: 230_000,
      surface: 58,
      rooms: 3,
      kind: 'apartment',
      source: 'manual',
      sourceId: '',
    },
    {
      address: '28 rue Sainte',
      postalCode: '13001',
      city: 'Marseille',
      date: '2026-06-30',
      price: 312_000,
      surface: 70,
      rooms: 3,
      kind: 'apartment',
      source: 'manual',
      sourceId: '',
    },
  ],
  house: [
    {
      address: '3 Che du Roucas Blanc',
      postalCode: '13007',
      city: 'Marseille',
      date: '2026-08-19',
      price: 520_000,
      surface: 124,
      rooms: 5,
      kind: 'house',
      source: 'dvf',
      sourceId: '2026-120048',
    },
    {
      address: '11 avenue des Calanques',
      postalCode: '13009',
      city: 'Marseille',
      date: '2026-04-14',
      price: 465_000,
      surface: 110,
      rooms: 5,
      kind: 'house',
      source: 'manual',
      sourceId: '',
    },
    {
      address: '6 chemin de la Thuilière',
      postalCode: '13011',
      city: 'Marseille',
      date: '2026-01-28',
      price: 398_000,
      surface: 96,
      rooms: 4,
      kind: 'house',
      source: 'dvf',
      sourceId: '2026-100917',
    },
    {
      address: '40 route de la Gineste',
      postalCode: '13260',
      city: 'Cassis',
      date: '2026-07-07',
      price: 610_000,
      surface: 130,
      rooms: 6,
      kind: 'house',
      source: 'manual',
      sourceId: '',
    },
  ],
};

const NOTES: Record<string, string> = {
  apartment:
    'Traversant, bien exposé, proche métro. Cuisine et salle de bains à rafraîchir. Marché actif dans le secteur : délai de vente moyen de 70 jours.',
  house:
    "Terrain plat, vue dégagée, piscine à rénover. Les vendeurs attendent davantage : présenter la fourchette avec les ventes comparables à l'appui.",
};

/** The estimations of the demo sales in estimation, under mandate and online. */
export function demoEstimations(properties: Property[], now: Date, nameOf: (uid: string) => string): Estimation[] {
  // Every sale was estimated before it was listed: the ones in estimation, under mandate and online.
  const estimated = properties
    .filter(
      (property) =>
        property.dealType === 'sale' &&
        ['estimation', 'under-mandate', 'online'].includes(property.status) &&
        (property.propertyType === 'apartment' || property.propertyType === 'house') &&
        property.surface !== null,
    )
    .slice(0, 8);
  return estimated.map((property, index) => {
    const comparables = (SALES[property.propertyType] ?? []).map((sale) => comparableSaleSchema.parse(sale));
    const range = suggestedRange(summariseComparables(comparables), property.surface) ?? {
      low: property.price,
      high: property.price,
    };
    const made = new Date(now.getTime() - (index + 2) * 86_400_000 * 5);
    return estimationModel.schema.parse({
      id: `demo-estimation-${property.id}`,
      propertyId: property.id,
      low: range.low,
      high: range.high,
      method: 'comparison',
      comparables,
      notes: NOTES[property.propertyType] ?? '',
      createdBy: property.assignedAgentUid,
      createdByName: nameOf(property.assignedAgentUid),
      createdAt: made,
      updatedAt: made,
      requestId: `demo-estimation-${property.id}`,
    });
  });
}
