import { describe, expect, it } from 'vitest';
import { defaultIconSvg } from './tenant-icon.handler';

describe('defaultIconSvg', () => {
  it("draws the agency's initial, upper-cased, on its primary colour", () => {
    const svg = defaultIconSvg('agence du port', '#0b7285');
    expect(svg).toContain('fill="#0b7285"');
    expect(svg).toMatch(/>A<\/text>/);
  });

  it('takes a whole character, Cyrillic or emoji, and a question mark for no name', () => {
    expect(defaultIconSvg('Юг', '#000000')).toMatch(/>Ю<\/text>/);
    expect(defaultIconSvg('🏠 Maison', '#000000')).toContain('>🏠</text>');
    expect(defaultIconSvg('   ', '#000000')).toMatch(/>\?<\/text>/);
  });

  it('escapes what it writes into the markup', () => {
    const svg = defaultIconSvg('<b>', '"/><script>');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;');
  });
});
