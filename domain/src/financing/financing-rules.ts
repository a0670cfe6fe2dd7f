import type { Locale } from '../shared/locale';
import {
  BANK_STATUSES,
  type BankLine,
  type BankStatus,
  type ConsultationChannel,
  type FinancingApplication,
  type FinancingKind,
  type FinancingReportRow,
} from './financing-application.schema';

const STEP: Record<BankStatus, number> = { draft: 0, sent: 1, underReview: 2, approved: 3, declined: 3 };

/** Approved and declined are a bank's last word. */
export function isFinalBankStatus(status: BankStatus): boolean {
  return status === 'approved' || status === 'declined';
}

/** A bank moves forward only (it may skip a step: a bank may answer the day it receives the file). */
export function canMoveBank(from: BankStatus, to: BankStatus): boolean {
  return !isFinalBankStatus(from) && STEP[to] > STEP[from];
}

/** The statuses a line may move to from `from`, in order. */
export function nextBankStatuses(from: BankStatus): BankStatus[] {
  return BANK_STATUSES.filter((to) => canMoveBank(from, to));
}

/**
 * Where the application stands as a whole: approved once any bank approves, else the furthest step of
 * a bank still deciding, declined only when every bank has declined.
 */
export function financingStatusOf(banks: readonly Pick<BankLine, 'status'>[]): BankStatus {
  const statuses = new Set(banks.map((bank) => bank.status));
  for (const status of ['approved', 'underReview', 'sent', 'draft'] as const) {
    if (statuses.has(status)) return status;
  }
  return statuses.has('declined') ? 'declined' : 'draft';
}

/** How a bank's name is kept: trimmed, inner spaces collapsed, so the filter and report group it once. */
export function normaliseBankName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

const KEY_SEPARATOR = '\u241f';

export function bankStatusKey(bank: string, status: BankStatus): string {
  return `${normaliseBankName(bank)}${KEY_SEPARATOR}${status}`;
}

/** The filter fields an application keeps beside its bank lines. */
export function bankIndexes(
  banks: readonly Pick<BankLine, 'bank' | 'status'>[],
): Pick<FinancingApplication, 'status' | 'bankNames' | 'bankStatuses' | 'bankStatusKeys'> {
  const unique = <T>(values: T[]) => [...new Set(values)];
  return {
    status: financingStatusOf(banks),
    bankNames: unique(banks.map((line) => normaliseBankName(line.bank))),
    bankStatuses: unique(banks.map((line) => line.status)),
    bankStatusKeys: unique(banks.map((line) => bankStatusKey(line.bank, line.status))),
  };
}

interface Counted {
  kind: FinancingKind;
  banks: readonly Pick<BankLine, 'bank' | 'status'>[];
}

const emptyCounts = (): FinancingReportRow['counts'] => ({
  draft: 0,
  sent: 0,
  underReview: 0,
  approved: 0,
  declined: 0,
});

/**
 * The report's rows once an application changed from `before` to `after` (null for none): its old
 * lines taken out, its new ones added, empty rows dropped, sorted by bank then kind.
 */
export function applyToFinancingReport(
  rows: readonly FinancingReportRow[],
  before: Counted | null,
  after: Counted | null,
): FinancingReportRow[] {
  const byKey = new Map<string, FinancingReportRow>();
  for (const row of rows) byKey.set(`${row.bank}|${row.kind}`, { ...row, counts: { ...row.counts } });
  const add = (application: Counted | null, delta: 1 | -1) => {
    for (const line of application?.banks ?? []) {
      const bank = normaliseBankName(line.bank);
      const key = `${bank}|${application?.kind}`;
      const row = byKey.get(key) ?? { bank, kind: application?.kind ?? 'mortgage', counts: emptyCounts() };
      row.counts[line.status] = Math.max(0, row.counts[line.status] + delta);
      byKey.set(key, row);
    }
  };
  add(before, -1);
  add(after, 1);
  return [...byKey.values()]
    .filter((row) => Object.values(row.counts).some((count) => count > 0))
    .sort((a, b) => a.bank.localeCompare(b.bank) || a.kind.localeCompare(b.kind));
}

/** The report's table: one row per bank (the kinds asked for added up), sorted by bank. */
export function financingReportTable(
  rows: readonly FinancingReportRow[],
  kind: FinancingKind | null,
): { bank: string; counts: FinancingReportRow['counts']; total: number }[] {
  const byBank = new Map<string, FinancingReportRow['counts']>();
  for (const row of rows) {
    if (kind && row.kind !== kind) continue;
    const counts = byBank.get(row.bank) ?? emptyCounts();
    for (const status of BANK_STATUSES) counts[status] += row.counts[status];
    byBank.set(row.bank, counts);
  }
  return [...byBank.entries()]
    .map(([bank, counts]) => ({ bank, counts, total: BANK_STATUSES.reduce((sum, status) => sum + counts[status], 0) }))
    .sort((a, b) => a.bank.localeCompare(b.bank));
}

