// @vitest-environment jsdom
import type { Contact, Reservation, Unit } from '@estate/domain';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, createElement, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UnitReservationsPanel } from './unit-reservations-panel';

const repository = vi.hoisted(() => ({
  reservations: [] as Reservation[],
  reserveUnit: vi.fn(),
  joinQueue: vi.fn(),
  cancelReservation: vi.fn(),
  extendReservation: vi.fn(),
}));

vi.mock('../data/reservations.repository', () => ({
  fetchUnitReservations: () => Promise.resolve(repository.reservations),
  fetchReservationsPage: vi.fn(),
  fetchReservationSettings: vi.fn(),
  newRequestId: () => 'request1',
  reserveUnit: repository.reserveUnit,
  joinQueue: repository.joinQueue,
  cancelReservation: repository.cancelReservation,
  extendReservation: repository.extendReservation,
}));
// The contacts' picker needs a signed-in session and Firestore: here a button picks a known client.
vi.mock('../../properties', () => ({
  ContactPicker: ({ label, onPick }: { label: string; onPick: (contact: Contact) => void }) =>
    createElement(
      'button',
      { type: 'button', onClick: () => onPick({ id: 'c9', firstName: 'Olga', lastName: 'Новикова' } as Contact) },
      `pick ${label}`,
    ),
}));
// The approval request sends through its own module: here it shows what it would ask.
vi.mock('../../approvals', () => ({
  AskApprovalForm: ({ action }: { action: unknown }) =>
    createElement('p', null, `ask approval ${JSON.stringify(action)}`),
}));
vi.mock('../../../tenant/tenant.context', () => ({ useTenant: () => ({ tenantId: 't1' }) }));
vi.mock('../../../ui/notify', () => ({ notifySuccess: vi.fn(), notifyError: vi.fn() }));
vi.mock('../../../ui/format-date', () => ({ formatDateTime: (date: Date | null) => date?.toISOString() ?? '—' }));
// Texts as their keys and values, so the test reads what the panel says without a language.
vi.mock('react-i18next', () => ({
  useTranslation: () => ({
    t: (key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key),
  }),
}));
// A refusal as the callables wrapper reads it: the test throws one carrying it.
vi.mock('../../../lib/firebase/callables', () => ({
  refusalOf: (_contract: unknown, error: unknown) => (error as { refused?: unknown }).refused ?? null,
  errorCode: () => 'unknown',
}));

const now = new Date();
const unit = {
  id: 'u1',
  projectId: 'p1',
  buildingId: 'b1',
  number: '101',
  status: 'free',
  hold: null,
} as Unit;

function reservation(fields: Partial<Reservation>): Reservation {
  return {
    id: 'r1',
    unitId: 'u1',
    projectId: 'p1',
    buildingId: 'b1',
    unitNumber: '101',
    projectName: 'ЖК Северный',
    buildingName: 'Корпус 1',
    contactId: 'c1',
    contactName: 'Иван Петров',
    kind: 'offline',
    status: 'active',
    start: now,
    until: new Date(now.getTime() + (2 * 24 + 3) * 3_600_000 + 30_000),
    queuePosition: null,
    queuedAt: null,
    createdBy: 'agent',
    createdByName: 'Agent',
    extensions: [],
    endedAt: null,
    endedBy: null,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}

let root: Root | null = null;
let container: HTMLDivElement;

async function mount(shown: Unit): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrap = (children: ReactNode) =>
    createElement(MantineProvider, { env: 'test' }, createElement(QueryClientProvider, { client }, children));
  await act(async () => {
    root?.render(wrap(createElement(UnitReservationsPanel, { unit: shown })));
  });
}

const text = () => document.body.textContent ?? '';
const button = (label: string): HTMLButtonElement => {
  const found = [...document.body.querySelectorAll('button')].find((one) => one.textContent?.includes(label));
  if (!found) throw new Error(`no button "${label}" in: ${text()}`);
  return found;
};
const click = (element: HTMLElement) => act(async () => element.click());

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // jsdom has no matchMedia nor ResizeObserver, which Mantine asks for.
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

