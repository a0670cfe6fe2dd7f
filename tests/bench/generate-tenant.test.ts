import { describe, expect, it } from 'vitest';
import { random } from './generate-tenant';

describe('random', () => {
  it('is deterministic for a seed and spread over [0, 1)', () => {
    const first = random(7);
    const second = random(7);
    const values = Array.from({ length: 1000 }, () => first());
    expect(values.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => second()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(new Set(values.map((value) => Math.floor(value * 10))).size).toBe(10);
  });
});
