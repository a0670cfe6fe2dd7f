import { describe, expect, it } from 'vitest';
// The deployed index file, read as text: it lives outside the app's sources.
import indexesText from '../../../../../firestore.indexes.json?raw';
import { DEFAULT_PROPERTY_FILTERS, PROPERTY_SORTS, propertyListQuery } from './property-list';

interface IndexField {
  fieldPath: string;
  order?: string;
}

const indexes = JSON.parse(indexesText) as { indexes: unknown[] };
const propertyIndexes = (indexes.indexes as { collectionGroup: string; fields: IndexField[] }[]).filter(
  (index) => index.collectionGroup === 'properties',
);

/** Whether an index (equality field, then the order field in its direction) exists. */
function served(field: string, order: { field: string; direction: 'asc' | 'desc' }): boolean {
  const direction = order.direction === 'asc' ? 'ASCENDING' : 'DESCENDING';
  return propertyIndexes.some(
    (index) =>
      index.fields.length === 2 &&
      index.fields[0]?.fieldPath === field &&
      index.fields[1]?.fieldPath === order.field &&
      index.fields[1]?.order === direction,
  );
}

describe('the property list query', () => {
  it('leaves archived properties out unless asked, and filters by the folded city', () => {
    const query = propertyListQuery({ ...DEFAULT_PROPERTY_FILTERS, city: ' Saint-Étienne ' });
    expect(query.clauses).toEqual([
      { kind: 'in', field: 'status', values: expect.not.arrayContaining(['archived']) as unknown },
      { kind: 'equals', field: 'cityKey', value: 'saint etienne' },
    ]);
    expect(propertyListQuery({ ...DEFAULT_PROPERTY_FILTERS, status: 'archived' }).clauses).toEqual([
      { kind: 'equals', field: 'status', value: 'archived' },
    ]);
  });

  it('orders a price range by price, and says so when another sort was asked', () => {
    const query = propertyListQuery({ ...DEFAULT_PROPERTY_FILTERS, priceMin: 100000, sort: 'reference' });
    expect(query.orderBy).toEqual({ field: 'price', direction: 'asc' });
    expect(query.sortReplaced).toBe(true);
    expect(propertyListQuery({ ...DEFAULT_PROPERTY_FILTERS, priceMax: 5, sort: 'price-desc' })).toMatchObject({
      orderBy: { field: 'price', direction: 'desc' },
      sortReplaced: false,
    });
  });

  it('is served by a composite index for every filter and every sort', () => {
    for (const sort of PROPERTY_SORTS) {
      const query = propertyListQuery({
        propertyType: 'house',
        status: 'online',
        city: 'Lyon',
        agentUid: 'alex',
        priceMin: null,
        priceMax: null,
        sort,
      });
      for (const clause of query.clauses) {
        expect(served(clause.field, query.orderBy), `${clause.field} by ${sort}`).toBe(true);
      }
    }
  });
});
