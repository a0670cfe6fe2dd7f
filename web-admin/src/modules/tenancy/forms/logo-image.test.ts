import { LOGO_MAX_CHARS } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { checkLogoDataUrl, fitWithin, isImageFile } from './logo-image';

describe('fitWithin', () => {
  it('shrinks the longest side to 256 pixels and keeps proportions', () => {
    expect(fitWithin(1024, 512)).toEqual({ width: 256, height: 128 });
    expect(fitWithin(300, 900)).toEqual({ width: 85, height: 256 });
  });

  it('never enlarges a small image', () => {
    expect(fitWithin(120, 80)).toEqual({ width: 120, height: 80 });
  });

  it('refuses an empty image', () => {
    expect(() => fitWithin(0, 10)).toThrow();
  });
});

describe('checkLogoDataUrl', () => {
  it('accepts a small PNG or WebP data URL', () => {
    expect(checkLogoDataUrl('data:image/png;base64,iVBORw0KGgo=')).toBe('ok');
    expect(checkLogoDataUrl('data:image/webp;base64,UklGRg==')).toBe('ok');
  });

  it('refuses what is too large for the tenant document', () => {
    const big = `data:image/png;base64,${'A'.repeat(LOGO_MAX_CHARS)}`;
    expect(checkLogoDataUrl(big)).toBe('too-large');
  });

  it('refuses what is not an image', () => {
    expect(checkLogoDataUrl('data:text/html;base64,PGI+')).toBe('not-image');
    expect(checkLogoDataUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBe('not-image');
  });
});

describe('isImageFile', () => {
  it('tells images from other files', () => {
    expect(isImageFile({ type: 'image/jpeg' })).toBe(true);
    expect(isImageFile({ type: 'application/pdf' })).toBe(false);
  });
});
