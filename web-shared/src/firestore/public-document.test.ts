import { describe, expect, it } from 'vitest';
import { fromRestFields } from './public-document';

describe('fromRestFields', () => {
  it('gives the values the SDKs would, timestamps as Dates, maps and arrays walked', () => {
    expect(
      fromRestFields({
        host: { stringValue: 'demo.web.app' },
        rooms: { integerValue: '4' },
        ratio: { doubleValue: 0.5 },
        active: { booleanValue: true },
        logo: { nullValue: null },
        updatedAt: { timestampValue: '2026-12-06T10:00:00.123Z' },
        branding: {
          mapValue: { fields: { primaryColor: { stringValue: '#0b7285' }, fonts: { arrayValue: {} } } },
        },
        tags: { arrayValue: { values: [{ stringValue: 'a' }, { integerValue: '2' }] } },
        empty: { mapValue: {} },
      }),
    ).toEqual({
      host: 'demo.web.app',
      rooms: 4,
      ratio: 0.5,
      active: true,
      logo: null,
      updatedAt: new Date('2026-12-06T10:00:00.123Z'),
      branding: { primaryColor: '#0b7285', fonts: [] },
      tags: ['a', 2],
      empty: {},
    });
  });

  it('refuses a kind of value a public document does not hold', () => {
    expect(() => fromRestFields({ where: { geoPointValue: { latitude: 1 } } as never })).toThrow(/geoPointValue/);
  });
});
