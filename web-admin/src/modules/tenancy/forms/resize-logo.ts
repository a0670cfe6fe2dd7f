import { checkLogoDataUrl, fitWithin, isImageFile } from './logo-image';

export type ResizeResult = { ok: true; dataUrl: string } | { ok: false; reason: 'not-image' | 'too-large' };

async function loadImage(file: File): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Shrinks a logo in the browser to at most 256×256 and encodes it inline. PNG keeps transparency;
 * WebP is tried when the PNG is too heavy for the tenant document.
 */
export async function resizeLogo(file: File): Promise<ResizeResult> {
  if (!isImageFile(file)) return { ok: false, reason: 'not-image' };
  let image: HTMLImageElement;
  try {
    image = await loadImage(file);
  } catch {
    return { ok: false, reason: 'not-image' };
  }
  const { width, height } = fitWithin(image.naturalWidth || 256, image.naturalHeight || 256);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return { ok: false, reason: 'not-image' };
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, width, height);
  for (const [type, quality] of [
    ['image/png', undefined],
    ['image/webp', 0.9],
    ['image/webp', 0.75],
  ] as const) {
    const dataUrl = canvas.toDataURL(type, quality);
    const check = checkLogoDataUrl(dataUrl);
    if (check === 'ok') return { ok: true, dataUrl };
  }
  return { ok: false, reason: 'too-large' };
}