describe('UnitReservationsPanel', () => {
  it('reserves a free unit for the client picked, offline unless told', async () => {
    repository.reservations = [];
    repository.reserveUnit.mockResolvedValue({
      reservationId: 'request1',
      status: 'active',
      until: null,
      queuePosition: null,
    });
    await mount(unit);
    await vi.waitFor(() => expect(text()).toContain('reservations.panel.free'));
    expect(button('reservations.panel.reserve').disabled).toBe(true);
    await click(button('pick reservations.panel.client'));
    await click(button('reservations.panel.reserve'));
    expect(repository.reserveUnit).toHaveBeenCalledWith({
      requestId: 'request1',
      unitId: 'u1',
      contactId: 'c9',
      kind: 'offline',
    });
  });

  it('says who holds the unit until when when another manager was faster', async () => {
    repository.reservations = [];
    repository.reserveUnit.mockRejectedValue({
      refused: { reason: 'unit-reserved', details: { holderName: 'Анна Смирнова', until: '2026-12-10T10:00:00.000Z' } },
    });
    await mount(unit);
    await vi.waitFor(() => expect(text()).toContain('reservations.panel.free'));
    await click(button('pick reservations.panel.client'));
    await click(button('reservations.panel.reserve'));
    await vi.waitFor(() =>
      expect(text()).toContain(
        'reservations.refusals.unitReserved {"holder":"Анна Смирнова","until":"2026-12-10T10:00:00.000Z"',
      ),
    );
  });

  it('shows the holder with the time left and the queue in order, and queues the client picked', async () => {
    repository.reservations = [
      reservation({
        id: 'q2',
        contactId: 'c3',
        contactName: 'Третий',
        status: 'queued',
        start: null,
        until: null,
        queuePosition: 2,
        queuedAt: now,
      }),
      reservation({}),
      reservation({
        id: 'q1',
        contactId: 'c2',
        contactName: 'Второй',
        status: 'queued',
        start: null,
        until: null,
        queuePosition: 1,
        queuedAt: now,
      }),
    ];
    repository.joinQueue.mockResolvedValue({
      reservationId: 'request1',
      status: 'queued',
      until: null,
      queuePosition: 3,
    });
    await mount({ ...unit, status: 'reserved' });
    await vi.waitFor(() => expect(text()).toContain('Иван Петров'));
    expect(text()).toContain('reservations.timeLeft.days {"days":2,"hours":3}');
    const queue = container.querySelector('[data-testid="reservation-queue"]')?.textContent ?? '';
    expect(queue.indexOf('Второй')).toBeLessThan(queue.indexOf('Третий'));
    expect(text()).toContain('reservations.panel.queue {"count":2}');
    await click(button('pick reservations.panel.queueClient'));
    await click(button('reservations.panel.joinQueue'));
    expect(repository.joinQueue).toHaveBeenCalledWith({ requestId: 'request1', unitId: 'u1', contactId: 'c9' });
  });

  it('cancels after confirming, and explains that a longer extension needs approval', async () => {
    repository.reservations = [reservation({})];
    repository.cancelReservation.mockResolvedValue({
      reservationId: 'r1',
      status: 'cancelled',
      until: null,
      queuePosition: null,
    });
    repository.extendReservation.mockRejectedValue({
      refused: { reason: 'extension-needs-approval', details: { maxExtensionHours: 48 } },
    });
    await mount({ ...unit, status: 'reserved' });
    await vi.waitFor(() => expect(text()).toContain('Иван Петров'));

    await click(button('reservations.panel.cancel'));
    expect(repository.cancelReservation).not.toHaveBeenCalled();
    await click(button('reservations.panel.confirmCancel'));
    expect(repository.cancelReservation).toHaveBeenCalledWith('r1');

    await click(button('reservations.panel.extend'));
    const confirm = document.body.querySelector<HTMLButtonElement>('[data-testid="reservation-extend-confirm"]');
    if (!confirm) throw new Error('no extend dialog');
    await click(confirm);
    expect(repository.extendReservation).toHaveBeenCalledWith({ reservationId: 'r1', by: { amount: 1, unit: 'days' } });
    await vi.waitFor(() => expect(text()).toContain('reservations.refusals.extensionNeedsApproval'));
    expect(text()).toContain('"hours":48');
    expect(text()).toContain(
      'ask approval {"kind":"reservationExtension","reservationId":"r1","by":{"amount":1,"unit":"days"}}',
    );
  });

  it('offers no queue behind a mortgage reservation, and nothing on a unit sold', async () => {
    repository.reservations = [reservation({ kind: 'mortgage' })];
    await mount({ ...unit, status: 'reserved' });
    await vi.waitFor(() => expect(text()).toContain('reservations.panel.queueOfflineOnly'));
    expect(text()).not.toContain('reservations.panel.joinQueue');
    act(() => root?.unmount());
    root = null;
    repository.reservations = [];
    await mount({ ...unit, status: 'sold' });
    await vi.waitFor(() => expect(text()).toContain('reservations.panel.notAvailable'));
    expect(text()).not.toContain('reservations.panel.reserve');
  });
});
