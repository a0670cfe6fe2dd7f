import { describe, expect, it } from 'vitest';
import { cityKey, propertySearchTokens } from './property-search';
import { statusChangeText } from './property-status-text';
import {
  dpeClasses,
  formatPropertyReference,
  propertyReferenceSchema,
  propertySchema,
  referencePrefixes,
  savePropertyInputSchema,
  statusesFor,
} from './property.schema';

const valid = {
  propertyId: null,
  requestId: 'req-1',
  property: {
    dealType: 'sale',
    title: ' Three rooms near the canal ',
    propertyType: 'apartment',
    address: { postalCode: '75011', city: 'Paris' },
    price: 450000,
    surface: 62.5,
    rooms: 3,
    status: 'online',
    sellerContactIds: ['anna'],
    assignedAgentUid: 'alex',
  },
};

describe('savePropertyInputSchema', () => {
  it('accepts a property and trims its title', () => {
    expect(savePropertyInputSchema.parse(valid).property.title).toBe('Three rooms near the canal');
  });

  it('accepts no surface, no rooms and no seller', () => {
    const property = { ...valid.property, surface: null, rooms: null, sellerContactIds: [] };
    expect(savePropertyInputSchema.safeParse({ ...valid, property }).success).toBe(true);
  });

  it.each([
    ['a price with cents', { price: 1000.5 }],
    ['a negative price', { price: -1 }],
    ['an empty title', { title: '' }],
    ['no city', { address: { postalCode: '75011', city: '' } }],
    ['an unknown type', { propertyType: 'castle' }],
    ['six sellers', { sellerContactIds: ['a', 'b', 'c', 'd', 'e', 'f'] }],
    ['the same seller twice', { sellerContactIds: ['a', 'a'] }],
    ['a zero surface', { surface: 0 }],
    ['half a room', { rooms: 2.5 }],
    ['an unknown status', { status: 'pending' }],
    ['rented on a sale', { status: 'rented' }],
    ['an unknown kind of property', { propertyType: 'castle' }],
    ['a street of 201 characters', { address: { city: 'Paris', street: 'r'.repeat(201) } }],
    ['a country that is not a code', { address: { city: 'Paris', country: 'France' } }],
    ['a latitude beyond the pole', { location: { latitude: 91, longitude: 2, source: 'pin' } }],
    ['a location without its source', { location: { latitude: 48.8, longitude: 2.3 } }],
    ['a floor below -10', { floor: -11 }],
    ['a year before 1000', { yearBuilt: 999 }],
    ['half a bedroom', { bedrooms: 1.5 }],
    ['a zero land surface', { landSurface: 0 }],
    ['an unknown feature', { features: ['helipad'] }],
    ['the same feature twice', { features: ['lift', 'lift'] }],
    ['an energy class H', { dpe: { energyClass: 'H' } }],
    ['a negative energy value', { dpe: { energyValue: -1 } }],
    ['fees of 101 %', { fees: { payer: 'buyer', kind: 'percent', value: 101 } }],
    ['fees paid by nobody', { fees: { payer: 'nobody', kind: 'amount', value: 1000 } }],
    ['charges with cents', { charges: 10.5 }],
    ['co-ownership lots with a fraction', { coOwnership: { isCoOwnership: true, lots: 2.5 } }],
    ['a description of 8001 characters', { descriptions: { fr: 'a'.repeat(8001), en: '', ru: '' } }],
    ['a private note of 5001 characters', { privateNote: 'a'.repeat(5001) }],
    ['a source that is not a web address', { sourceUrl: 'javascript:alert(1)' }],
  ])('refuses %s', (_label, change) => {
    expect(savePropertyInputSchema.safeParse({ ...valid, property: { ...valid.property, ...change } }).success).toBe(
      false,
    );
  });

  it('keeps sold for sales and rented for rentals', () => {
    const sold = { ...valid, property: { ...valid.property, status: 'sold' } };
    expect(savePropertyInputSchema.safeParse(sold).success).toBe(true);
    const rental = { ...valid, property: { ...valid.property, dealType: 'rental', status: 'rented' } };
    expect(savePropertyInputSchema.safeParse(rental).success).toBe(true);
    const soldRental = { ...valid, property: { ...valid.property, dealType: 'rental', status: 'sold' } };
    const refused = savePropertyInputSchema.safeParse(soldRental);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['property', 'status']);
    expect(statusesFor('sale')).not.toContain('rented');
    expect(statusesFor('rental')).toEqual([
      'estimation',
      'under-mandate',
      'online',
      'offline',
      'under-offer',
      'rented',
      'archived',
    ]);
  });

  it('accepts the full form and gives the first cut defaults to what it leaves out', () => {
    const full = {
      ...valid.property,
      propertyType: 'building',
      status: 'under-offer',
      address: {
        street: ' 12 rue de la Paix ',
        complement: 'Bât. B',
        postalCode: '75002',
        city: 'Paris',
        country: 'fr',
      },
      location: { latitude: 48.8686, longitude: 2.3314, source: 'address' },
      fees: { payer: 'seller', kind: 'percent', value: 4.5 },
      charges: 180,
      propertyTax: 1200,
      landSurface: null,
      carrezSurface: 60.2,
      bedrooms: 2,
      floor: -1,
      floors: 6,
      yearBuilt: 1890,
      heating: { type: 'collective', energy: 'gas' },
      dpe: { energyValue: 182.5, climateValue: 31, energyClass: 'D', climateClass: 'D' },
      features: ['lift', 'cellar'],
      coOwnership: { isCoOwnership: true, lots: 24, annualCharges: 2400, proceedings: true },
      descriptions: { fr: 'Bel appartement', en: 'A fine flat', ru: 'Квартира' },
      privateNote: 'Seller in a hurry',
      sourceUrl: 'https://www.example.com/annonce/42',
      showSourceUrlToClients: true,
    };
    const parsed = savePropertyInputSchema.parse({ ...valid, property: full }).property;
    expect(parsed.address).toEqual({
      street: '12 rue de la Paix',
      complement: 'Bât. B',
      postalCode: '75002',
      city: 'Paris',
      country: 'FR',
    });
    expect(parsed.coOwnership.proceedings).toBe(true);

    const firstCut = savePropertyInputSchema.parse(valid).property;
    expect(firstCut).toMatchObject({
      address: { street: '', complement: '', country: 'FR' },
      location: null,
      fees: null,
      features: [],
      descriptions: { fr: '', en: '', ru: '' },
      privateNote: '',
      sourceUrl: '',
      showSourceUrlToClients: false,
      dpe: { energyValue: null, climateValue: null, energyClass: null, climateClass: null },
      coOwnership: { isCoOwnership: false, lots: null, annualCharges: null, proceedings: false },
    });
  });

  it('reads a property stored by the first cut, online or offline', () => {
    const stored = {
      ...valid.property,
      status: 'offline',
      address: { postalCode: '75011', city: 'Paris' },
      id: 'p1',
      reference: 'V-00001',
      visitCount: 0,
      offerCount: 0,
      createdBy: 'alex',
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    const parsed = propertySchema.parse(stored);
    expect(parsed.status).toBe('offline');
    expect(parsed.location).toBeNull();
    expect(parsed.searchTokens).toEqual([]);
    expect(propertySchema.safeParse({ ...stored, status: 'online' }).success).toBe(true);
  });

  it('drops a geohash sent by the app: the server computes it', () => {
    const location = { latitude: 48.8, longitude: 2.3, source: 'pin', geohash: 'u09' };
    const parsed = savePropertyInputSchema.parse({ ...valid, property: { ...valid.property, location } });
    expect(parsed.property.location).toEqual({ latitude: 48.8, longitude: 2.3, source: 'pin' });
  });

  it('needs a request id', () => {
    expect(savePropertyInputSchema.safeParse({ ...valid, requestId: '' }).success).toBe(false);
  });
});

