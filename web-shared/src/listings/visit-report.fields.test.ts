import { describe, expect, it } from 'vitest';
import { EMPTY_VISIT_REPORT, visitReportComplete } from './visit-report.fields';

const rated = { location: 4, layout: 3, condition: 5, light: 2, surroundings: 4, price: 1 };

describe('visitReportComplete', () => {
  it('waits for every criterion to have its stars', () => {
    expect(visitReportComplete(EMPTY_VISIT_REPORT)).toBe(false);
    expect(visitReportComplete({ ...EMPTY_VISIT_REPORT, stars: { ...rated, price: 0 } })).toBe(false);
    expect(visitReportComplete({ ...EMPTY_VISIT_REPORT, stars: rated })).toBe(true);
  });

  it('asks a rejection for its reason, spaces alone not being one', () => {
    const rejected = { ...EMPTY_VISIT_REPORT, stars: rated, outcome: 'reject' as const };
    expect(visitReportComplete({ ...rejected, reason: '  ' })).toBe(false);
    expect(visitReportComplete({ ...rejected, reason: 'Trop sombre' })).toBe(true);
  });
});
