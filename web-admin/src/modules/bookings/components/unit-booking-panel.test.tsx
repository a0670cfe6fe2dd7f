// @vitest-environment jsdom
import type { Booking, Unit } from '@estate/domain';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, createElement, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { dayFrom } from '../forms/booking.form';
import { UnitBookingPanel } from './unit-booking-panel';

const repository = vi.hoisted(() => ({
  bookings: [] as Booking[],
  role: 'manager',
  issueBooking: vi.fn(),
  cancelBooking: vi.fn(),
  recordPayment: vi.fn(),
}));

vi.mock('../data/bookings.repository', () => ({
  fetchUnitBookings: () => Promise.resolve(repository.bookings),
  fetchBookingsPage: vi.fn(),
  fetchBooking: vi.fn(),
  newRequestId: () => 'request1',
  issueBooking: repository.issueBooking,
  cancelBooking: repository.cancelBooking,
  recordPayment: repository.recordPayment,
  saveEscrow: vi.fn(),
}));
vi.mock('../../properties', () => ({ ContactPicker: () => createElement('span', null, 'picker') }));
vi.mock('../../discounts', () => ({
  discountSettingsOptions: () => ({
    queryKey: ['discount-settings'],
    queryFn: () => Promise.resolve({ maxManagerPercent: 3 }),
  }),
}));
vi.mock('../../approvals', () => ({
  AskApprovalForm: ({ action }: { action: unknown }) => createElement('span', null, `ask ${JSON.stringify(action)}`),
}));
vi.mock('../../session', () => ({ useActiveSession: () => ({ claims: { role: repository.role } }) }));
vi.mock('../../tenancy', () => ({ useMoney: () => (amount: number) => `${amount} ₽` }));
vi.mock('../../../tenant/tenant.context', () => ({ useTenant: () => ({ tenantId: 't1' }) }));
vi.mock('../../../ui/notify', () => ({ notifySuccess: vi.fn(), notifyError: vi.fn() }));
vi.mock('../../../ui/format-date', () => ({ formatDateTime: (date: Date | null) => date?.toISOString() ?? '—' }));
vi.mock('../../../i18n/i18n', () => ({ currentLocale: () => 'ru' }));
vi.mock('react-router', () => ({
  Link: ({ to, children }: { to: string; children: ReactNode }) => createElement('a', { href: to }, children),
}));
vi.mock('react-i18next', () => ({
  useTranslation: () => ({
    t: (key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key),
  }),
}));
vi.mock('../../../lib/firebase/callables', () => ({
  refusalOf: (_contract: unknown, error: unknown) => (error as { refused?: unknown }).refused ?? null,
  errorCode: () => 'unknown',
}));

const now = new Date();
const held = {
  id: 'u1',
  number: '101',
  status: 'reserved',
  priceFixed: false,
  hold: { reservationId: 'r1', contactId: 'c1', contactName: 'Иван Петров', kind: 'offline', until: now },
} as Unit;

const issued = {
  id: 'b1',
  unitId: 'u1',
  unitNumber: '101',
  contactId: 'c1',
  contactName: 'Иван Петров',
  basePrice: 8_450_000,
  price: 8_100_000,
  status: 'issued',
  validUntil: new Date(now.getTime() + 3 * 24 * 3_600_000),
  paidAt: null,
  payment: null,
  escrow: null,
} as Booking;

let root: Root | null = null;
let container: HTMLDivElement;

async function mount(unit: Unit): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrap = (children: ReactNode) =>
    createElement(MantineProvider, { env: 'test' }, createElement(QueryClientProvider, { client }, children));
  await act(async () => {
    root?.render(wrap(createElement(UnitBookingPanel, { unit })));
  });
}

const text = () => document.body.textContent ?? '';
const buttonIn = (label: string) =>
  [...document.body.querySelectorAll('button')].find((one) => one.textContent?.includes(label)) ?? null;
