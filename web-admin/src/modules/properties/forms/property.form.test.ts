import { propertyInputSchema, type Property } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { emptyPropertyForm, propertyFormSchema, propertyToForm, toPropertyInput } from './property.form';

describe('the property form', () => {
  it('needs a title, a city and a price, and says which', () => {
    const result = propertyFormSchema.safeParse(emptyPropertyForm('alex'));
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title', 'address.city', 'price']));
  });

  it('builds what the callable validates: no fees without an amount, no co-ownership details without co-ownership', () => {
    const values = propertyFormSchema.parse({
      ...emptyPropertyForm('alex'),
      title: 'Maison',
      address: { street: '', complement: '', postalCode: '', city: 'Lyon', country: 'FR' },
      price: 300000,
      coOwnership: { isCoOwnership: false, lots: 12, annualCharges: 900, proceedings: true },
    });
    const input = toPropertyInput(values);
    expect(input.fees).toBeNull();
    expect(input.coOwnership).toEqual({ isCoOwnership: false, lots: null, annualCharges: null, proceedings: false });
    expect(propertyInputSchema.safeParse(input).success).toBe(true);
  });

  it('refuses sold for a rental on the status field', () => {
    const result = propertyFormSchema.safeParse({
      ...emptyPropertyForm('alex'),
      dealType: 'rental',
      status: 'sold',
      title: 'T2',
      address: { street: '', complement: '', postalCode: '', city: 'Lyon', country: 'FR' },
      price: 900,
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['status']);
  });

  it('gives back a stored property as it was, its geohash left to the server', () => {
    const stored = propertyInputSchema.parse({
      ...toPropertyInput(
        propertyFormSchema.parse({
          ...emptyPropertyForm('alex'),
          title: 'Maison',
          address: { street: '1 rue A', complement: '', postalCode: '69001', city: 'Lyon', country: 'FR' },
          price: 300000,
          fees: { payer: 'seller', kind: 'amount', value: 12000 },
        }),
      ),
    });
    const property = {
      ...stored,
      location: { latitude: 45.76, longitude: 4.83, source: 'pin', geohash: 'u05kq' },
      id: 'p1',
      reference: 'V-00001',
      visitCount: 0,
      offerCount: 0,
      searchTokens: [],
      cityKey: 'lyon',
      photos: [],
      createdBy: 'alex',
      createdAt: new Date(),
      updatedAt: new Date(),
    } satisfies Property;
    const back = toPropertyInput(propertyFormSchema.parse(propertyToForm(property)));
    expect(back.location).toEqual({ latitude: 45.76, longitude: 4.83, source: 'pin' });
    expect(back.fees).toEqual({ payer: 'seller', kind: 'amount', value: 12000 });
    expect(back.address.street).toBe('1 rue A');
  });
});
