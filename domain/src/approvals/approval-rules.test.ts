import { describe, expect, it } from 'vitest';
import {
  approvalDecideRefusal,
  decidesApprovals,
  isBelowFloor,
  unitFloorPrice,
  approvalWithdrawRefusal,
} from './approval-rules';
import { approvalActionWords, approvalDecisionWords } from './approval-words';

describe('approvals', () => {
  it('are decided by the owner and admins, not by managers or agents', () => {
    expect(decidesApprovals('owner')).toBe(true);
    expect(decidesApprovals('admin')).toBe(true);
    expect(decidesApprovals('manager')).toBe(false);
    expect(decidesApprovals('agent')).toBe(false);
    expect(decidesApprovals(null)).toBe(false);
  });

  it('floor a unit at its area times the floor per m², rounded up to a whole amount', () => {
    expect(unitFloorPrice({ kind: 'apartment', area: 52.35 }, 180_000)).toBe(9_423_000);
    expect(unitFloorPrice({ kind: 'commercial', area: 40.01 }, 99_999)).toBe(4_000_960);
    expect(unitFloorPrice({ kind: 'apartment', area: 40 }, null)).toBeNull();
    expect(unitFloorPrice({ kind: 'parking', area: 13.5 }, 180_000)).toBeNull();
    expect(unitFloorPrice({ kind: 'storage', area: 4 }, 180_000)).toBeNull();
    expect(isBelowFloor(9_422_999, 9_423_000)).toBe(true);
    expect(isBelowFloor(9_423_000, 9_423_000)).toBe(false);
    expect(isBelowFloor(1, null)).toBe(false);
  });

  it('are decided once and withdrawn only by their requester while pending', () => {
    expect(approvalDecideRefusal({ status: 'pending' })).toBeNull();
    expect(approvalDecideRefusal({ status: 'approved' })).toBe('approval-decided');
    expect(approvalDecideRefusal({ status: 'withdrawn' })).toBe('approval-decided');
    expect(approvalWithdrawRefusal({ status: 'pending', requestedBy: 'm1' }, 'm1')).toBeNull();
    expect(approvalWithdrawRefusal({ status: 'pending', requestedBy: 'm1' }, 'm2')).toBe('not-requester');
    expect(approvalWithdrawRefusal({ status: 'rejected', requestedBy: 'm1' }, 'm1')).toBe('approval-decided');
  });
});

describe('what an approval asks, in words', () => {
  const extension = {
    contactName: 'Anna Petrova',
    floorPrice: null,
    action: { kind: 'reservationExtension' as const, reservationId: 'r1', by: { amount: 3, unit: 'days' as const } },
  };

  it('names the client and the extension in each language, with Russian plurals', () => {
    expect(approvalActionWords('fr', 'EUR', extension)).toBe('prolonger la réservation de Anna Petrova de 3 jours');
    expect(approvalActionWords('ru', 'RUB', extension)).toBe('продлить резерв клиента Anna Petrova на 3 дня');
    expect(
      approvalActionWords('ru', 'RUB', {
        ...extension,
        action: { ...extension.action, by: { amount: 5, unit: 'hours' } },
      }),
    ).toBe('продлить резерв клиента Anna Petrova на 5 часов');
    expect(
      approvalActionWords('en', 'EUR', {
        ...extension,
        action: { ...extension.action, by: { amount: 48, unit: 'hours' } },
      }),
    ).toBe("extend Anna Petrova's reservation by 2 days");
  });

  it('gives the asked price beside the floor in the tenant currency', () => {
    const words = approvalActionWords('fr', 'RUB', {
      contactName: null,
      floorPrice: 9_423_000,
      action: { kind: 'priceBelowFloor', unitId: 'u1', price: 9_000_000 },
    });
    expect(words.replace(/\s/g, ' ')).toBe('fixer le prix à 9 000 000 ₽ (plancher 9 423 000 ₽)');
    expect(approvalDecisionWords('ru', 'approved')).toBe('согласовано');
  });
});
