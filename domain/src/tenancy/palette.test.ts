import { describe, expect, it } from 'vitest';
import { BRAND_SHADE, brandPalette, isDarkColour, parseHex } from './palette';

const brightness = (hex: string) => {
  const rgb = parseHex(hex);
  if (!rgb) throw new Error(`bad colour ${hex}`);
  return rgb.r + rgb.g + rgb.b;
};

describe('brandPalette', () => {
  it('gives ten shades, light to dark, with the colour itself at the brand shade', () => {
    const palette = brandPalette('#0B7285');
    expect(palette).toHaveLength(10);
    expect(palette[BRAND_SHADE]).toBe('#0b7285');
    for (const shade of palette) expect(shade).toMatch(/^#[0-9a-f]{6}$/);
    for (let index = 1; index < palette.length; index += 1) {
      expect(brightness(palette[index] as string)).toBeLessThanOrEqual(brightness(palette[index - 1] as string));
    }
  });

  it('refuses what is not a six-digit hex colour', () => {
    expect(() => brandPalette('blue')).toThrow();
    expect(parseHex('#12')).toBeNull();
  });
});

describe('isDarkColour', () => {
  it('tells dark backgrounds from light ones', () => {
    expect(isDarkColour('#1c7ed6')).toBe(true);
    expect(isDarkColour('#ffd43b')).toBe(false);
  });
});
