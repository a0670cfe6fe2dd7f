import { describe, expect, it } from 'vitest';
import { generatePalette, isDarkColour } from './palette';

describe('generatePalette', () => {
  it('returns ten shades from light to dark with the colour itself at index 6', () => {
    const palette = generatePalette('#0B7285');
    expect(palette).toHaveLength(10);
    expect(palette[6]).toBe('#0b7285');
    for (const shade of palette) expect(shade).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('orders shades by brightness', () => {
    const brightness = (hex: string) =>
      [1, 3, 5].reduce((sum, start) => sum + Number.parseInt(hex.slice(start, start + 2), 16), 0);
    const palette = generatePalette('#e8590c');
    for (let index = 1; index < palette.length; index += 1) {
      expect(brightness(palette[index]!)).toBeLessThanOrEqual(brightness(palette[index - 1]!));
    }
  });

  it('refuses what is not a six-digit hex colour', () => {
    expect(() => generatePalette('blue')).toThrow();
  });
});

describe('isDarkColour', () => {
  it('tells dark backgrounds from light ones', () => {
    expect(isDarkColour('#1c7ed6')).toBe(true);
    expect(isDarkColour('#ffd43b')).toBe(false);
  });
});
