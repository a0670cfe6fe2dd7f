import { describe, expect, it } from 'vitest';
import { BRAND_SHADE, parseHex } from '@estate/domain';
import { generatePalette } from './brand-palette';

function lightness(hex: string): number {
  const rgb = parseHex(hex);
  if (!rgb) throw new Error(`bad colour ${hex}`);
  return rgb.r + rgb.g + rgb.b;
}

describe('generatePalette', () => {
  it('gives ten valid colours with the tenant colour at the brand shade', () => {
    const palette = generatePalette('#C2255C');
    expect(palette).toHaveLength(10);
    palette.forEach((shade) => expect(shade).toMatch(/^#[0-9a-f]{6}$/));
    expect(palette[BRAND_SHADE]).toBe('#c2255c');
  });

  it('goes from light to dark', () => {
    const palette = generatePalette('#2f9e44');
    for (let index = 1; index < palette.length; index += 1) {
      expect(lightness(palette[index] as string)).toBeLessThanOrEqual(lightness(palette[index - 1] as string));
    }
  });

  it('falls back on an invalid colour', () => {
    expect(generatePalette('red')[BRAND_SHADE]).toBe('#1c7ed6');
  });
});
