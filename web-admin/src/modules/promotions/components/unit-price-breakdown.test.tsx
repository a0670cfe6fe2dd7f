import { ANY_UNIT, type InstalmentPlan, type Promotion, type Unit } from '@estate/domain';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { TenantContext, type TenantContextValue } from '../../../tenant/tenant.context';
import { toDay } from '../forms/promotion.form';
import { plansOptions, unfinishedPromotionsOptions } from '../queries/promotions.queries';
import { UnitPriceBreakdown } from './unit-price-breakdown';

// The repository talks to Firestore; the cache below answers instead, so nothing is fetched.
vi.mock('../data/promotions.repository', () => ({
  fetchUnfinishedPromotions: () => Promise.reject(new Error('not in this test')),
  fetchPlans: () => Promise.reject(new Error('not in this test')),
  fetchPromotionsPage: () => Promise.reject(new Error('not in this test')),
  fetchProjects: () => Promise.reject(new Error('not in this test')),
  fetchBuildings: () => Promise.reject(new Error('not in this test')),
}));
// The offer's discount line reads the unit's bookings: the discounts journey covers it.
vi.mock('../../bookings', () => ({ UnitOfferDiscount: () => null }));

const NOW = new Date();
const DAY = 86_400_000;

const unit: Unit = {
  id: 'u1',
  projectId: 'p1',
  buildingId: 'b1',
  section: '1',
  number: '101',
  floor: 1,
  position: 1,
  kind: 'apartment',
  rooms: 2,
  area: 50,
  livingArea: null,
  kitchenArea: null,
  finish: 'rough',
  price: 10_000_000,
  status: 'free',
  layout: null,
  priceFixed: false,
  hold: null,
  createdAt: NOW,
  updatedAt: NOW,
};

function promotion(id: string, changes: Partial<Promotion>): Promotion {
  return {
    id,
    name: id,
    description: '',
    validFrom: new Date(NOW.getTime() - DAY),
    validUntil: new Date(NOW.getTime() + DAY),
    scope: ANY_UNIT,
    discount: { kind: 'amount', amount: 100_000 },
    combinesWith: [],
    planIds: [],
    endedAt: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...changes,
  };
}

const plan: InstalmentPlan = {
  id: 'plan12',
  name: 'Twelve months',
  downPaymentPercent: 30,
  months: 12,
  markupPercent: 10,
  createdAt: NOW,
  updatedAt: NOW,
};

const tenant: TenantContextValue = {
  state: {
    status: 'ready',
    tenant: {
      tenantId: 't1',
      name: 'Developer',
      branding: { primaryColor: '#1c7ed6', accentColor: '#f08c00', logoDataUrl: null },
      locale: 'fr',
      capabilities: ['developer'],
    },
  },
  override: null,
  publishLive: () => undefined,
};

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function render(promotions: Promotion[]): Promise<HTMLElement> {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(unfinishedPromotionsOptions('t1', toDay(new Date())).queryKey, promotions);
  client.setQueryData(plansOptions('t1').queryKey, [plan]);
  const container = document.createElement('div');
  document.body.appendChild(container);
  await act(async () => {
    createRoot(container).render(
      createElement(
        MantineProvider,
        null,
        createElement(
          QueryClientProvider,
          { client },
          createElement(TenantContext.Provider, { value: tenant }, createElement(UnitPriceBreakdown, { unit })),
        ),
      ),
    );
  });
  return container;
}

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // Mantine reads the colour scheme and breakpoints through matchMedia, which jsdom lacks.
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

describe('UnitPriceBreakdown', () => {
  it('shows the base price, the discount kept, the one refused and the final price', async () => {
    const container = await render([
      promotion('big', { discount: { kind: 'percent', percent: 5 } }),
      promotion('small', { discount: { kind: 'amount', amount: 100_000 } }),
    ]);
    const lines = [...container.querySelectorAll('[data-testid^="price-line-"]')].map((row) => [
      row.getAttribute('data-testid'),
      plain(row.textContent),
    ]);
    expect(lines).toEqual([
      ['price-line-base', 'Prix du lot10 000 000 €'],
      ['price-line-discount', 'big−500 000 €'],
      ['price-line-refused', 'smallNe se cumule pas avec « big », plus avantageuse.—'],
    ]);
    expect(plain(container.querySelector('[data-testid="unit-final-price"]')?.textContent)).toBe('9 500 000 €');
    expect(container.querySelector('[data-testid="unit-payment-schedule"]')).toBeNull();
  });

  it('says when there is no promotion: the final price is the unit price', async () => {
    const container = await render([]);
    expect(container.querySelectorAll('[data-testid^="price-line-"]')).toHaveLength(1);
    expect(plain(container.querySelector('[data-testid="unit-final-price"]')?.textContent)).toBe('10 000 000 €');
  });
});