describe('property references', () => {
  it('numbers sales V- and rentals L- on five digits at least', () => {
    expect(formatPropertyReference('sale', 42)).toBe('V-00042');
    expect(formatPropertyReference('rental', 7)).toBe('L-00007');
    expect(formatPropertyReference('sale', 123456)).toBe('V-123456');
    expect(propertyReferenceSchema.safeParse('V-00042').success).toBe(true);
    expect(propertyReferenceSchema.safeParse('X-00042').success).toBe(false);
  });

  it('reads what a user types in the search box', () => {
    expect(referencePrefixes(' v42 ')).toEqual(['V-00042']);
    expect(referencePrefixes('V-00042')).toEqual(['V-00042']);
    expect(referencePrefixes('l-000')).toEqual(['L-000']);
    expect(referencePrefixes('V')).toEqual(['V-']);
    expect(referencePrefixes('7')).toEqual(['V-00007', 'L-00007']);
    expect(referencePrefixes('flat')).toEqual([]);
    expect(referencePrefixes('')).toEqual([]);
  });
});

describe('DPE classes on the 2021 scale', () => {
  it('gives the climate class from the emissions and the energy class as the worse of both', () => {
    expect(dpeClasses({ energyValue: 70, climateValue: 6 })).toEqual({ energyClass: 'A', climateClass: 'A' });
    expect(dpeClasses({ energyValue: 71, climateValue: 6.5 })).toEqual({ energyClass: 'B', climateClass: 'B' });
    // Little energy but oil heating: the emissions pull the energy class down.
    expect(dpeClasses({ energyValue: 150, climateValue: 60 })).toEqual({ energyClass: 'E', climateClass: 'E' });
    expect(dpeClasses({ energyValue: 421, climateValue: 12 })).toEqual({ energyClass: 'G', climateClass: 'C' });
    expect(dpeClasses({ energyValue: 330, climateValue: 101 })).toEqual({ energyClass: 'G', climateClass: 'G' });
  });

  it('gives what one value allows and nothing without values', () => {
    expect(dpeClasses({ energyValue: 250, climateValue: null })).toEqual({ energyClass: 'D', climateClass: null });
    expect(dpeClasses({ energyValue: null, climateValue: 50 })).toEqual({ energyClass: null, climateClass: 'D' });
    expect(dpeClasses({ energyValue: null, climateValue: null })).toEqual({ energyClass: null, climateClass: null });
  });
});

