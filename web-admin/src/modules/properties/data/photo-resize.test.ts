import { describe, expect, it } from 'vitest';
import { fittedSize } from './photo-resize';

describe('fittedSize', () => {
  it('brings the long side down to 2560 px, keeping the proportions', () => {
    expect(fittedSize(4032, 3024)).toEqual({ width: 2560, height: 1920 });
    expect(fittedSize(3024, 4032)).toEqual({ width: 1920, height: 2560 });
  });

  it('never enlarges a smaller photo', () => {
    expect(fittedSize(1200, 800)).toEqual({ width: 1200, height: 800 });
    expect(fittedSize(2560, 10)).toEqual({ width: 2560, height: 10 });
  });

  it('keeps at least one pixel on a very thin image', () => {
    expect(fittedSize(10_000, 1)).toEqual({ width: 2560, height: 1 });
  });
});
