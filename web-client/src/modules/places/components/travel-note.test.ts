import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import { formatDistance, travelNote } from './travel-note';

beforeAll(async () => {
  await i18next.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
});

const estimated = { kind: 'estimated' } as const;

describe('travelNote', () => {
  it('states the speeds and figures of an estimate', () => {
    const lines = travelNote({ walk: estimated, bicycle: estimated, transit: estimated }, i18next.t, 'en');
    expect(lines[0]).toBe(
      'Estimated from distance at 4.5 km/h on foot, 15 km/h by bicycle, and 20 km/h by public transport, over 1.3 times the straight distance.',
    );
    expect(lines[1]).toContain('10 min');
  });

  it('names the routing service of the modes it gave', () => {
    const routed = { kind: 'routed', service: 'OSRM' } as const;
    const lines = travelNote({ walk: routed, bicycle: routed, transit: estimated }, i18next.t, 'en');
    expect(lines[0]).toBe('On foot and by bicycle: routed by OSRM.');
    expect(lines[1]).toContain('20 km/h by public transport');
  });
});

describe('formatDistance', () => {
  it('shows metres under a kilometre, kilometres above', () => {
    expect(formatDistance(434, 'en')).toBe('430 m');
    expect(formatDistance(1250, 'fr')).toBe('1,3 km');
  });
});
