import { LOGO_MAX_CHARS, logoDataUrlSchema } from '@estate/domain';

const LOGO_MAX_SIDE = 256;

/** Size that fits inside a square of `max` pixels, keeping the proportions and never enlarging. */
export function fitWithin(width: number, height: number, max = LOGO_MAX_SIDE): { width: number; height: number } {
  if (width <= 0 || height <= 0) throw new Error('an image has a positive size');
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export type LogoCheck = 'ok' | 'not-image' | 'too-large';

/** The same guard the rules apply: a PNG, JPEG or WebP data URL of at most LOGO_MAX_CHARS characters. */
export function checkLogoDataUrl(dataUrl: string): LogoCheck {
  if (dataUrl.length > LOGO_MAX_CHARS) return 'too-large';
  return logoDataUrlSchema.safeParse(dataUrl).success ? 'ok' : 'not-image';
}

export function isImageFile(file: Pick<File, 'type'>): boolean {
  return /^image\/(png|jpeg|webp|gif|svg\+xml|bmp)$/.test(file.type);
}
