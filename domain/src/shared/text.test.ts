import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues, emailSchema, hexColorSchema, line } from './text';

describe('text schemas', () => {
  it('normalises an email and rejects a malformed one', () => {
    expect(emailSchema.parse('  Anne.Martin@Example.FR ')).toBe('anne.martin@example.fr');
    expect(emailSchema.safeParse('anne@').success).toBe(false);
  });

  it('accepts only six-digit hex colours, lower-cased', () => {
    expect(hexColorSchema.parse('#1C7ED6')).toBe('#1c7ed6');
    expect(hexColorSchema.safeParse('blue').success).toBe(false);
    expect(hexColorSchema.safeParse('#fff').success).toBe(false);
  });

  it('trims lines and refuses empty ones', () => {
    expect(line().parse('  Agence du Port ')).toBe('Agence du Port');
    expect(line().safeParse('   ').success).toBe(false);
    expect(line(3).safeParse('abcd').success).toBe(false);
  });

  it('describes every issue with its path', () => {
    const result = z.object({ name: line(), color: hexColorSchema }).safeParse({ name: '', color: 'red' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(describeIssues(result.error)).toBe('name: required; color: a colour like #1c7ed6');
    }
  });
});