const button = (label: string): HTMLButtonElement => {
  const found = buttonIn(label);
  if (!found) throw new Error(`no button "${label}" in: ${text()}`);
  return found;
};
const click = (element: HTMLElement) => act(async () => element.click());
/** Types into a field the way React hears it: the native value setter, then an input event. */
function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  window.matchMedia = ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container.remove();
  document.body.innerHTML = '';
  vi.clearAllMocks();
});

describe('UnitBookingPanel', () => {
  it('offers a reserved unit to its holder, valid five days by default', async () => {
    repository.bookings = [];
    repository.issueBooking.mockResolvedValue({ bookingId: 'request1', status: 'issued', price: 8_100_000 });
    await mount(held);
    await vi.waitFor(() => expect(text()).toContain('bookings.panel.toHolder {"name":"Иван Петров"}'));
    await click(button('bookings.panel.issue'));
    await vi.waitFor(() =>
      expect(repository.issueBooking).toHaveBeenCalledWith({
        requestId: 'request1',
        unitId: 'u1',
        contactId: 'c1',
        validUntil: dayFrom(new Date(), 5),
        notes: '',
        discount: null,
      }),
    );
  });

  it('offers the approval of the head of sales for a discount above the threshold', async () => {
    repository.bookings = [];
    repository.issueBooking.mockRejectedValue({
      refused: { reason: 'discount-above-threshold', details: { maxPercent: 3 } },
    });
    await mount(held);
    await vi.waitFor(() => expect(text()).toContain('bookings.panel.toHolder'));
    const percent = [...document.body.querySelectorAll('label')].find(
      (label) => label.textContent === 'bookings.discount.kinds.percent',
    );
    if (!percent) throw new Error(`no percentage choice in: ${text()}`);
    await click(percent);
    await vi.waitFor(() => expect(text()).toContain('bookings.discount.threshold {"percent":3}'));
    const value = document.body.querySelector<HTMLInputElement>('[data-testid="booking-discount-value"]');
    const reason = document.body.querySelector<HTMLTextAreaElement>('[data-testid="booking-discount-reason"]');
    if (!value || !reason) throw new Error(`no discount fields in: ${text()}`);
    await act(async () => {
      typeInto(value, '5');
      typeInto(reason, 'Вторая покупка');
    });
    await click(button('bookings.panel.issue'));
    await vi.waitFor(() =>
      expect(text()).toContain('bookings.refusals.discountAboveThreshold {"holder":"","until":"","percent":3}'),
    );
    expect(text()).toContain('"kind":"bookingDiscount","bookingId":"request1"');
    expect(text()).toContain('"discount":{"kind":"percent","value":5,"reason":"Вторая покупка"}');
  });

  it('explains a refusal naming the client who holds the unit', async () => {
    repository.bookings = [];
    repository.issueBooking.mockRejectedValue({
      refused: { reason: 'unit-held-by-other', details: { holderName: 'Анна', until: '2026-12-10T10:00:00.000Z' } },
    });
    await mount(held);
    await vi.waitFor(() => expect(text()).toContain('bookings.panel.toHolder'));
    await click(button('bookings.panel.issue'));
    await vi.waitFor(() =>
      expect(text()).toContain(
        'bookings.refusals.unitHeldByOther {"holder":"Анна","until":"2026-12-10T10:00:00.000Z"}',
      ),
    );
  });

  it('shows the offer awaiting payment; a manager may record the payment, an agent may not', async () => {
    repository.bookings = [issued];
    repository.role = 'manager';
    await mount(held);
    await vi.waitFor(() => expect(text()).toContain('8100000 ₽'));
    expect(buttonIn('bookings.panel.recordPayment')).not.toBeNull();
    expect(buttonIn('bookings.panel.issue')).toBeNull();
    act(() => root?.unmount());
    document.body.innerHTML = '';

    repository.role = 'agent';
    await mount(held);
    await vi.waitFor(() => expect(text()).toContain('8100000 ₽'));
    expect(buttonIn('bookings.panel.recordPayment')).toBeNull();
    expect(buttonIn('bookings.panel.cancel')).not.toBeNull();
    repository.role = 'manager';
  });
});