describe('property search', () => {
  it('finds a property by its city, its street with or without its number, a word of either, and its postcode', () => {
    const tokens = propertySearchTokens({
      street: '12 bis Rue de la République',
      city: 'Saint-Étienne',
      postalCode: '42000',
    });
    expect(tokens).toEqual(
      expect.arrayContaining([
        'sa',
        'saint et',
        'saint etienne',
        'etienne',
        'rue de la re',
        '12 bis rue',
        'republique',
        '420',
      ]),
    );
    expect(tokens).not.toContain('s');
    expect(tokens.every((token) => token.length <= 20)).toBe(true);
  });

  it('folds the city for the list filter', () => {
    expect(cityKey(' Saint-Étienne ')).toBe('saint etienne');
    expect(cityKey('Санкт-Петербург')).toBe('санкт петербург');
  });
});

describe('status change texts', () => {
  it('name the statuses in the agency language', () => {
    expect(statusChangeText('fr', 'Alex', 'online', 'under-offer')).toBe('Alex : statut « En ligne » → « Sous offre »');
    expect(statusChangeText('en', 'Alex', null, 'estimation')).toBe('Alex: status “Estimation”');
    expect(statusChangeText('ru', 'Алекс', 'online', 'sold')).toBe('Алекс: статус «Опубликован» → «Продан»');
  });
});
