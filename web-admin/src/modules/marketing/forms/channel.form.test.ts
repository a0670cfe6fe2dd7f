import { describe, expect, it } from 'vitest';
import type { MarketingChannel } from '@estate/domain';
import { channelFormOf, channelFormSchema, channelInputOf, channelRefusalText } from './channel.form';

const at = new Date('2026-03-01T00:00:00Z');
const channel: MarketingChannel = {
  id: 'ads',
  name: 'Google Ads',
  originIds: ['site-web'],
  costs: { '2025-06': 400, '2026-01': 900, '2026-02': 1_100 },
  createdAt: at,
  updatedAt: at,
  updatedBy: 'owner',
};

describe('channel form', () => {
  it('shows the months newest first with their costs, empty where none is known', () => {
    expect(channelFormOf(channel, ['2026-01', '2026-02', '2026-03']).costs).toEqual([
      { month: '2026-03', amount: null },
      { month: '2026-02', amount: 1_100 },
      { month: '2026-01', amount: 900 },
    ]);
    expect(channelFormOf(null, ['2026-03'])).toEqual({
      name: '',
      originIds: [],
      costs: [{ month: '2026-03', amount: null }],
    });
  });

  it('sends the months typed, removes an emptied one and keeps the months not shown', () => {
    const form = {
      name: '  Google Ads  ',
      originIds: ['site-web'],
      costs: [
        { month: '2026-03', amount: 1_500 },
        { month: '2026-02', amount: null },
        { month: '2026-01', amount: 900 },
      ],
    };
    expect(channelInputOf(form, 'ads', channel.costs)).toEqual({
      channelId: 'ads',
      name: 'Google Ads',
      originIds: ['site-web'],
      costs: { '2025-06': 400, '2026-01': 900, '2026-03': 1_500 },
    });
  });

  it('refuses an empty name, no origin and a negative or fractional cost, with text keys', () => {
    const result = channelFormSchema.safeParse({
      name: ' ',
      originIds: [],
      costs: [
        { month: '2026-03', amount: -1 },
        { month: '2026-02', amount: 2.5 },
      ],
    });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'marketing.validation.required',
      'marketing.validation.origins',
      'marketing.validation.notNegative',
      'marketing.validation.whole',
    ]);
  });

  it('says which channel already brings an origin, and nothing for an unknown reason', () => {
    const t = ((key: string, values?: Record<string, string>) => `${key}:${values?.channel ?? ''}`) as never;
    expect(channelRefusalText(t, { reason: 'origin-taken', details: { channelName: 'Panneaux' } })).toBe(
      'marketing.refusals.originTaken:Panneaux',
    );
    expect(channelRefusalText(t, { reason: 'internal', details: {} })).toBeNull();
  });
});
