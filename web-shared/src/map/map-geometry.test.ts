import { describe, expect, it } from 'vitest';
import { attributionHtml, isMapPoint, roundCoordinate, toMapPoint } from './map-geometry';

describe('map geometry', () => {
  it('rounds a pointer position to six decimals and wraps the longitude', () => {
    expect(roundCoordinate(45.123456789)).toBe(45.123457);
    expect(toMapPoint(43.2965123456, 5.3698987654)).toEqual({ latitude: 43.296512, longitude: 5.369899 });
    expect(toMapPoint(10, 190)).toEqual({ latitude: 10, longitude: -170 });
    expect(toMapPoint(10, -181)).toEqual({ latitude: 10, longitude: 179 });
    expect(toMapPoint(95, 0).latitude).toBe(90);
  });

  it('takes typed coordinates only when both are numbers in range', () => {
    expect(isMapPoint(45.76, 4.83)).toBe(true);
    expect(isMapPoint(-90, 180)).toBe(true);
    expect(isMapPoint(91, 4)).toBe(false);
    expect(isMapPoint(45, -181)).toBe(false);
    expect(isMapPoint('45', 4)).toBe(false);
    expect(isMapPoint(45, null)).toBe(false);
    expect(isMapPoint(Number.NaN, 4)).toBe(false);
  });

  it('escapes the credit and links it only to an https address', () => {
    expect(attributionHtml({ attribution: '© OSM <b>contributors</b>', attributionUrl: '' })).toBe(
      '© OSM &lt;b&gt;contributors&lt;/b&gt;',
    );
    expect(attributionHtml({ attribution: 'A & B', attributionUrl: 'https://example.com/?a="x"' })).toBe(
      '<a href="https://example.com/?a=&quot;x&quot;" target="_blank" rel="noopener noreferrer">A &amp; B</a>',
    );
    expect(attributionHtml({ attribution: 'X', attributionUrl: 'javascript:alert(1)' })).toBe('X');
  });
});