/** The monthly instalment of a fixed-rate loan (annuity), rounded to the unit; null without a rate. */
export function monthlyInstalment(amount: number, ratePercent: number | null, termMonths: number): number | null {
  if (ratePercent === null || termMonths <= 0) return null;
  const monthly = ratePercent / 100 / 12;
  if (monthly === 0) return Math.round(amount / termMonths);
  return Math.round((amount * monthly) / (1 - Math.pow(1 + monthly, -termMonths)));
}

export type FinancingHistoryEvent =
  | { kind: 'created'; financing: FinancingKind; banks: string[] }
  | { kind: 'status'; financing: FinancingKind; bank: string; status: BankStatus; conditions: string }
  | { kind: 'consultation'; financing: FinancingKind; channel: ConsultationChannel; notes: string };

interface HistoryWords {
  kinds: Record<FinancingKind, string>;
  statuses: Record<Exclude<BankStatus, 'draft'>, string>;
  channels: Record<ConsultationChannel, string>;
  created: (kind: string, banks: string) => string;
  status: (kind: string, bank: string, status: string) => string;
  conditions: (conditions: string) => string;
  consultation: (kind: string, channel: string, notes: string) => string;
}

const WORDS: Record<Locale, HistoryWords> = {
  fr: {
    kinds: { mortgage: 'prêt immobilier', consumerCredit: 'crédit à la consommation' },
    statuses: { sent: 'envoyée', underReview: "en cours d'étude", approved: 'acceptée', declined: 'refusée' },
    channels: { meeting: 'rendez-vous', call: 'appel', email: 'e-mail' },
    created: (kind, banks) => `Demande de ${kind} ouverte auprès de : ${banks}.`,
    status: (kind, bank, status) => `Demande de ${kind} ${status} par ${bank}.`,
    conditions: (conditions) => ` Conditions : ${conditions}`,
    consultation: (kind, channel, notes) => `Conseil en ${kind} (${channel}) : ${notes}`,
  },
  ru: {
    kinds: { mortgage: 'ипотеку', consumerCredit: 'потребительский кредит' },
    statuses: { sent: 'отправлена', underReview: 'на рассмотрении', approved: 'одобрена', declined: 'отклонена' },
    channels: { meeting: 'встреча', call: 'звонок', email: 'письмо' },
    created: (kind, banks) => `Создана заявка на ${kind}, банки: ${banks}.`,
    status: (kind, bank, status) => `Заявка на ${kind} в банке ${bank}: ${status}.`,
    conditions: (conditions) => ` Условия: ${conditions}`,
    consultation: (kind, channel, notes) => `Консультация по заявке на ${kind} (${channel}): ${notes}`,
  },
  en: {
    kinds: { mortgage: 'mortgage', consumerCredit: 'consumer credit' },
    statuses: { sent: 'sent to', underReview: 'under review at', approved: 'approved by', declined: 'declined by' },
    channels: { meeting: 'meeting', call: 'call', email: 'email' },
    created: (kind, banks) => `${kind[0]?.toUpperCase()}${kind.slice(1)} application opened with: ${banks}.`,
    status: (kind, bank, status) => `${kind[0]?.toUpperCase()}${kind.slice(1)} application ${status} ${bank}.`,
    conditions: (conditions) => ` Conditions: ${conditions}`,
    consultation: (kind, channel, notes) =>
      `${kind[0]?.toUpperCase()}${kind.slice(1)} consultation (${channel}): ${notes}`,
  },
};

/** The client file's history text of an application event, in the tenant's language. */
export function financingHistoryText(locale: Locale, event: FinancingHistoryEvent): string {
  const words = WORDS[locale];
  const kind = words.kinds[event.financing];
  switch (event.kind) {
    case 'created':
      return words.created(kind, event.banks.join(', '));
    case 'status': {
      if (event.status === 'draft') return words.created(kind, event.bank);
      const text = words.status(kind, event.bank, words.statuses[event.status]);
      return event.status === 'approved' && event.conditions ? text + words.conditions(event.conditions) : text;
    }
    case 'consultation':
      return words.consultation(kind, words.channels[event.channel], event.notes);
  }
}
